package io.livecopilot.nlp.entity;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The character checks before the bed-size and dozen regexes only skip texts the regexes cannot match: on random texts
 * made of their own words, {@link EntityRules#bedSize} and {@link EntityRules#dozens} answer as the plain regexes do.
 */
class EntityRulesGateTest {
    private static final String[] PIECES = {"1", "1.8", "1.5", "2", "2.0", "8", "米", "m", "M", "床", "的", " ", "\t", "\u3000", "打",
            "一", "两", "二", "三", "四", "五", "半", "3", "4", "6", "买", "要", "来", "拍", "了", "折", "电话", "开", "包", "卡", "好", "这个", "多少钱", "，", "要两打", "买 半打", "来1打", "1.8米床", "2米的床", "1米5床", "1.5m 床"};

    private static String random(Random r) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(10);
        for (int j = 0; j < k; j++) b.append(PIECES[r.nextInt(PIECES.length)]);
        return b.toString();
    }

    private static Pattern pattern(String name) throws Exception {
        Field f = EntityRules.class.getDeclaredField(name);
        f.setAccessible(true);
        return (Pattern) f.get(null);
    }

    @Test
    void should_find_bed_sizes_and_dozens_wherever_the_plain_regexes_match() throws Exception {
        Pattern bed = pattern("BED"), dozen = pattern("DOZEN");
        Random r = new Random(21);
        int beds = 0, dozens = 0;
        for (int i = 0; i < 200_000; i++) {
            String t = random(r);
            java.util.regex.Matcher b = bed.matcher(t);
            String expectedBed = null;
            if (b.find()) {
                beds++;
                String w = b.group(1);
                expectedBed = b.group(2) == null ? w + "米床" : w.indexOf('.') >= 0 ? null : w + "." + b.group(2) + "米床";
            }
            assertThat(EntityRules.bedSize(t)).as("\"%s\"", t).isEqualTo(expectedBed);
            java.util.regex.Matcher d = dozen.matcher(t);
            Integer expectedDozens = null;
            if (d.find()) {
                dozens++;
                char c = d.group(1).charAt(0);
                expectedDozens = c == '半' ? 6 : 12 * ("一1".indexOf(c) >= 0 ? 1 : "二两2".indexOf(c) >= 0 ? 2 : "三3".indexOf(c) >= 0 ? 3 : "四4".indexOf(c) >= 0 ? 4 : 5);
            }
            assertThat(EntityRules.dozens(t)).as("\"%s\"", t).isEqualTo(expectedDozens);
        }
        assertThat(beds).isGreaterThan(1_000);
        assertThat(dozens).isGreaterThan(1_000);
    }

    @Test
    void should_read_a_bed_size_and_a_dozen() {
        assertThat(EntityRules.bedSize("1.8米的床有吗")).isEqualTo("1.8米床");
        assertThat(EntityRules.bedSize("床很软")).isNull();
        assertThat(EntityRules.dozens("打开看看，要两打")).isEqualTo(24);
        assertThat(EntityRules.dozens("打折吗")).isNull();
    }
}
