package io.livecopilot.nlp;

import io.livecopilot.nlp.adlaw.FastPattern;
import io.livecopilot.nlp.entity.EntityExtractor;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entity extractor's regexes are tried only where a match can start ({@link FastPattern}) and the masker's address
 * regex only after a pre-check: on 20,000–60,000 random comments made of the words the patterns look for, every match is the
 * same as the plain regex's, and the pre-check never refuses a text the address regex matches.
 */
class FastPatternsTest {
    private static final String[] PIECES = {"号", "链接", "第", "link", "l", "1", "2", "3", "0", "9", "12", "160", "100", "55.5", "码", "xl",
            "2xl", "xs", "s", "m", "x", "×", "*", "拍", "买了", "要", "来", "下单", "抢", "件", "个", "瓶", "元", "块", "以内", "左右", "封顶",
            "预算", "是", "不超过", "体重", "身高", "高", "cm", "kg", "斤", " ", "，", ".", "/", "均码", "大码", "特大号", "free size",
            "one size", "穿", "合适", "偏大", "胖", "路", "街", "小区", "88", "号楼", "栋", "单元", "座", "一", "二", "十", "胡同", "村",
            "新村", "家园", "发", "到", "前", "a", "色", "北京市", "朝阳区", "建国路", "省", "市", "区", "\t", "好", "吗", "多少钱"};

    private static List<String> comments(int n, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder b = new StringBuilder();
            int k = r.nextInt(14);
            for (int j = 0; j < k; j++) b.append(PIECES[r.nextInt(PIECES.length)]);
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> matches(FastPattern.Scanner s) {
        List<String> out = new ArrayList<>();
        while (s.find()) out.add(s.start() + "-" + s.end() + ":" + s.group());
        return out;
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) out.add(m.start() + "-" + m.end() + ":" + m.group());
        return out;
    }

    @Test
    void should_find_the_same_matches_as_the_plain_regexes_of_the_entity_extractor() throws Exception {
        List<String> texts = comments(20_000, 11);
        int patterns = 0, found = 0;
        List<Field> fields = new ArrayList<>(List.of(EntityExtractor.class.getDeclaredFields()));
        fields.addAll(List.of(io.livecopilot.nlp.entity.EntityPatterns.class.getDeclaredFields()));
        for (Field f : fields) {
            if (f.getType() != FastPattern.class || !Modifier.isStatic(f.getModifiers())) continue;
            f.setAccessible(true);
            FastPattern fp = (FastPattern) f.get(null);
            Pattern plain = fp.plain();
            patterns++;
            for (String t : texts) {
                List<String> expected = matches(plain.matcher(t));
                assertThat(matches(fp.matcher(t))).as("%s on \"%s\"", f.getName(), t).isEqualTo(expected);
                found += expected.size();
            }
        }
        assertThat(patterns).isGreaterThanOrEqualTo(9);
        assertThat(found).as("the random comments must contain matches to compare").isGreaterThan(20_000);
    }

    @Test
    void should_never_skip_an_address_the_address_regex_would_mask() throws Exception {
        Field f = PiiMasker.class.getDeclaredField("ADDRESS_RE");
        f.setAccessible(true);
        Pattern address = (Pattern) f.get(null);
        int addresses = 0;
        for (String t : comments(60_000, 12)) {
            boolean matches = address.matcher(t).find();
            if (matches) {
                addresses++;
                assertThat(PiiMasker.mayBeAddress(t)).as(t).isTrue();
            }
        }
        assertThat(addresses).isGreaterThan(100);
        assertThat(PiiMasker.mask("一下小区里有没有快递柜")).isEqualTo("一下小区里有没有快递柜");
        assertThat(PiiMasker.mask("寄到北京市朝阳区建国路88号3栋")).isEqualTo("寄到[地址]");
    }
}
