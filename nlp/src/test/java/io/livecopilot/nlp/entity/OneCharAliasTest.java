package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A one-character alias the catalog gives ("刀") names its product; a one-character Latin alias does not. */
class OneCharAliasTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "别名测试店"},
             "products": [
              {"id": "K1", "link_no": 2, "name": "德式不锈钢厨房刀具五件套", "aliases": ["刀"], "price": "199"},
              {"id": "B1", "link_no": 5, "name": "宝宝玻璃奶瓶240ml", "aliases": ["B", "瓶"], "price": "89"}
             ]}""").catalog();

    private static Map<String, Object> entities(String comment) {
        return new EntityExtractor().extract(PiiMasker.mask(TextNormalizer.normalize(comment)), CATALOG, null).toMap();
    }

    @Test
    void should_resolve_a_chinese_one_character_alias() {
        assertThat(entities("刀能退吗")).containsEntry("product", "K1");
        assertThat(entities("那个刀保修多久")).containsEntry("product", "K1");
        assertThat(entities("瓶能消毒吗")).containsEntry("product", "B1");
    }

    @Test
    void should_not_resolve_a_latin_one_character_alias() {
        assertThat(entities("B站看到的")).doesNotContainKey("product");
    }
}
