package io.livecopilot.assistant;

import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.Product;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Questions about a measure or a part of a product find the attribute that holds it, whatever the key is called. */
class FactMatchMeasureTest {
    private static final Product P = CatalogReader.readText("""
            {"shop": {"name": "测试店"}, "products": [{"id": "X1", "link_no": 4, "name": "加绒直筒牛仔裤", "category": "服装", "price": 99,
             "stock": 10, "attributes": {"面料": "98%棉", "裤长": "约100cm", "鞋跟": "约3cm", "填充物": "90%白鸭绒", "pH": "弱酸性 5.5",
             "净重": "500g", "包含": "上衣+裤子"}}]}""").catalog().products().get(0);

    private static List<String> keys(String q) {
        return FactMatch.attributes(P, q, 1);
    }

    @Test
    void should_find_the_attribute_of_a_measure_asked() {
        assertThat(keys("4号裤子多长啊")).containsExactly("裤长");
        assertThat(keys("裤长是多少")).containsExactly("裤长");
        assertThat(keys("鞋跟多高")).containsExactly("鞋跟");
        assertThat(keys("这条长度怎么样")).containsExactly("裤长");
        assertThat((int) FactMatch.dimensionAsked("颜色好看吗")).isZero();
    }

    @Test
    void should_find_attributes_asked_in_other_words() {
        assertThat(keys("里面填的什么")).containsExactly("填充物");
        assertThat(keys("酸碱度多少")).containsExactly("pH");
        assertThat(keys("净重多少")).containsExactly("净重");
        assertThat(keys("套装包括什么")).containsExactly("包含");
    }
}
