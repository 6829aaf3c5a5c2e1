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

    @Test
    void should_only_skip_the_height_regex_where_it_cannot_match() throws Exception {
        java.lang.reflect.Field f = TextNormalizer.class.getDeclaredField("HEIGHT");
        f.setAccessible(true);
        java.util.regex.Pattern height = (java.util.regex.Pattern) f.get(null);
        List<String> real = RandomComments.realLines();
        Random r = new Random(32);
        int hits = 0;
        for (int i = 0; i < 100_000; i++) {
            String t = RandomComments.random(r, real) + (i % 3 == 0 ? "1.7m" : i % 3 == 1 ? "一 米六" : "");
            if (!height.matcher(t).find()) continue;
            hits++;
            assertThat(TextNormalizer.mayBeHeight(t.toCharArray())).as(t).isTrue();
        }
        assertThat(hits).isGreaterThan(10_000);
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
