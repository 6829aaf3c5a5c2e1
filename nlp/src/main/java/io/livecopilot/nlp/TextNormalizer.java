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
 * The one normalizer of the project: turns a comment as typed into the canonical text every other stage reads.
 *
 * <p>In order: full-width → half-width, ASCII lower case, traditional → simplified (HanLP's t2s table, read once into
 * a char array), zero-width / control / variation-selector characters dropped, whitespace collapsed, runs of one
 * character squeezed to three (digits are kept: they may be phone numbers), then live-room slang and homophones
 * (vx/薇信/加v → 微信, yyds → 永远的神, 宝宝们 → 家人们, 多少米 → 多少钱, 小黄车 → 购物车 …), Chinese numerals
 * before units (三号 → 3号, 两件 → 2件), heights (一米六五 / 1.65米 / 1米65 → 165cm), weights (100斤 → 50kg,
 * 55公斤 → 55kg) and money slang (99米 / 99r / 99块 → 99元). Emoji are kept as they are. Thread-safe, never throws.
 */
public final class TextNormalizer {
    private static final char[] T2S = loadT2S();
    /** One bit per character: whether T2S maps it (8 KB, stays in cache; the 128 KB table is read only for hits). */
    private static final long[] TRADITIONAL = bitsOf(T2S);
    private static final Slang SLANG = new Slang();

    private TextNormalizer() {}

    /** The canonical form of {@code text}; "" for {@code null}. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        char[] in = text.toCharArray();
        Seen seen = new Seen();
        char[] a = chars(in, seen);
        if (a.length == 0) return "";
        if ((seen.flags & SLANG_START) != 0) {
            char[] b = SLANG.apply(a, seen);
            if (b != a) {
                a = b;
                seen = scan(a);
            }
        }
        return numbers(a, a == in ? text : null, seen); // nothing changed so far: the text itself
    }

    /** The character pass of {@code text} (tests). */
    static String chars(String text) {
        return new String(chars(text.toCharArray(), new Seen()));
    }

    // ---------------------------------------------------------------- what the passes look for

    /**
     * Classes of the characters the later passes look for (bits of {@link #CLASS}): ASCII digits, Chinese numerals,
     * '#', 米 or m, 1 or 一, the first characters of slang phrases, the last characters of the marker words before a
     * Chinese numeral (第 高 重 算 接 码), the first characters of the units after one ({@link #UNIT_STARTS}).
     */
    static final int DIGIT = 1, NUMERAL = 1 << 1, HASH = 1 << 2, MI = 1 << 3, ONE = 1 << 4, SLANG_START = 1 << 5, MARKER_LAST = 1 << 6,
            UNIT_FIRST_CHAR = 1 << 7;
    /**
     * A flag of a text, not of a character: some Chinese numeral run is preceded by a marker's last character or
     * followed by a unit's first character (the condition on which Chinese numerals are read, and digits assumed).
     */
    static final int CN_GATE = 1 << 8;

    /**
     * What the character pass saw in the text it wrote: {@link #DIGIT}… bits and {@link #CN_GATE}; where the first
     * ASCII digit and the first Chinese numeral are (-1: none); where slang phrases can start (all the positions of
     * slang starts when there are at most {@link #SLANG_AT} of them, else the first one).
     */
    static final class Seen {
        static final int SLANG_AT = 8;
        int flags;
        int firstDigit = -1, firstNumeral = -1;
        int slangStarts;
        final int[] slangAt = new int[SLANG_AT];

        /** Notes the character of classes {@code k} (not 0) written at {@code at}. */
        void saw(int k, int at) {
            if ((k & DIGIT) != 0 && firstDigit < 0) firstDigit = at;
            if ((k & NUMERAL) != 0 && firstNumeral < 0) firstNumeral = at;
            if ((k & SLANG_START) != 0) {
                if (slangStarts < SLANG_AT) slangAt[slangStarts] = at;
                slangStarts++;
            }
        }

