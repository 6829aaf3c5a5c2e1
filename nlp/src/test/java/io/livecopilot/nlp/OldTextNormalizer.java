package io.livecopilot.nlp;

import io.livecopilot.core.ChineseNumbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalizer as it was before its speed-up (reference for tests). The one normalizer of the project: turns a comment as typed into the canonical text every other stage reads.
 *
 * <p>In order: full-width → half-width, ASCII lower case, traditional → simplified (HanLP's t2s table, read once into
 * a char array), zero-width / control / variation-selector characters dropped, whitespace collapsed, runs of one
 * character squeezed to three (digits are kept: they may be phone numbers), then live-room slang and homophones
 * (vx/薇信/加v → 微信, yyds → 永远的神, 宝宝们 → 家人们, 多少米 → 多少钱, 小黄车 → 购物车 …), Chinese numerals
 * before units (三号 → 3号, 两件 → 2件), heights (一米六五 / 1.65米 / 1米65 → 165cm), weights (100斤 → 50kg,
 * 55公斤 → 55kg) and money slang (99米 / 99r / 99块 → 99元). Emoji are kept as they are. Thread-safe, never throws.
 */
public final class OldTextNormalizer {
    private static final char[] T2S = loadT2S();
    /** One bit per character: whether T2S maps it (8 KB, stays in cache; the 128 KB table is read only for hits). */
    private static final long[] TRADITIONAL = bitsOf(T2S);
    private static final Slang SLANG = new Slang();

    private OldTextNormalizer() {}

    /** The canonical form of {@code text}; "" for {@code null}. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        String s = chars(text);
        if (s.isEmpty()) return s;
        s = SLANG.apply(s);
        s = numbers(s);
        return s;
    }

    // ---------------------------------------------------------------- character pass

    static String chars(String text) {
        int n = text.length();
        StringBuilder b = null;
        char prev = 0;
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char m = mapChar(c);
            boolean drop = m == 0;
            if (!drop && m == ' ') {
                if (prev == ' ' || (b == null ? i == 0 : b.length() == 0)) drop = true;
            }
            if (!drop) {
                if (m == prev && !(m >= '0' && m <= '9') && !Character.isSurrogate(m)) {
                    run++;
                    if (run >= 3) drop = true;
                } else {
                    run = 0;
                }
            }
            if (drop || m != c) {
                if (b == null) {
                    b = new StringBuilder(n);
                    b.append(text, 0, i);
                }
            }
            if (!drop) {
                if (b != null) b.append(m);
                prev = m;
            }
        }
        String out = b == null ? text : b.toString();
        if (hasSurrogates(out)) out = squeezeCodePoints(out);
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return end == out.length() ? out : out.substring(0, end);
    }

    private static boolean hasSurrogates(String s) {
        for (int i = 0, n = s.length(); i < n; i++) if (Character.isSurrogate(s.charAt(i))) return true;
        return false;
    }

    /** Runs of one supplementary code point (emoji) longer than three squeezed to three; lone surrogates dropped. */
    private static String squeezeCodePoints(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int prev = -1, run = 0;
        for (int i = 0, n = s.length(); i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            if (cp == prev) {
                if (++run >= 3) continue;
            } else {
                run = 0;
            }
            b.appendCodePoint(cp);
            prev = cp;
        }
        return b.toString();
    }

