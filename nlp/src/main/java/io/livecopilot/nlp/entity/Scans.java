package io.livecopilot.nlp.entity;

/**
 * The hand-written matchers of the entity extractor's patterns: each finds exactly what its regex found (the regexes
 * are kept in the tests, which compare both on random texts made of the patterns' own words), in one pass over a
 * {@code char[]} and without a {@code Matcher}: java.util.regex tries every alternative at every position, which under
 * C1 cost more than all the rest of the extractor. Each method names its regex; "first" is {@code Matcher.find()}'s
 * first match. A group is returned as {@code int[]{start, end}} or as its text.
 */
final class Scans {
    private Scans() {}

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean lower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static int spaces(char[] a, int n, int j) {
        while (j < n && space(a[j])) j++;
        return j;
    }

    private static int digits(char[] a, int n, int j) {
        while (j < n && digit(a[j])) j++;
        return j;
    }

    private static boolean at(char[] a, int n, int i, char c0, char c1) {
        return i + 1 < n && a[i] == c0 && a[i + 1] == c1;
    }

    private static boolean digitAt(char[] a, int n, int i) {
        return i < n && digit(a[i]);
    }

    /** Whether the character before {@code i} is a digit or a point ({@code (?<![0-9.])} fails). */
    private static boolean afterNumber(char[] a, int i) {
        return i > 0 && (digit(a[i - 1]) || a[i - 1] == '.');
    }

    /** A number of 1–3 digits ... at {@code i}: the end of the digit run from {@code i} when it has 1–3 digits, else -1. */
    private static int upTo3(char[] a, int n, int i) {
        int j = digits(a, n, i);
        return j > i && j - i <= 3 ? j : -1;
    }

    /** HEIGHT_CM {@code (?<![0-9.])([5-9][0-9]|1[0-9][0-9]|2[01][0-9])\s*cm}: group 1 of the first match, or null. */
    static String heightCm(char[] a, int n) {
        for (int i = 0; i + 3 < n + 1; i++) {
            char c = a[i];
            int end;
            if (c >= '5' && c <= '9') {
                if (!digitAt(a, n, i + 1)) continue;
                end = i + 2;
            } else if (c == '1') {
                if (!digitAt(a, n, i + 1) || !digitAt(a, n, i + 2)) continue;
                end = i + 3;
            } else if (c == '2') {
                if (i + 1 >= n || (a[i + 1] != '0' && a[i + 1] != '1') || !digitAt(a, n, i + 2)) continue;
                end = i + 3;
            } else {
                continue;
            }
            if (afterNumber(a, i)) continue;
            int j = spaces(a, n, end);
            if (at(a, n, j, 'c', 'm')) return new String(a, i, end - i);
        }
        return null;
    }

    /** A number {@code [0-9]{min,max}(?:\.[0-9]+)?} at {@code i} that the regex can only match whole: its end, or -1. */
    private static int decimal(char[] a, int n, int i, int min, int max) {
        int j = digits(a, n, i);
        if (j - i < min || j - i > max) return -1;
        if (j + 1 < n && a[j] == '.' && digit(a[j + 1])) j = digits(a, n, j + 1);
        return j;
    }

