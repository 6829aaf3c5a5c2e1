package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities a comment gives without their usual marks: a size of the product's chart written as a bare number ("浅灰31")
 * or a letter label the normalizer rewrites (NB), counts with the measure words 根/张/把/本/个, a budget or a weight
 * said in Chinese numerals without a unit, a variant as the catalog spells it; and numbers that are none of these
 * (a price per unit asked, "3个颜色"). The reference extractor ({@link OldEntityExtractor}) follows the same rules.
 */
class ChartSizeAndCountTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "规则测试店"},
             "products": [
              {"id": "J1", "link_no": 2, "name": "高腰阔腿牛仔裤", "aliases": ["牛仔裤"], "price": "139",
               "variants": ["浅灰", "深蓝"], "sizes": [{"size": "28"}, {"size": "29"}, {"size": "30"}, {"size": "31"}, {"size": "32"}]},
              {"id": "C1", "link_no": 4, "name": "幼儿学步鞋", "aliases": ["学步鞋"], "price": "99",
               "sizes": [{"size": "21码"}, {"size": "22码"}, {"size": "23码"}]},
              {"id": "D1", "link_no": 6, "name": "新生儿纸尿片", "aliases": ["纸尿片"], "price": "79",
               "sizes": [{"size": "NB", "weight_kg": [2, 5]}, {"size": "S", "weight_kg": [4, 8]}]},
              {"id": "R1", "link_no": 7, "name": "儿童花式跳绳", "aliases": ["跳绳"], "price": "19.9", "variants": ["粉色", "天蓝"]},
              {"id": "P1", "link_no": 8, "name": "平板保护套", "aliases": ["保护套"], "price": "59", "variants": ["iPad10代", "iPadAir5"]}
             ]}""").catalog();

    private static Map<String, Object> entities(String comment) {
        return entities(comment, null);
    }

    private static Map<String, Object> entities(String comment, String onShow) {
        String text = PiiMasker.mask(TextNormalizer.normalize(comment));
        Map<String, Object> now = new EntityExtractor().extract(text, CATALOG, onShow).toMap();
        String old = PiiMasker.mask(io.livecopilot.nlp.OldTextNormalizer.normalize(comment));
        assertThat(now).as("the reference extractor on %s", comment).isEqualTo(new OldEntityExtractor().extract(old, CATALOG, onShow).toMap());
        return now;
    }

    @Test
    void should_read_a_bare_number_of_the_chart_as_the_size() {
        assertThat(entities("2号浅灰31")).containsEntry("size", "31码").containsEntry("color", "浅灰");
        assertThat(entities("牛仔裤要深蓝 30 的")).containsEntry("size", "30码");
        assertThat(entities("学步鞋22的还有吗")).containsEntry("size", "22码");
        assertThat(entities("想拿这条29", "J1")).containsEntry("size", "29码");
    }

    @Test
    void should_not_read_other_numbers_as_a_chart_size() {
        assertThat(entities("牛仔裤30块能卖吗")).doesNotContainKey("size");
        assertThat(entities("牛仔裤30以内的")).doesNotContainKey("size");
        assertThat(entities("牛仔裤体重30")).doesNotContainKey("size");
        assertThat(entities("跳绳29有吗")).doesNotContainKey("size"); // no chart
        assertThat(entities("阔腿裤拿33行不行")).doesNotContainKey("size"); // not on the chart
    }

    @Test
    void should_read_a_letter_label_the_normalizer_rewrites_only_with_its_mark() {
        assertThat(entities("纸尿片要nb码的")).containsEntry("size", "NB");
        assertThat(entities("纸尿片挑NB号")).containsEntry("size", "NB");
        assertThat(entities("主播真nb")).doesNotContainKey("size");
    }

    @Test
    void should_count_with_more_measure_words() {
        assertThat(entities("跳绳粉色三根")).containsEntry("quantity", 3);
        assertThat(entities("贴纸来了两张够不够")).containsEntry("quantity", 2);
        assertThat(entities("跳绳天蓝两个")).containsEntry("quantity", 2);
        assertThat(entities("跳绳有3个颜色吗")).doesNotContainKey("quantity");
        assertThat(entities("五十块左右帮我挑一个")).doesNotContainKey("quantity");
        assertThat(entities("跳绳要1个")).containsEntry("quantity", 1);
    }

    @Test
    void should_not_count_the_one_unit_a_measure_is_asked_of() {
        assertThat(entities("纸尿片多少片一包")).doesNotContainKey("quantity");
        assertThat(entities("一盒几颗呀")).doesNotContainKey("quantity");
        assertThat(entities("拍1件几号能到")).containsEntry("quantity", 1);
    }

    @Test
    void should_read_a_budget_and_a_weight_in_chinese_numerals_without_a_unit() {
        assertThat(entities("最多两百的有推荐吗")).containsEntry("budget", new BigInteger("200"));
        assertThat(entities("想找个价位不超过八十的")).containsEntry("budget", new BigInteger("80"));
        assertThat(entities("女儿一米五八，八十五")).containsEntry("height_cm", 158).containsEntry("weight_kg", 42.5);
        assertThat(entities("老公一米八二 七十二")).containsEntry("height_cm", 182).containsEntry("weight_kg", 72L);
        assertThat(entities("个头一米五五 就一百来斤吧")).doesNotContainKey("weight_kg"); // no number to read
    }

    @Test
    void should_give_a_variant_as_the_catalog_spells_it() {
        assertThat(entities("保护套ipad10代的有吗")).containsEntry("color", "iPad10代");
        assertThat(entities("IPADAIR5的呢")).containsEntry("color", "iPadAir5");
    }

    @Test
    void should_keep_the_rules_on_random_mixes_of_their_words() {
        String[] words = {"牛仔裤", "2号", "浅灰", "31", "30", "的", "有吗", "两根", "三张", "个", "多少", "一包", "几片", "nb", "码",
                "一米六", "九十", "不超过", "最多", "两百", "ipad10代", " ", "跳绳", "块", "以内"};
        java.util.Random r = new java.util.Random(11);
        for (int i = 0; i < 1000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0, n = 1 + r.nextInt(6); k < n; k++) sb.append(words[r.nextInt(words.length)]);
            entities(sb.toString(), r.nextBoolean() ? "J1" : null); // asserts the reference extractor agrees
        }
    }
}
