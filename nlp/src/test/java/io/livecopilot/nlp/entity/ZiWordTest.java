package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The everyday "X子" word of a thing a name holds (椅子 for 露营椅) names the product, when no other product gives it. */
class ZiWordTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "子字测试店"},
             "products": [
              {"id": "C1", "link_no": 3, "name": "便携折叠钓鱼椅", "price": "69"},
              {"id": "M1", "link_no": 4, "name": "316不锈钢保温杯500ml", "price": "59"},
              {"id": "M2", "link_no": 5, "name": "儿童吸管水杯", "price": "39"},
              {"id": "N1", "link_no": 6, "name": "S925银锁骨项链", "price": "129"}
             ]}""").catalog();

    private static Map<String, Object> entities(String comment) {
        return new EntityExtractor().extract(PiiMasker.mask(TextNormalizer.normalize(comment)), CATALOG, null).toMap();
    }

    @Test
    void should_resolve_the_zi_word_of_one_products_name() {
        assertThat(entities("椅子能承重多少")).containsEntry("product", "C1");
        assertThat(entities("链子会不会掉色")).containsEntry("product", "N1");
    }

    @Test
    void should_resolve_a_category_that_one_product_has() {
        Catalog c = CatalogReader.readText("""
                {"shop": {"name": "类目测试店"},
                 "products": [
                  {"id": "T1", "link_no": 1, "name": "云南普洱熟茶饼357g", "category": "茶叶", "price": "128"},
                  {"id": "K1", "link_no": 2, "name": "羊羔毛外套", "category": "女装", "price": "259"},
                  {"id": "K2", "link_no": 3, "name": "高腰阔腿裤", "category": "女装", "price": "129"}
                 ]}""").catalog();
        assertThat(new EntityExtractor().extract(TextNormalizer.normalize("茶叶有运费险吗"), c, null).toMap()).containsEntry("product", "T1");
        assertThat(new EntityExtractor().extract(TextNormalizer.normalize("女装有优惠吗"), c, null).toMap()).doesNotContainKey("product");
    }

    @Test
    void should_not_resolve_a_zi_word_that_two_products_give() {
        assertThat(entities("杯子多少钱")).doesNotContainKey("product");
    }

    @Test
    void should_list_only_the_zi_words_a_name_does_not_already_hold() {
        assertThat(EntityRules.ziWords("户外折叠露营椅")).containsExactly("椅子");
        assertThat(EntityRules.ziWords("碎花裙子")).isEmpty();
        assertThat(EntityRules.ziWords("有机大米5kg")).isEmpty();
    }
}