        @Override
        public String toString() {
            return "flags " + flags + ", digit at " + firstDigit + ", numeral at " + firstNumeral + ", slang at "
                    + java.util.Arrays.toString(java.util.Arrays.copyOf(slangAt, Math.min(slangStarts, SLANG_AT))) + " of " + slangStarts;
        }
    }

    /** Characters that may start a unit after a Chinese numeral. */
    private static final String UNIT_STARTS = "号件个斤公千块元米码岁天瓶盒双条套支包袋箱罐片粒次c厘毫m克g寸折层台部只位周月年小分以左上单份杯张本颗根把副桶组";
    /** Last characters of the marker words before a Chinese numeral (第, 身高, 体重, 预算, 链接, 号码, 尺码). */
    private static final String MARKER_ENDS = "第高重算接码";

    /** The class bits of every character (0 for most). */
    private static final byte[] CLASS = classes();
    /** One bit per character: whether the character pass must look at it closely (traditional, or of some class). */
    private static final long[] SPECIAL = special();

    private static byte[] classes() {
        byte[] t = new byte[65536];
        for (char c = '0'; c <= '9'; c++) t[c] |= DIGIT;
        for (char c : "零〇一幺二两三四五六七八九十百千万".toCharArray()) t[c] |= NUMERAL; // ChineseNumbers.isNumeralChar
        t['#'] |= HASH;
        t['米'] |= MI;
        t['m'] |= MI;
        t['1'] |= ONE;
        t['一'] |= ONE;
        for (int c = 0; c < 65536; c++) if (SLANG.startsWith((char) c)) t[c] |= SLANG_START;
        for (char c : MARKER_ENDS.toCharArray()) t[c] |= MARKER_LAST;
        for (char c : UNIT_STARTS.toCharArray()) t[c] |= (byte) UNIT_FIRST_CHAR;
        return t;
    }

    private static long[] special() {
        long[] b = TRADITIONAL.clone();
        for (int c = 0; c < 65536; c++) if (CLASS[c] != 0) b[c >>> 6] |= 1L << c;
        return b;
    }

    /** The bits for the pair of neighbours ({@code prev}, {@code cur}) of classes {@code p} and {@code k}: {@link #CN_GATE} or 0. */
    private static int gate(int p, int k) {
        if ((k & NUMERAL) != 0) return (p & MARKER_LAST) != 0 ? CN_GATE : 0;
        return (p & NUMERAL) != 0 && (k & UNIT_FIRST_CHAR) != 0 ? CN_GATE : 0;
    }

    /** What {@link #chars(char[], Seen)} notes while writing {@code a}, found by a plain pass over it (the tests' reference). */
    static Seen scan(char[] a) {
        Seen seen = new Seen();
        int flags = 0, p = 0;
        for (int i = 0; i < a.length; i++) {
            int k = CLASS[a[i]] & 0xFF;
            flags |= k | gate(p, k);
            if (k != 0) seen.saw(k, i);
            p = k;
        }
        seen.flags = flags & ~(MARKER_LAST | UNIT_FIRST_CHAR);
        return seen;
    }

    // ---------------------------------------------------------------- character pass

