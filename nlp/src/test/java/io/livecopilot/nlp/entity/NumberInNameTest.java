package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number inside a product's name (20000mAh, 500ml, 2024新款) names that product only as the whole number with its
 * unit or with more of the name around it; a budget, a sum or a bare number in a comment picks no product.
 */
class NumberInNameTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "数字测试店"},
             "products": [
              {"id": "N01", "link_no": 1, "name": "迷你18W快充移动电源20000mAh", "aliases": ["移动电源"], "price": "99"},
              {"id": "N02", "link_no": 2, "name": "天然苏打水500ml", "aliases": ["苏打水"], "price": "39"},
              {"id": "N03", "link_no": 3, "name": "2024新款加厚摇粒绒外套", "aliases": ["摇粒绒外套"], "price": "159"},
              {"id": "N04", "link_no": 4, "name": "手工红糖1000g", "aliases": ["红糖"], "price": "29"}
             ]}""").catalog();

    private static Map<String, Object> entities(String comment) {
        return new EntityExtractor().extract(PiiMasker.mask(TextNormalizer.normalize(comment)), CATALOG, null).toMap();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // budgets, sums and bare numbers: digits of a name are no mention of it
            "预算200以内有推荐的吗|{budget=200}",
            "100以内的有没有|{budget=100}",
            "我卡里就20000块|{}",
            "2000|{}",
            "000|{}",
            "一千以下的有吗|{budget=1000}",
            "18的有吗|{}",
            "500块能买几个|{}",
            "2024年还会上新吗|{}",
            // a number cut out of the name's number is none either
            "8w的充得快吗|{}",
            // the whole number with its unit, or with more of the name, names the product
            "20000mah的还有吗|{product=N01}",
            "18w快充的多少钱|{product=N01}",
            "500ml的有吗|{product=N02}",
            "1000g的多少钱|{product=N04}",
            "2024新款还有黑色吗|{product=N03, color=黑色}",
            "移动电源20000能带上飞机吗|{product=N01}",
    })
    void should_take_a_number_for_a_product_only_as_that_products_mention(String comment, String expected) {
        assertThat(entities(comment).toString()).isEqualTo(expected);
    }

    @Test
    void should_agree_with_the_reference_extractor_on_these_comments() {
        for (String c : new String[] {"100以内的有没有", "我卡里就20000块", "20000mah的还有吗", "500ml的有吗", "000"}) {
            String text = PiiMasker.mask(TextNormalizer.normalize(c));
            assertThat(new EntityExtractor().extract(text, CATALOG, null))
                    .as(c).isEqualTo(new OldEntityExtractor().extract(text, CATALOG, null));
        }
    }
}
