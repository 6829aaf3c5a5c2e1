package io.livecopilot.nlp;

import io.livecopilot.core.ChineseNumbers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast normalizer (char arrays instead of builders, one table per pass) and the fast masker (a character class
 * table) give exactly the texts the ones they replaced give ({@link OldTextNormalizer}, {@link OldPiiMasker}, kept as
 * they were) on random and real comments.
 */
class NormalizeMaskFastTest {
    @Test
    void should_read_numeral_characters_as_before() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            boolean before = ChineseNumbers.digit(ch) >= 0 || ch == '十' || ch == '百' || ch == '千' || ch == '万';
            assertThat(ChineseNumbers.isNumeralChar(ch)).as("U+%04X", c).isEqualTo(before);
        }
    }

    /** The regex the hand-written {@link TextNormalizer#heights} replaced, and its replacement (as before). */
    private static final java.util.regex.Pattern HEIGHT = java.util.regex.Pattern.compile(
            "(?:(?<![0-9一二三四五六七八九十百.])[一1]\\s*(?:米|m)\\s*([一二三四五六七八九零〇]|[0-9])([一二三四五六七八九零〇]|[0-9](?![0-9]))?+(?!\\s*的?床))"
                    + "|(?:(?<![0-9.])1\\.([4-9][0-9]?)\\s*(?:米|m)(?![a-z]|\\s*的?床))");

    private static String heightsByRegex(String s) {
        java.util.regex.Matcher m = HEIGHT.matcher(s);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            int cm;
            if (m.group(1) != null) {
                int a = digitOf(m.group(1).charAt(0));
                int t = m.group(2) == null ? 0 : digitOf(m.group(2).charAt(0));
                cm = 100 + a * 10 + t;
            } else {
                String frac = m.group(3);
                cm = 100 + Integer.parseInt(frac.length() == 1 ? frac + "0" : frac);
            }
            b.append(s, last, m.start()).append(cm).append("cm");
            last = m.end();
        }
        return b.append(s, last, s.length()).toString();
    }

    private static int digitOf(char c) {
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumbers.digit(c);
    }

    /** Texts made densely of the characters the number passes look at (so that every corner case comes up often). */
    private static String dense(Random r) {
        return dense(r, ALPHABET);
    }

    /** The characters of heights only. */
    private static final String[] HEIGHT_ALPHABET = {"一", "1", "1", "一", "米", "m", " ", ".", "0", "4", "6", "9", "六", "零", "〇", "两", "十", "百",
            "a", "的", "1.", "1.6", "一米", "1m", "1米"};

    private static final String[] ALPHABET = {"一", "1", "米", "m", " ", "\t", ".", "0", "2", "4", "5", "6", "9", "六", "五", "零", "〇", "两", "幺", "十", "百", "千",
                "a", "z", "cm", "kg", "斤", "半", "公斤", "千克", "厘米", "公分", "块钱", "块", "元", "圆", "r", "rmb", "b", "号", "件", "个", "第",
                "身高", "体重", "预算", "链接", "号码", "尺码", "以内", "以", "小时", "小", "分钟", "ml", "毫升", "g", "#", "# ", "的", "，", "😂"};

    private static String dense(Random r, String[] alphabet) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(14);
        for (int j = 0; j < k; j++) b.append(alphabet[r.nextInt(alphabet.length)]);
        return b.toString();
    }

    @Test
    void should_replace_heights_as_the_regex_did() {
        Random r = new Random(32);
        int hits = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = dense(r, HEIGHT_ALPHABET);
            String expected = heightsByRegex(t);
            if (!expected.equals(t)) hits++;
            assertThat(new String(TextNormalizer.heights(t.toCharArray(), 0))).as(t).isEqualTo(expected);
        }
        assertThat(hits).isGreaterThan(20_000);
        assertThat(new String(TextNormalizer.heights("身高一米六五，1.7m,1米658,十一米六,1.65mm,1.659米,一 米 6".toCharArray(), 0)))
                .isEqualTo("身高165cm，170cm,160cm58,十一米六,1.65mm,1.659米,160cm");
    }

    @Test
    void should_rewrite_numbers_and_units_as_before_on_dense_texts() {
        Random r = new Random(34);
        int changed = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = dense(r);
            String expected = OldTextNormalizer.numbers(t);
            if (!expected.equals(t)) changed++;
            char[] a = t.toCharArray();
            assertThat(TextNormalizer.numbers(a, i % 2 == 0 ? t : null, TextNormalizer.scan(a))).as(t).isEqualTo(expected);
        }
        assertThat(changed).isGreaterThan(50_000);
    }

    /** The gate of the numeral pass as the old normalizer computed it (verbatim). */
    private static boolean oldCnGate(String s) {
        String unitStarts = "号件个斤公千块元米码岁天瓶盒双条套支包袋箱罐片粒次c厘毫m克g寸折层台部只位周月年小分以左上单份杯张本颗根把";
        String markerEnds = "第高重算接码";
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80 || !ChineseNumbers.isNumeralChar(c)) continue;
            boolean startOfRun = i == 0 || !ChineseNumbers.isNumeralChar(s.charAt(i - 1));
            if (startOfRun && i > 0 && markerEnds.indexOf(s.charAt(i - 1)) >= 0) return true;
            boolean endOfRun = i + 1 >= n || !ChineseNumbers.isNumeralChar(s.charAt(i + 1));
            if (endOfRun && i + 1 < n && unitStarts.indexOf(s.charAt(i + 1)) >= 0) return true;
        }
        return false;
    }

    @Test
    void should_class_every_character_as_the_old_gates_did() {
        for (int c = 0; c < 0x10000; c++) {
            char ch = (char) c;
            int f = TextNormalizer.scan(new char[] {ch}).flags;
            assertThat((f & TextNormalizer.NUMERAL) != 0).as("U+%04X", c).isEqualTo(ChineseNumbers.isNumeralChar(ch));
            assertThat((f & TextNormalizer.DIGIT) != 0).as("U+%04X", c).isEqualTo(ch >= '0' && ch <= '9');
            assertThat((f & TextNormalizer.HASH) != 0).as("U+%04X", c).isEqualTo(ch == '#');
            assertThat((f & TextNormalizer.MI) != 0).as("U+%04X", c).isEqualTo(ch == 'm' || ch == '米');
            assertThat((f & TextNormalizer.ONE) != 0).as("U+%04X", c).isEqualTo(ch == '1' || ch == '一');
            assertThat(f & TextNormalizer.CN_GATE).isZero();
        }
    }

    @Test
    void should_see_in_the_character_pass_what_a_scan_of_its_output_sees() throws IOException {
        List<String> real = RandomComments.realLines();
        Random r = new Random(35);
        int gates = 0, slang = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = i % 2 == 0 ? dense(r) : RandomComments.random(r, real);
            TextNormalizer.Seen seen = new TextNormalizer.Seen();
            char[] out = TextNormalizer.chars(t.toCharArray(), seen);
            assertThat(seen.toString()).as(t).isEqualTo(TextNormalizer.scan(out).toString());
            boolean gate = (seen.flags & TextNormalizer.CN_GATE) != 0;
            assertThat(gate).as(t).isEqualTo(oldCnGate(new String(out)));
            if (gate) gates++;
            if (seen.slangStarts > 0) slang++;
        }
        assertThat(gates).isGreaterThan(20_000);
        assertThat(slang).isGreaterThan(20_000);
    }

    @Test
    void should_replace_slang_as_before_with_few_and_many_places_it_can_start() {
        String[] alphabet = {"v", "x", "vx", "w", "加", "微", "多少", "多", "少", "米", "r", "有木有", "有", "木", "没得", "好多钱", "宝子", "们",
                "啥", "咋", "劵", "卷子", "yyds", "y", "nb", "a", "1", "一", "两", "件", "小黄车", "小", "黄车", "连接", "链接呢", "size", "码数",
                "+v", "私v", "q", "扣扣", "集美们", "集美", "主bo", "威♥", "，", " ", "Ｖ", "X", "個"};
        Random r = new Random(36);
        int many = 0, changed = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(i % 4 == 0 ? 30 : 10);
            for (int j = 0; j < k; j++) b.append(alphabet[r.nextInt(alphabet.length)]);
            String t = b.toString();
            TextNormalizer.Seen seen = new TextNormalizer.Seen();
            TextNormalizer.chars(t.toCharArray(), seen);
            if (seen.slangStarts > TextNormalizer.Seen.SLANG_AT) many++;
            String n = TextNormalizer.normalize(t);
            assertThat(n).as(t).isEqualTo(OldTextNormalizer.normalize(t));
            if (!n.equals(t)) changed++;
        }
        assertThat(many).isGreaterThan(20_000);
        assertThat(changed).isGreaterThan(100_000);
    }

    @Test
    void should_only_skip_the_wechat_regex_where_it_cannot_match() throws Exception {
        java.lang.reflect.Field f = PiiMasker.class.getDeclaredField("WECHAT_RE");
        f.setAccessible(true);
        java.util.regex.Pattern wechat = (java.util.regex.Pattern) f.get(null);
        List<String> real = RandomComments.realLines();
        String[] leads = {"", "微信", "威信", "薇信", "薇", "vx", "VX", "Vx", "v信", "V信", "wx", "WX", "wX", "加v", "加V", "加薇", "微", "v", "w"};
        Random r = new Random(33);
        int hits = 0;
        for (int i = 0; i < 100_000; i++) {
            String t = RandomComments.random(r, real) + leads[r.nextInt(leads.length)] + (r.nextBoolean() ? "号是 " : "") + "abc12345"
                    + RandomComments.random(r, real);
            if (i % 2 == 1) t = TextNormalizer.normalize(t);
            if (!wechat.matcher(t).find()) continue;
            hits++;
            assertThat(PiiMasker.mayBeWechat(t)).as(t).isTrue();
        }
        assertThat(hits).isGreaterThan(20_000);
    }

    @Test
    void should_normalize_and_mask_as_before() throws IOException {
        List<String> real = RandomComments.realLines();
        Random r = new Random(31);
        List<String> texts = new ArrayList<>(real);
        for (int i = 0; i < 150_000; i++) texts.add(RandomComments.random(r, real));
        texts.add(null);
        texts.add("");
        texts.add("   ");
        texts.add("\uD83D\uDE02".repeat(7) + "  ");
        texts.add("\uD83D");
        int changed = 0, masked = 0;
        for (String t : texts) {
            String n = TextNormalizer.normalize(t);
            assertThat(n).as("normalize(\"%s\")", t).isEqualTo(OldTextNormalizer.normalize(t));
            if (!n.equals(t)) changed++;
            String m = PiiMasker.mask(n);
            assertThat(m).as("mask(\"%s\")", n).isEqualTo(OldPiiMasker.mask(n));
            assertThat(PiiMasker.mask(t)).as("mask(\"%s\")", t).isEqualTo(OldPiiMasker.mask(t));
            if (!m.equals(n)) masked++;
        }
        assertThat(changed).isGreaterThan(75_000);
        assertThat(masked).isGreaterThan(10_000);
    }
}
