package io.livecopilot.nlp;

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
            assertThat(new String(TextNormalizer.heights(t.toCharArray()))).as(t).isEqualTo(expected);
        }
        assertThat(hits).isGreaterThan(20_000);
        assertThat(new String(TextNormalizer.heights("身高一米六五，1.7m,1米658,十一米六,1.65mm,1.659米,一 米 6".toCharArray())))
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
            assertThat(TextNormalizer.numbers(t.toCharArray(), i % 2 == 0 ? t : null)).as(t).isEqualTo(expected);
        }
        assertThat(changed).isGreaterThan(50_000);
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