    /**
     * The character pass: the canonical characters of {@code in}, without the spaces at its ends; {@code in} itself
     * when they are the same. {@code seen} (new) gets what {@link #scan} of the result would give.
     */
    static char[] chars(char[] in, Seen seen) {
        int n = in.length;
        char[] out = new char[n];
        int len = 0;
        boolean changed = false, surrogates = false;
        char prev = 0;
        int flags = 0;
        long[] special = SPECIAL;
        int i = 0;
        // A character repeated is dropped when the text written so far ends with it three times (digits and
        // surrogates excepted): runs squeezed to three.
        while (true) {
            // the common case, in a loop of few variables: ideographs that map to themselves and that no later pass
            // looks for
            for (; i < n; i++) {
                char c = in[i];
                if (c < 0x4E00 || c > 0x9FFF || (special[c >>> 6] & (1L << c)) != 0) break;
                if (c == prev && len >= 3 && out[len - 2] == c && out[len - 3] == c) {
                    changed = true;
                    continue;
                }
                out[len++] = c;
                prev = c;
            }
            if (i >= n) break;
            char c = in[i++];
            char m = c < 0x80 ? ASCII[c]
                    : c >= 0xFF01 && c <= 0xFF5E ? FULL_WIDTH[c - 0xFF01]
                    : c >= 0x4E00 && c <= 0x9FFF && (TRADITIONAL[c >>> 6] & (1L << c)) == 0 ? c // a simplified ideograph (mapChar's answer)
                    : mapChar(c);
            if (m != c) changed = true;
            if (m == 0 || m == ' ' && (prev == ' ' || len == 0)
                    || m == prev && len >= 3 && out[len - 2] == m && out[len - 3] == m && !(m >= '0' && m <= '9') && !Character.isSurrogate(m)) {
                changed = true;
                continue;
            }
            int k = CLASS[m] & 0xFF;
            if (k != 0) {
                if ((k & (NUMERAL | UNIT_FIRST_CHAR)) != 0 && len > 0) flags |= gate(CLASS[out[len - 1]] & 0xFF, k);
                flags |= k;
                seen.saw(k, len);
            }
            out[len++] = m;
            prev = m;
            if (m >= Character.MIN_SURROGATE && m <= Character.MAX_SURROGATE) surrogates = true;
        }
        if (surrogates) {
            String o = squeezeCodePoints(new String(out, 0, len));
            int end = o.length();
            while (end > 0 && o.charAt(end - 1) == ' ') end--;
            char[] r = o.substring(0, end).toCharArray();
            Seen again = scan(r);
            seen.flags = again.flags;
            seen.firstDigit = again.firstDigit;
            seen.firstNumeral = again.firstNumeral;
            seen.slangStarts = again.slangStarts;
            System.arraycopy(again.slangAt, 0, seen.slangAt, 0, Seen.SLANG_AT);
            return r;
        }
        seen.flags = flags & ~(MARKER_LAST | UNIT_FIRST_CHAR);
        int end = len;
        while (end > 0 && out[end - 1] == ' ') end--;
        if (!changed && end == n) return in;
        return end == n ? out : java.util.Arrays.copyOf(out, end);
    }

    /** {@link #mapChar} of the full-width forms FF01–FF5E. */
    private static final char[] FULL_WIDTH = new char[0xFF5E - 0xFF01 + 1];

    static {
        for (char c = 0xFF01; c <= 0xFF5E; c++) FULL_WIDTH[c - 0xFF01] = mapChar(c);
    }