    /** The canonical character for {@code c}: 0 to drop it, ' ' for any space. */
    private static char mapChar(char c) {
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z') return (char) (c + 32);
            if (c < 0x20 || c == 0x7f) return (c == '\t' || c == '\n' || c == '\r') ? ' ' : 0;
            return c;
        }
        if (c >= 0xFF01 && c <= 0xFF5E) {
            char h = (char) (c - 0xFEE0);
            return h >= 'A' && h <= 'Z' ? (char) (h + 32) : h;
        }
        if (c == 0x3000 || c == 0x00A0 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F) return ' ';
        if ((c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F) || c == 0xFEFF
                || c == 0x00AD || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x80 && c < 0xA0) || c == 0x20E3) return 0; // 0x20E3: keycap 3️⃣ → 3
        if (c >= 0x2460 && c <= 0x2468) return (char) ('1' + (c - 0x2460)); // circled ① … ⑨
        if (c == 0xFFFD || (c >= 0xE000 && c <= 0xF8FF)) return 0; // replacement and private-use characters
        if ((TRADITIONAL[c >>> 6] & (1L << c)) == 0) return c;
        char s = T2S[c];
        return s == 0 ? c : s;
    }

    private static long[] bitsOf(char[] table) {
        long[] bits = new long[1024];
        for (int c = 0; c < table.length; c++) if (table[c] != 0) bits[c >>> 6] |= 1L << c;
        return bits;
    }

    private static char[] loadT2S() {
        char[] table = new char[65536];
        try (InputStream in = OldTextNormalizer.class.getClassLoader().getResourceAsStream("data/dictionary/tc/t2s.txt")) {
            if (in == null) return table;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (eq != 1 || line.length() != 3) continue; // single BMP char → single BMP char only
                char from = line.charAt(0), to = line.charAt(2);
                if (Character.isSurrogate(from) || Character.isSurrogate(to)) continue;
                table[from] = to;
            }
        } catch (IOException e) {
            // keep whatever was read; traditional characters then pass through unchanged
        }
        // HanLP keeps these as they are in some senses; in comments they are the simplified words
        table['乾'] = '干';
        table['著'] = '着';
        table['麼'] = '么';
        table['裡'] = '里';
        table['後'] = '后';
        table['於'] = '于';
        return table;
    }

    // ---------------------------------------------------------------- slang pass

    /** Phrase replacements applied longest-first at each position; ASCII keys need non-letter neighbours. */
    private static final class Slang {
        private final Rule[][] byFirst = new Rule[65536][];
        private final long[] starts = new long[1024];

        private record Rule(String from, String to, boolean ascii) {}

        Slang() {
            String[][] rules = {
                    // WeChat / QQ
                    {"vx", "微信"}, {"v信", "微信"}, {"wx", "微信"}, {"威信", "微信"}, {"薇信", "微信"}, {"微x", "微信"},
                    {"加v", "加微信"}, {"加vx", "加微信"}, {"加wx", "加微信"}, {"加v信", "加微信"}, {"加微x", "加微信"}, {"加微", "加微信"}, {"加微信", "加微信"}, {"+v", "加微信"}, {"私v", "私聊微信"}, {"加薇", "加微信"}, {"威♥", "微信"},
                    {"扣扣", "qq"}, {"加q", "加qq"}, {"q号", "qq号"}, {"q群", "qq群"}, {"扣群", "qq群"},
                    // praise / net slang
                    {"yyds", "永远的神"}, {"绝绝子", "绝了"}, {"xswl", "笑死我了"}, {"tql", "太强了"}, {"u1s1", "有一说一"},
                    {"awsl", "啊我死了"}, {"nb", "牛"}, {"牛b", "牛"}, {"牛逼", "牛"}, {"牛批", "牛"}, {"nice", "好"},
                    {"zqsg", "真情实感"}, {"xjb", "瞎"}, {"dbq", "对不起"}, {"sb", "傻逼"}, {"煞笔", "傻逼"}, {"沙比", "傻逼"},
                    {"cnm", "草泥马"}, {"tmd", "他妈的"}, {"mmp", "妈卖批"}, {"nmsl", "你妈死了"},
                    // addressing the audience / host
                    {"宝宝们", "家人们"}, {"宝子们", "家人们"}, {"宝子", "家人们"}, {"集美们", "家人们"}, {"集美", "姐妹"},
                    {"老铁们", "家人们"}, {"zb", "主播"}, {"主bo", "主播"}, {"主波", "主播"}, {"猪播", "主播"}, {"zbj", "直播间"},
                    // shopping words and typos
                    {"小黄车", "购物车"}, {"黄车", "购物车"}, {"小车车", "购物车"}, {"连接", "链接"}, {"链结", "链接"}, {"联接", "链接"},
                    {"lj", "链接"}, {"优惠卷", "优惠券"}, {"劵", "券"}, {"卷子", "券"}, {"pdd", "拼多多"}, {"tb", "淘宝"}, {"jd", "京东"},
                    {"多少米", "多少钱"}, {"多少r", "多少钱"}, {"多少rmb", "多少钱"}, {"多少块", "多少钱"}, {"几块钱", "多少钱"},
                    {"几块", "多少钱"}, {"几米", "多少钱"}, {"多少q", "多少钱"}, {"多钱", "多少钱"}, {"好多钱", "多少钱"}, {"多少元", "多少钱"},
                    {"啥", "什么"}, {"神马", "什么"}, {"咋", "怎么"}, {"肿么", "怎么"}, {"有木有", "有没有"}, {"木有", "没有"},
                    {"没得", "没有"}, {"酱紫", "这样"}, {"介个", "这个"}, {"稀饭", "喜欢"}, {"帅锅", "帅哥"}, {"滴滴", "嘀嘀"},
                    {"size", "尺码"}, {"码数", "尺码"}, {"链接呢", "链接呢"},
            };
            List<Rule> all = new ArrayList<>();
            for (String[] r : rules) {
                boolean ascii = r[0].chars().allMatch(ch -> ch < 0x80 && Character.isLetterOrDigit(ch));
                all.add(new Rule(r[0], r[1], ascii));
            }
            all.sort(Comparator.comparingInt((Rule r) -> -r.from.length()));
            for (Rule r : all) {
                char f = r.from.charAt(0);
                Rule[] cur = byFirst[f];
                Rule[] next = cur == null ? new Rule[1] : java.util.Arrays.copyOf(cur, cur.length + 1);
                next[next.length - 1] = r;
                byFirst[f] = next;
                starts[f >>> 6] |= 1L << f;
            }
        }

        String apply(String s) {
            int n = s.length();
            StringBuilder b = null;
            int copied = 0;
            for (int i = 0; i < n; ) {
                char c = s.charAt(i);
                Rule[] rs = (starts[c >>> 6] & (1L << c)) == 0 ? null : byFirst[c];
                Rule hit = null;
                if (rs != null) {
                    for (Rule r : rs) {
                        if (s.regionMatches(i, r.from, 0, r.from.length())
                                && (!r.ascii || (!asciiLetter(s, i - 1) && !asciiLetter(s, i + r.from.length())))) {
                            hit = r;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    i++;
                    continue;
                }
                if (b == null) b = new StringBuilder(n + 8);
                b.append(s, copied, i).append(hit.to);
                i += hit.from.length();
                copied = i;
            }
            if (b == null) return s;
            b.append(s, copied, n);
            return b.toString();
        }

        private static boolean asciiLetter(String s, int i) {
            if (i < 0 || i >= s.length()) return false;
            char c = s.charAt(i);
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }

    // ---------------------------------------------------------------- numbers and units

    private static final String CN_DIGIT = "[一二三四五六七八九零〇]";
    /** 一米六五, 1米65, 一米6, 1.65米, 1.65m, 1m65. */
    private static final Pattern HEIGHT = Pattern.compile(
            "(?:(?<![0-9一二三四五六七八九十百.])[一1]\\s*(?:米|m)\\s*(" + CN_DIGIT + "|[0-9])(" + CN_DIGIT + "|[0-9](?![0-9]))?+(?!\\s*的?床))"
                    + "|(?:(?<![0-9.])1\\.([4-9][0-9]?)\\s*(?:米|m)(?![a-z]|\\s*的?床))");
    private static final Pattern HASH_NO = Pattern.compile("(?<!色号)#\\s*([1-9][0-9]{0,2})(?![0-9])");

    /** Characters that may start a unit after a Chinese numeral (the gate before the CN_NUMBER regex). */
    private static final String UNIT_STARTS = "号件个斤公千块元米码岁天瓶盒双条套支包袋箱罐片粒次c厘毫m克g寸折层台部只位周月年小分以左上单份杯张本颗根把副桶组";
    /** Last characters of the marker words before a Chinese numeral (第, 身高, 体重, 预算, 链接, 号码, 尺码). */
    private static final String MARKER_ENDS = "第高重算接码";

    static String numbers(String s) {
        int n = s.length();
        boolean digit = false, hash = false, cnGate = false, moneyUnit = false, mi = false, one = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= '0' && c <= '9') {
                    digit = true;
                    if (c == '1') one = true;
                } else if (c == '#') hash = true;
                else if (c == 'm') mi = true;
                else if (c == 'r') moneyUnit = true;
            } else if (ChineseNumbers.isNumeralChar(c)) {
                if (c == '一') one = true;
                if (!cnGate) {
                    boolean startOfRun = i == 0 || !ChineseNumbers.isNumeralChar(s.charAt(i - 1));
                    if (startOfRun && i > 0 && MARKER_ENDS.indexOf(s.charAt(i - 1)) >= 0) cnGate = true;
                    boolean endOfRun = i + 1 >= n || !ChineseNumbers.isNumeralChar(s.charAt(i + 1));
                    if (endOfRun && i + 1 < n && UNIT_STARTS.indexOf(s.charAt(i + 1)) >= 0) cnGate = true;
                }
            } else if (c == '米') {
                mi = true;
                moneyUnit = true;
            } else if (c == '块' || c == '元' || c == '圆') moneyUnit = true;
        }
        if (mi && one) s = replaceHeight(s);
        if (cnGate) {
            s = replaceCnNumbers(s);
            digit = true;
        }
        if (!digit) return s;
        s = units(s);
        if (hash) s = replace(HASH_NO, s, m -> m.group(1) + "号");
        return s;
    }

    /**
     * One hand-written pass over "number [spaces] unit": 斤 (÷ 2) and 公斤/千克/kg → kg, 厘米/公分/cm → cm (2–3 digit
     * integers), 米/块/块钱/元/圆/r/rmb → 元. Same results as the regexes it replaced, without their cost.
     */
    static String units(String s) {
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') continue;
            if (i > 0) {
                char p = s.charAt(i - 1);
                if ((p >= '0' && p <= '9') || p == '.') continue; // not the start of a number
            }
            int j = i;
            while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            int intEnd = j;
            if (j + 1 < n && s.charAt(j) == '.' && s.charAt(j + 1) >= '0' && s.charAt(j + 1) <= '9') {
                j++;
                while (j < n && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
            }
            int numEnd = j;
            int u = j;
            while (u < n && s.charAt(u) == ' ') u++;
            String replacement = null;
            int unitEnd = u;
            if (u < n) {
                char uc = s.charAt(u);
                String num = s.substring(i, numEnd);
                if (uc == '斤') {
                    double jin = Double.parseDouble(num);
                    unitEnd = u + 1;
                    if (unitEnd < n && s.charAt(unitEnd) == '半') {
                        jin += 0.5;
                        unitEnd++;
                    }
                    replacement = ChineseNumbers.format(jin / 2) + "kg";
                } else if (s.startsWith("公斤", u) || s.startsWith("千克", u)) {
                    unitEnd = u + 2;
                    replacement = num + "kg";
                } else if (s.startsWith("kg", u) && !asciiLetterAt(s, u + 2)) {
                    unitEnd = u + 2;
                    replacement = num + "kg";
                } else if ((s.startsWith("厘米", u) || s.startsWith("公分", u) || (s.startsWith("cm", u) && !asciiLetterAt(s, u + 2)))
                        && numEnd == intEnd && intEnd - i >= 2 && intEnd - i <= 3) {
                    unitEnd = u + 2;
                    replacement = num + "cm";
                } else if (s.startsWith("块钱", u)) {
                    unitEnd = u + 2;
                    replacement = num + "元";
                } else if ((uc == '米' && !TextNormalizer.bedAt(s.toCharArray(), n, u + 1 < n && s.charAt(u + 1) >= '0' && s.charAt(u + 1) <= '9' ? u + 2 : u + 1)) || uc == '块' || uc == '元' || uc == '圆') {
                    unitEnd = u + 1;
                    replacement = num + "元";
                } else if (s.startsWith("rmb", u) && !asciiLetterAt(s, u + 3)) {
                    unitEnd = u + 3;
                    replacement = num + "元";
                } else if (uc == 'r' && !asciiLetterAt(s, u + 1)) {
                    unitEnd = u + 1;
                    replacement = num + "元";
                }
            }
            if (replacement == null) {
                i = numEnd - 1;
                continue;
            }
            if (b == null) b = new StringBuilder(n + 8);
            b.append(s, copied, i).append(replacement);
            copied = unitEnd;
            i = unitEnd - 1;
        }
        if (b == null) return s;
        b.append(s, copied, n);
        return b.toString();
    }

    private static boolean asciiLetterAt(String s, int i) {
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        return c >= 'a' && c <= 'z';
    }

    private static String replaceHeight(String s) {
        return replace(HEIGHT, s, m -> {
            int cm;
            if (m.group(1) != null) {
                int a = digitOf(m.group(1).charAt(0));
                int b = m.group(2) == null ? 0 : digitOf(m.group(2).charAt(0));
                cm = 100 + a * 10 + b;
            } else {
                String frac = m.group(3);
                cm = 100 + Integer.parseInt(frac.length() == 1 ? frac + "0" : frac);
            }
            return cm + "cm";
        });
    }

    private static int digitOf(char c) {
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumbers.digit(c);
    }

    private static final String[] CN_UNITS = {"号", "件", "个", "斤", "公斤", "千克", "块", "元", "米", "码", "岁", "天", "瓶", "盒", "双", "条",
            "套", "支", "包", "袋", "箱", "罐", "片", "粒", "次", "cm", "厘米", "公分", "毫升", "ml", "克", "g", "寸", "折", "层", "台", "部", "只",
            "位", "周", "月", "年", "小时", "分钟", "以内", "以下", "左右", "上下", "单", "份", "杯", "张", "本", "颗", "根", "把",
            "副", "桶", "组"};
    private static final String[] CN_MARKERS = {"第", "身高", "体重", "预算", "链接", "号码", "尺码"};

    /** Chinese numerals after a marker word (第, 身高 …) or before a unit (件, 斤, 号 …) → digits; one hand-written pass. */
    private static String replaceCnNumbers(String s) {
        int n = s.length();
        StringBuilder b = null;
        int copied = 0;
        for (int i = 0; i < n; ) {
            if (!ChineseNumbers.isNumeralChar(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < n && ChineseNumbers.isNumeralChar(s.charAt(j))) j++;
            boolean convert = false;
            for (String u : CN_UNITS) {
                if (s.startsWith(u, j)) {
                    convert = true;
                    break;
                }
            }
            if (!convert) {
                for (String m : CN_MARKERS) {
                    if (i >= m.length() && s.startsWith(m, i - m.length())) {
                        convert = true;
                        break;
                    }
                }
            }
            if (convert) {
                long v = ChineseNumbers.parse(s.substring(i, j));
                if (v >= 0) {
                    if (b == null) b = new StringBuilder(n);
                    b.append(s, copied, i).append(v);
                    copied = j;
                }
            }
            i = j;
        }
        if (b == null) return s;
        b.append(s, copied, n);
        return b.toString();
    }

    private static String replace(Pattern p, String s, java.util.function.Function<Matcher, String> f) {
        Matcher m = p.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s.length() + 8);
        int last = 0;
        do {
            b.append(s, last, m.start()).append(f.apply(m));
            last = m.end();
        } while (m.find());
        b.append(s, last, s.length());
        return b.toString();
    }
}