    /** WEIGHT_KG {@code (?<![0-9.])([0-9]{1,3}(?:\.[0-9]+)?)\s*kg}: group 1 of the first match, or null. */
    static String weightKg(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (!digit(a[i]) || afterNumber(a, i)) continue;
            int end = decimal(a, n, i, 1, 3);
            if (end < 0) continue;
            int j = spaces(a, n, end);
            if (at(a, n, j, 'k', 'g')) return new String(a, i, end - i);
        }
        return null;
    }

    /** After 高 or 体重 at {@code j}: {@code \s*(?:是|有)?\s*}; where the number must start. */
    private static int lead(char[] a, int n, int j) {
        j = spaces(a, n, j);
        if (j < n && (a[j] == '是' || a[j] == '有')) j = spaces(a, n, j + 1);
        return j;
    }

    /** HEIGHT_WORD {@code (?:身高|高)\s*(?:是|有)?\s*(1[3-9][0-9]|2[01][0-9])(?![0-9])}: group 1 of the first match, or null. */
    static String heightWord(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] != '高') continue;
            int j = lead(a, n, i + 1);
            if (j + 2 >= n || !digit(a[j + 2]) || digitAt(a, n, j + 3)) continue;
            char c = a[j], d = a[j + 1];
            if (c == '1' && d >= '3' && d <= '9' || c == '2' && (d == '0' || d == '1')) return new String(a, j, 3);
        }
        return null;
    }

    /** WEIGHT_WORD {@code 体重\s*(?:是|有)?\s*([0-9]{2,3}(?:\.[0-9]+)?)(?![0-9.]|kg)}: group 1 of the first match, or null. */
    static String weightWord(char[] a, int n) {
        for (int i = 0; i + 1 < n; i++) {
            if (a[i] != '体' || a[i + 1] != '重') continue;
            int j = lead(a, n, i + 2);
            int end = decimal(a, n, j, 2, 3);
            if (end < 0 || end < n && (digit(a[end]) || a[end] == '.') || at(a, n, end, 'k', 'g')) continue;
            return new String(a, j, end - j);
        }
        return null;
    }

    /** SIZE_NUMBER {@code (?<![0-9.])([0-9]{2,3}(?:\.5)?)\s*码}: group 1 of the first match, or null. */
    static String sizeNumber(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            if (!digit(a[i]) || afterNumber(a, i)) continue;
            int j = digits(a, n, i);
            if (j - i < 2 || j - i > 3) {
                i = j - 1;
                continue;
            }
            int end = at(a, n, j, '.', '5') ? j + 2 : j;
            int k = spaces(a, n, end);
            if (k < n && a[k] == '码') return new String(a, i, end - i);
            i = j - 1;
        }
        return null;
    }

    private static boolean word(char[] a, int n, int i, String w) {
        int k = w.length();
        if (i + k > n) return false;
        for (int q = 0; q < k; q++) if (a[i + q] != w.charAt(q)) return false;
        return true;
    }

    /** The end of {@code w1\s?w2} at {@code i} (free size, one size), or -1. */
    private static int spaced(char[] a, int n, int i, String w1, String w2) {
        if (!word(a, n, i, w1)) return -1;
        int j = i + w1.length();
        if (word(a, n, j, w2)) return j + w2.length();
        if (j < n && space(a[j]) && word(a, n, j + 1, w2)) return j + 1 + w2.length();
        return -1;
    }

    /** SIZE_WORD {@code 均码|加大码|大码|小码|中码|大号|中号|小号|特大号|free\s?size|one\s?size}: the first match, or null. */
    static String sizeWord(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            char c = a[i];
            int end = -1;
            switch (c) {
                case '均' -> end = i + 1 < n && a[i + 1] == '码' ? i + 2 : -1;
                case '加' -> end = word(a, n, i, "加大码") ? i + 3 : -1;
                case '大', '小', '中' -> end = i + 1 < n && (a[i + 1] == '码' || a[i + 1] == '号') ? i + 2 : -1;
                case '特' -> end = word(a, n, i, "特大号") ? i + 3 : -1;
                case 'f' -> end = spaced(a, n, i, "free", "size");
                case 'o' -> end = spaced(a, n, i, "one", "size");
                default -> { }
            }
            if (end >= 0) return new String(a, i, end - i);
        }
        return null;
    }

    /**
     * SIZE_LETTER {@code (?<![a-z0-9])([2-6]xl|xxxl|xxl|xl|xs|s|m|l)(?![a-z])} at {@code i} (where the scan is): the
     * end of the match there, or -1.
     */
    static int sizeLetterAt(char[] a, int n, int i) {
        char c = a[i];
        if (i > 0 && (lower(a[i - 1]) || digit(a[i - 1]))) return -1;
        int end;
        if (c >= '2' && c <= '6') {
            end = i + 2 < n && a[i + 1] == 'x' && a[i + 2] == 'l' ? i + 3 : -1;
        } else if (c == 'x') {
            end = word(a, n, i, "xxxl") && !lowerAt(a, n, i + 4) ? i + 4
                    : word(a, n, i, "xxl") && !lowerAt(a, n, i + 3) ? i + 3
                    : (word(a, n, i, "xl") || word(a, n, i, "xs")) && !lowerAt(a, n, i + 2) ? i + 2 : -1;
            return end;
        } else if (c == 's' || c == 'm' || c == 'l') {
            end = i + 1;
        } else {
            return -1;
        }
        return end >= 0 && !lowerAt(a, n, end) ? end : -1;
    }

    private static boolean lowerAt(char[] a, int n, int i) {
        return i < n && lower(a[i]);
    }

    /** WEIGHT_CONTEXT {@code 码|穿|尺码|身高|体重|多大|合适|胖|瘦|偏大|偏小|腰围|胸围}: whether it occurs. */
    static boolean weightContext(char[] a, int n) {
        for (int i = 0; i < n; i++) {
            char c = a[i];
            switch (c) {
                case '码', '穿', '胖', '瘦' -> {
                    return true;
                }
                case '身', '体', '多', '合', '偏', '腰', '胸' -> {
                    if (i + 1 >= n) continue;
                    char d = a[i + 1];
                    if (c == '身' && d == '高' || c == '体' && d == '重' || c == '多' && d == '大' || c == '合' && d == '适'
                            || c == '偏' && (d == '大' || d == '小') || (c == '腰' || c == '胸') && d == '围') return true;
                }
                default -> { }
            }
        }
        return false;
    }

    /** The weight alternatives of HEIGHT_WEIGHT {@code [3-9][0-9]|1[0-9][0-9]|2[0-4][0-9]} at {@code j}: their end, or -1. */
    private static int weight(char[] a, int n, int j) {
        if (j >= n) return -1;
        char c = a[j];
        if (c >= '3' && c <= '9') return digitAt(a, n, j + 1) ? j + 2 : -1;
        if (c == '1') return digitAt(a, n, j + 1) && digitAt(a, n, j + 2) ? j + 3 : -1;
        if (c == '2') return j + 2 < n && a[j + 1] >= '0' && a[j + 1] <= '4' && digit(a[j + 2]) ? j + 3 : -1;
        return -1;
    }

    /** A height {@code (?<![0-9.])(1[4-9][0-9])} at {@code i}. */
    private static boolean height(char[] a, int n, int i) {
        return a[i] == '1' && i + 2 < n && a[i + 1] >= '4' && a[i + 1] <= '9' && digit(a[i + 2]) && !afterNumber(a, i);
    }

    private static boolean childHeight(char[] a, int n, int i) {
        return a[i] == '1' && i + 2 < n && a[i + 1] >= '0' && a[i + 1] <= '3' && digit(a[i + 2]) && !afterNumber(a, i);
    }

    /**
     * HEIGHT_WEIGHT {@code (?<![0-9.])(1[4-9][0-9])\s*(?:cm)?\s*[ ,，/、+和]?\s*([3-9][0-9]|1[0-9][0-9]|2[0-4][0-9])
     * (?![0-9.]|元|号|码|cm|块|件|个|ml|g)}: the first match's groups 1 and 2 in {@code g} (start, end, start, end);
     * whether there is one.
     */
    static boolean heightWeight(char[] a, int n, int[] g) {
        for (int i = 0; i < n; i++) {
            if (!height(a, n, i)) continue;
            int j = spaces(a, n, i + 3);
            if (at(a, n, j, 'c', 'm')) j += 2;
            j = spaces(a, n, j);
            if (j < n && " ,，/、+和".indexOf(a[j]) >= 0) j++;
            j = spaces(a, n, j);
            int end = weight(a, n, j);
            if (end < 0) continue;
            if (end < n) {
                char c = a[end];
                if (digit(c) || c == '.' || c == '元' || c == '号' || c == '码' || c == '块' || c == '件' || c == '个' || c == 'g'
                        || at(a, n, end, 'c', 'm') || at(a, n, end, 'm', 'l')) continue;
            }
            g[0] = i;
            g[1] = i + 3;
            g[2] = j;
            g[3] = end;
            return true;
        }
        return false;
    }

    /**
     * BARE_HEIGHT {@code (?<![0-9.])(1[4-9][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)}: the start of the first
     * match (3 characters), or -1.
     */
    static int bareHeight(char[] a, int n) {
        return bareHeight(a, n, false);
    }

    /**
     * CHILD_HEIGHT {@code (?<![0-9.])(1[0-3][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)}: a child's height
     * (100–139) standing alone, as {@link #bareHeight(char[], int)}.
     */
    static int childHeight(char[] a, int n) {
        return bareHeight(a, n, true);
    }

    private static int bareHeight(char[] a, int n, boolean child) {
        for (int i = 0; i < n; i++) {
            if (child ? !childHeight(a, n, i) : !height(a, n, i)) continue;
            int end = i + 3;
            if (end < n) {
                char c = a[end];
                if (digit(c) || c == '.' || c == '元' || c == '号' || c == '码' || c == '块' || c == '件' || c == '个' || c == 'g'
                        || c == '斤' || c == '天' || c == '%' || c == 'w' || c == '万' || at(a, n, end, 'm', 'l') || at(a, n, end, 'k', 'g')) {
                    continue;
                }
            }
            return i;
        }
        return -1;
    }

    /** The words LINK's first alternative must not be followed by after 号. */
    private static final String[] NOT_AFTER_HAO = {"发", "到", "之前", "前", "下单", "左右", "以后", "后", "晚", "早", "上午", "下午", "开始", "会", "能",
            "可以", "那天", "当天", "色"};

    /**
     * LINK at {@code i}: {@code (?<![0-9.a-z])([0-9]{1,3})\s*号(?!发|到|之前|前|下单|左右|以后|后|晚|早|上午|下午|开始|会|能|可以|那天|当天|色)
     * |链接\s*([0-9]{1,3})(?![0-9])|第\s*([0-9]{1,3})\s*(?:个|号)?\s*(?:链接|宝贝|商品|产品|款)|(?<![a-z])link\s*([0-9]{1,3})}:
     * the end of the match there (its group in {@code g}), or -1.
     */
    static int linkAt(char[] a, int n, int i, int[] g) {
        char c = a[i];
        if (digit(c)) {
            if (i > 0 && (digit(a[i - 1]) || a[i - 1] == '.' || lower(a[i - 1]))) return -1;
            int end = upTo3(a, n, i);
            if (end < 0) return -1;
            int j = spaces(a, n, end);
            if (j >= n || a[j] != '号') return -1;
            for (String w : NOT_AFTER_HAO) if (word(a, n, j + 1, w)) return -1;
            g[0] = i;
            g[1] = end;
            return j + 1;
        }
        if (c == '链') {
            if (i + 1 >= n || a[i + 1] != '接') return -1;
            int j = spaces(a, n, i + 2);
            int end = upTo3(a, n, j);
            if (end < 0) return -1;
            g[0] = j;
            g[1] = end;
            return end;
        }
        if (c == '第') {
            int j = spaces(a, n, i + 1);
            int end = upTo3(a, n, j);
            if (end < 0) return -1;
            int k = spaces(a, n, end);
            if (k < n && (a[k] == '个' || a[k] == '号')) k++;
            k = spaces(a, n, k);
            int w = word(a, n, k, "链接") || word(a, n, k, "宝贝") || word(a, n, k, "商品") || word(a, n, k, "产品") ? 2 : k < n && a[k] == '款' ? 1 : 0;
            if (w == 0) return -1;
            g[0] = j;
            g[1] = end;
            return k + w;
        }
        if (c == 'l') {
            if (i > 0 && lower(a[i - 1]) || !word(a, n, i, "link")) return -1;
            int j = spaces(a, n, i + 4);
            int end = digits(a, n, j);
            if (end == j) return -1;
            if (end - j > 3) end = j + 3;
            g[0] = j;
            g[1] = end;
            return end;
        }
        return -1;
    }
}