    /** {@link #mapChar} of the ASCII characters. */
    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < 128; c++) ASCII[c] = mapChar(c);
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
        try (InputStream in = TextNormalizer.class.getClassLoader().getResourceAsStream("data/dictionary/tc/t2s.txt")) {
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

        private record Rule(String from, String to, boolean ascii, char[] chars, char[] toChars) {
            Rule(String from, String to, boolean ascii) {
                this(from, to, ascii, from.toCharArray(), to.toCharArray());
            }
        }

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
                if (r[1].length() > 2 * r[0].length()) throw new IllegalStateException("slang rule " + r[0] + ": apply() sizes for at most double");
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

        /** Whether some phrase starts with {@code c}. */
        boolean startsWith(char c) {
            return (starts[c >>> 6] & (1L << c)) != 0;
        }

        /**
         * {@code a} with the slang replaced ({@code a} itself when there is none): leftmost first, the longest phrase
         * at a position, no overlaps. {@code seen} tells where phrases can start.
         */
        char[] apply(char[] a, Seen seen) {
            int n = a.length;
            char[] out = null;
            int len = 0;
            int copied = 0;
            int count = seen.slangStarts;
            boolean all = count > Seen.SLANG_AT; // too many to list: every position from the first on
            int[] at = seen.slangAt;
            for (int k = 0, i = at[0]; all ? i < n : k < count; ) {
                if (!all) i = at[k++];
                if (i < copied) continue; // inside the last replacement
                char c = a[i];
                Rule hit = null;
                if ((starts[c >>> 6] & (1L << c)) != 0) {
                    for (Rule r : byFirst[c]) {
                        char[] from = r.chars;
                        int m = from.length;
                        if (i + m > n) continue;
                        int j = 1;
                        while (j < m && a[i + j] == from[j]) j++;
                        if (j == m && (!r.ascii || (!asciiLetter(a, i - 1) && !asciiLetter(a, i + m)))) {
                            hit = r;
                            break;
                        }
                    }
                }
                if (hit == null) {
                    if (all) i++;
                    continue;
                }
                if (out == null) out = new char[2 * n + 8]; // no rule more than doubles its phrase
                System.arraycopy(a, copied, out, len, i - copied);
                len += i - copied;
                char[] to = hit.toChars;
                System.arraycopy(to, 0, out, len, to.length);
                len += to.length;
                i += hit.chars.length;
                copied = i;
            }
            if (out == null) return a;
            System.arraycopy(a, copied, out, len, n - copied);
            len += n - copied;
            return java.util.Arrays.copyOf(out, len);
        }

        private static boolean asciiLetter(char[] s, int i) {
            if (i < 0 || i >= s.length) return false;
            char c = s[i];
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

    }

    // ---------------------------------------------------------------- numbers and units

    private static final Pattern HASH_NO = Pattern.compile("(?<!色号)#\\s*([1-9][0-9]{0,2})(?![0-9])");

    /** Bitmap of {@link #MARKER_ENDS}. */
    private static final long[] MARKER_END = CharBits.of(MARKER_ENDS);
    /** The numeral characters of {@link ChineseNumbers#isNumeralChar} (a copy, read inline). */
    private static final long[] NUMERALS = CharBits.of("零〇一幺二两三四五六七八九十百千万");



    /**
     * The number and unit pass over the characters {@code a} ({@code same}: the text of {@code a} when known, else
     * null; {@code seen}: {@link #scan} of {@code a}). Each step starts where the first character it acts on is, when
     * no step before it changed the text.
     */
    static String numbers(char[] a, String same, Seen seen) {
        int flags = seen.flags;
        boolean digit = (flags & DIGIT) != 0, hash = (flags & HASH) != 0, cnGate = (flags & CN_GATE) != 0;
        boolean mi = (flags & MI) != 0, one = (flags & ONE) != 0;
        char[] b = a;
        int firstDigit = seen.firstDigit, firstNumeral = seen.firstNumeral;
        if (mi && one) {
            b = heights(b, firstDigit < 0 ? firstNumeral : firstNumeral < 0 ? firstDigit : Math.min(firstDigit, firstNumeral));
        }
        if (cnGate) {
            b = cnNumbers(b, b == a ? firstNumeral : 0);
            digit = true;
        }
        if (digit) b = units(b, b == a ? Math.max(firstDigit, 0) : 0);
        String s = b == a && same != null ? same : new String(b);
        if (digit && hash) s = replace(HASH_NO, s, m -> m.group(1) + "号");
        return s;
    }

    /** A growing copy of a text being rewritten: the unchanged parts of the source and the replacements. */
    private static final class Rewrite {
        char[] out;
        int len;

        Rewrite(int capacity) {
            out = new char[capacity];
        }

        void copy(char[] src, int from, int to) {
            int k = to - from;
            room(k);
            System.arraycopy(src, from, out, len, k);
            len += k;
        }

        void add(String s) {
            int k = s.length();
            room(k);
            s.getChars(0, k, out, len);
            len += k;
        }

        private void room(int k) {
            if (len + k > out.length) out = java.util.Arrays.copyOf(out, Math.max(2 * out.length, len + k));
        }

        char[] finish(char[] src, int copied) {
            copy(src, copied, src.length);
            return len == out.length ? out : java.util.Arrays.copyOf(out, len);
        }
    }

    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The digits of the HEIGHT regex: [一二三四五六七八九零〇] (no 两 or 幺). */
    private static boolean heightCnDigit(char c) {
        return c == '一' || c == '二' || c == '三' || c == '四' || c == '五' || c == '六' || c == '七' || c == '八' || c == '九' || c == '零' || c == '〇';
    }

    /**
     * Heights → "NNNcm", by hand, with the matches of the regex it replaced (kept in the tests as the reference):
     * {@code (?<![0-9一二三四五六七八九十百.])[一1]\s*(?:米|m)\s*(D|[0-9])(D|[0-9](?![0-9]))?} (D = 一…九 零 〇: 一米六五,
     * 1米65, 一米6, 1m65) or {@code (?<![0-9.])1\.([4-9][0-9]?)\s*(?:米|m)(?![a-z])} (1.65米, 1.7m); leftmost first,
     * the first alternative before the second, no overlaps. {@code a} itself when there is none; no 1 or 一 before
     * {@code start}.
     */
    static char[] heights(char[] a, int start) {
        int n = a.length;
        Rewrite w = null;
        int copied = 0;
        for (int i = start; i < n; ) {
            char c = a[i];
            if (c != '一' && c != '1') {
                i++;
                continue;
            }
            char p = i > 0 ? a[i - 1] : 0;
            int cm = -1, end = 0;
            if (i == 0 || !heightBlocker(p)) {
                int j = i + 1;
                while (j < n && regexSpace(a[j])) j++;
                if (j < n && (a[j] == '米' || a[j] == 'm')) {
                    j++;
                    while (j < n && regexSpace(a[j])) j++;
                    if (j < n && (heightCnDigit(a[j]) || asciiDigit(a[j]))) {
                        int tens = heightDigit(a[j++]), ones = 0;
                        if (j < n && heightCnDigit(a[j])) {
                            ones = heightDigit(a[j++]);
                        } else if (j < n && asciiDigit(a[j]) && !(j + 1 < n && asciiDigit(a[j + 1]))) {
                            ones = a[j++] - '0';
                        }
                        cm = 100 + tens * 10 + ones;
                        end = j;
                    }
                }
            }
            if (cm < 0 && c == '1' && (i == 0 || !(asciiDigit(p) || p == '.')) && i + 2 < n && a[i + 1] == '.' && a[i + 2] >= '4' && a[i + 2] <= '9') {
                int j = i + 3;
                int frac = (a[i + 2] - '0') * 10;
                if (j < n && asciiDigit(a[j])) frac += a[j++] - '0';
                while (j < n && regexSpace(a[j])) j++;
                if (j < n && (a[j] == '米' || a[j] == 'm') && !(j + 1 < n && a[j + 1] >= 'a' && a[j + 1] <= 'z')) {
                    cm = 100 + frac;
                    end = j + 1;
                }
            }
            if (cm < 0 || bedAt(a, n, end)) { // 1.8米床, 1米8的床: a bed width, no height
                i++;
                continue;
            }
            if (w == null) w = new Rewrite(n + 8);
            w.copy(a, copied, i);
            w.add(Integer.toString(cm));
            w.add("cm");
            copied = end;
            i = end;
        }
        return w == null ? a : w.finish(a, copied);
    }

    /** Whether a bed is named from {@code i} on ({@code \\s*的?床}): the 米 before it is a bed width, neither height nor money. */
    static boolean bedAt(char[] a, int n, int i) {
        while (i < n && regexSpace(a[i])) i++;
        if (i < n && a[i] == '的') i++;
        return i < n && a[i] == '床';
    }

    /** The class of the first alternative's look-behind: [0-9一二三四五六七八九十百.]. */
    private static boolean heightBlocker(char p) {
        return asciiDigit(p) || p == '.' || p == '一' || p == '二' || p == '三' || p == '四' || p == '五' || p == '六' || p == '七' || p == '八'
                || p == '九' || p == '十' || p == '百';
    }

    private static int heightDigit(char c) {
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumbers.digit(c);
    }

    /** The characters a unit of {@link #units} starts with. */
    private static final long[] UNIT_FIRST = CharBits.of("斤公千k厘c块米元圆r");

    private static boolean at(char[] a, int n, int i, char c0, char c1) {
        return i + 1 < n && a[i] == c0 && a[i + 1] == c1;
    }

    private static boolean asciiLetterAt(char[] a, int i) {
        return i < a.length && a[i] >= 'a' && a[i] <= 'z';
    }

    /**
     * One hand-written pass over "number [spaces] unit": 斤 (÷ 2) and 公斤/千克/kg → kg, 厘米/公分/cm → cm (2–3 digit
     * integers), 米/块/块钱/元/圆/r/rmb → 元. Same results as the regexes it replaced, without their cost; {@code a}
     * itself when nothing changes; no digit before {@code start}.
     */
    static char[] units(char[] a, int start) {
        int n = a.length;
        Rewrite w = null;
        int copied = 0;
        long[] unitFirst = UNIT_FIRST;
        for (int i = start; i < n; i++) {
            char c = a[i];
            if (c < '0' || c > '9') continue;
            if (i > 0) {
                char p = a[i - 1];
                if ((p >= '0' && p <= '9') || p == '.') continue; // not the start of a number
            }
            int j = i;
            while (j < n && a[j] >= '0' && a[j] <= '9') j++;
            int intEnd = j;
            if (j + 1 < n && a[j] == '.' && a[j + 1] >= '0' && a[j + 1] <= '9') {
                j++;
                while (j < n && a[j] >= '0' && a[j] <= '9') j++;
            }
            int numEnd = j;
            int u = j;
            while (u < n && a[u] == ' ') u++;
            if (u >= n || (unitFirst[a[u] >>> 6] & (1L << a[u])) == 0) {
                i = numEnd - 1;
                continue;
            }
            char uc = a[u];
            String replacement = null;
            int unitEnd = u;
            if (uc == '斤') {
                double jin = Double.parseDouble(new String(a, i, numEnd - i));
                unitEnd = u + 1;
                if (unitEnd < n && a[unitEnd] == '半') {
                    jin += 0.5;
                    unitEnd++;
                }
                replacement = ChineseNumbers.format(jin / 2) + "kg";
            } else if (at(a, n, u, '公', '斤') || at(a, n, u, '千', '克') || at(a, n, u, 'k', 'g') && !asciiLetterAt(a, u + 2)) {
                unitEnd = u + 2;
                replacement = "kg";
            } else if ((at(a, n, u, '厘', '米') || at(a, n, u, '公', '分') || at(a, n, u, 'c', 'm') && !asciiLetterAt(a, u + 2))
                    && numEnd == intEnd && intEnd - i >= 2 && intEnd - i <= 3) {
                unitEnd = u + 2;
                replacement = "cm";
            } else if (at(a, n, u, '块', '钱')) {
                unitEnd = u + 2;
                replacement = "元";
            } else if ((uc == '米' && !bedAt(a, n, u + 1 < n && asciiDigit(a[u + 1]) ? u + 2 : u + 1)) || uc == '块' || uc == '元' || uc == '圆') {
                unitEnd = u + 1;
                replacement = "元";
            } else if (at(a, n, u, 'r', 'm') && u + 2 < n && a[u + 2] == 'b' && !asciiLetterAt(a, u + 3)) {
                unitEnd = u + 3;
                replacement = "元";
            } else if (uc == 'r' && !asciiLetterAt(a, u + 1)) {
                unitEnd = u + 1;
                replacement = "元";
            }
            if (replacement == null) {
                i = numEnd - 1;
                continue;
            }
            if (w == null) w = new Rewrite(n + 8);
            if (uc == '斤') {
                w.copy(a, copied, i);
            } else {
                w.copy(a, copied, numEnd); // the number as written, then the unit
            }
            w.add(replacement);
            copied = unitEnd;
            i = unitEnd - 1;
        }
        return w == null ? a : w.finish(a, copied);
    }

    private static final String[] CN_UNITS = {"号", "件", "个", "斤", "公斤", "千克", "块", "元", "米", "码", "岁", "天", "瓶", "盒", "双", "条",
            "套", "支", "包", "袋", "箱", "罐", "片", "粒", "次", "cm", "厘米", "公分", "毫升", "ml", "克", "g", "寸", "折", "层", "台", "部", "只",
            "位", "周", "月", "年", "小时", "分钟", "以内", "以下", "左右", "上下", "单", "份", "杯", "张", "本", "颗", "根", "把",
            "副", "桶", "组"};
    /** The first characters of the one-character units of {@link #CN_UNITS}: a numeral run before one converts. */
    private static final long[] CN_UNIT_ONE = CharBits.of(String.join("", java.util.Arrays.stream(CN_UNITS).filter(u -> u.length() == 1).toList()));
    /** The longer units of {@link #CN_UNITS} by first character (null for none). */
    private static final char[][][] CN_UNIT_LONG = longUnits();

    private static char[][][] longUnits() {
        char[][][] t = new char[65536][][];
        for (String u : CN_UNITS) {
            if (u.length() < 2) continue;
            char f = u.charAt(0);
            char[][] cur = t[f];
            char[][] next = cur == null ? new char[1][] : java.util.Arrays.copyOf(cur, cur.length + 1);
            next[next.length - 1] = u.toCharArray();
            t[f] = next;
        }
        return t;
    }

    private static final String[] CN_MARKERS = {"第", "身高", "体重", "预算", "链接", "号码", "尺码"};

    /** Whether a unit of {@link #CN_UNITS} starts at {@code j} of {@code a}. */
    private static boolean unitAt(char[] a, int n, int j) {
        if (j >= n) return false;
        char c = a[j];
        if (CharBits.has(CN_UNIT_ONE, c)) return true;
        char[][] longer = CN_UNIT_LONG[c];
        if (longer == null) return false;
        for (char[] u : longer) {
            if (j + u.length > n) continue;
            int k = 1;
            while (k < u.length && a[j + k] == u[k]) k++;
            if (k == u.length) return true;
        }
        return false;
    }

    /** Whether a marker of {@link #CN_MARKERS} ends at {@code i} of {@code a}. */
    private static boolean markerBefore(char[] a, int i) {
        if (i == 0 || !CharBits.has(MARKER_END, a[i - 1])) return false;
        for (String m : CN_MARKERS) {
            int k = m.length();
            if (i < k) continue;
            int q = 0;
            while (q < k && a[i - k + q] == m.charAt(q)) q++;
            if (q == k) return true;
        }
        return false;
    }

    /**
     * Chinese numerals after a marker word (第, 身高 …) or before a unit (件, 斤, 号 …) → digits; one hand-written pass
     * ({@code a} itself when nothing changes; no numeral before {@code start}).
     */
    static char[] cnNumbers(char[] a, int start) {
        int n = a.length;
        long[] numeral = NUMERALS;
        Rewrite w = null;
        int copied = 0;
        for (int i = start; i < n; ) {
            char c = a[i];
            if ((numeral[c >>> 6] & (1L << c)) == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && CharBits.has(numeral, a[j])) j++;
            if (unitAt(a, n, j) || markerBefore(a, i)) {
                long v = ChineseNumbers.parse(java.nio.CharBuffer.wrap(a, i, j - i));
                if (v >= 0) {
                    if (w == null) w = new Rewrite(n + 8);
                    w.copy(a, copied, i);
                    w.add(Long.toString(v));
                    copied = j;
                }
            }
            i = j;
        }
        return w == null ? a : w.finish(a, copied);
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
