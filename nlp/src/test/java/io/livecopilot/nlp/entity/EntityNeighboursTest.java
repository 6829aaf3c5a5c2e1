package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entities told apart by their neighbours (normalizer and extractor together, on a catalog written for this test):
 * a catalog name cut out of a longer number, bed sizes, product types counted in their names, unit prices, dozens,
 * patterns against colours, keycap digits, shade numbers, spec weights, regions inside product names.
 */
class EntityNeighboursTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "邻居测试店"},
             "products": [
              {"id": "Q01", "link_no": 1, "name": "豆腐猫砂6kg", "aliases": ["猫砂"], "price": "39", "variants": ["6kg装"]},
              {"id": "Q02", "link_no": 2, "name": "天丝凉席三件套", "aliases": ["凉席"], "price": "129", "variants": ["冰川蓝", "象牙白"],
               "sizes": [{"size": "1.5米床"}, {"size": "1.8米床"}]},
              {"id": "Q03", "link_no": 3, "name": "复古格子衬衫", "aliases": ["格子衬衫"], "price": "89", "variants": ["卡其", "藏青"]},
              {"id": "Q04", "link_no": 4, "name": "云南普洱茶饼", "aliases": ["普洱茶"], "price": "25"},
              {"id": "Q05", "link_no": 5, "name": "大地色眼影盘", "aliases": ["眼影"], "price": "99", "variants": ["#03焦糖", "#07砖红"]},
              {"id": "Q06", "link_no": 6, "name": "加绒防滑手套", "aliases": ["手套"], "price": "19"}
             ]}""").catalog();

    private static Map<String, Object> entities(String comment) {
        return all(comment).toMap();
    }

    private static Entities all(String comment) {
        return new EntityExtractor().extract(PiiMasker.mask(TextNormalizer.normalize(comment)), CATALOG, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a weight ending in 6kg is no "6kg" of the litter's name
            "身高170 112斤穿L吗|{size=L, height_cm=170, weight_kg=56}",
            "我一米七 96公斤|{height_cm=170, weight_kg=96}",
            "156 46kg|{height_cm=156, weight_kg=46}",
            // the litter's own 6kg names it, and is no body weight
            "6kg的还有吗|{product=Q01}",
            // bed widths are sizes, not heights; 三件套 is a product type, not a quantity
            "凉席1.8米床还有吗|{product=Q02, size=1.8米床}",
            "三件套1.5米的床能用吗|{product=Q02, size=1.5米床}",
            "凉席三件套拍两套|{product=Q02, quantity=2}",
            // measure words and dozens
            "手套拍三副|{product=Q06, quantity=3}",
            "手套要一打|{product=Q06, quantity=12}",
            "来半打|{quantity=6}",
            "猫砂多少钱一袋|{product=Q01}",
            // a pattern is no colour; the colour word present wins
            "格子衬衫有卡其色吗|{product=Q03, color=卡其色}",
            "小格子的那件多少钱|{product=Q03}",
            // keycap and circled digits are link numbers; a zero-led shade number is not
            "5️⃣号链接在哪|{link_no=5, product=Q05}",
            "②号还有吗|{link_no=2, product=Q02}",
            "眼影#03显黑吗|{product=Q05}",
            "#6 还有吗|{link_no=6, product=Q06}",
            // a region inside a product name is no destination; one outside it is
            "云南普洱茶饼多少钱|{product=Q04}",
            "云南普洱茶饼能寄到云南吗|{product=Q04, region=云南}",
    })
    void should_tell_entities_apart_by_their_neighbours(String comment, String expected) {
        assertThat(entities(comment).toString()).isEqualTo(expected);
    }

    @Test
    void should_keep_every_product_of_a_comparison() {
        Entities e = all("1号和4号哪个划算");
        assertThat(e.linkNo()).isEqualTo(1);
        assertThat(e.products()).containsExactly("Q01", "Q04");
    }

    @Test
    void should_read_money_after_mi_still_but_not_a_bed_width() {
        assertThat(TextNormalizer.normalize("2米床的多少米")).isEqualTo("2米床的多少钱");
        assertThat(TextNormalizer.normalize("凉席39米包邮吗")).isEqualTo("凉席39元包邮吗");
        assertThat(TextNormalizer.normalize("1.8米床")).isEqualTo("1.8米床");
        assertThat(TextNormalizer.normalize("一米八 一百四十斤")).isEqualTo("180cm 70kg");
    }

    @Test
    void should_find_the_rules_only_where_their_neighbours_say_so() {
        assertThat(EntityRules.cutsNumber("45kg", 1, 4)).isTrue();
        assertThat(EntityRules.cutsNumber("5kg的", 0, 3)).isFalse();
        assertThat(EntityRules.cutsNumber("12号", 1, 3)).isTrue();
        assertThat(EntityRules.dozens("打一打折")).isNull();
        assertThat(EntityRules.dozens("买两打")).isEqualTo(24);
        assertThat(EntityRules.bedSize("1.5米8的床")).isNull();
        assertThat(EntityRules.bedSize("床头柜")).isNull();
        assertThat(EntityRules.bodyWeight("孩子20kg穿多大", 20, null)).isTrue();
        assertThat(EntityRules.bodyWeight("20kg的有吗", 20, null)).isFalse();
        assertThat(EntityRules.bodyWeight("26kg", 26, null)).isTrue();
        assertThat(EntityRules.bodyWeight("26 kg呀～", 26, null)).isTrue();
        assertThat(EntityRules.bodyWeight("5kg装", 5, null)).isFalse();
        assertThat(EntityRules.insideName("新疆棉被发新疆吗", 0, 2, List.of("新疆棉被"))).isTrue();
        assertThat(EntityRules.insideName("新疆棉被发新疆吗", 5, 7, List.of("新疆棉被"))).isFalse();
    }
}
