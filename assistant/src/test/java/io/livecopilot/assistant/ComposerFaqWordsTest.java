package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.nlu.Intent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A question that restates a FAQ is answered by it, even when the FAQ's words look like another intent's ("褪色" has 色). */
class ComposerFaqWordsTest {
    private static final Product SHEET = sheet();

    private static Product sheet() {
        Catalog c = CatalogReader.readText("""
                {"shop": {"name": "棉舍"}, "products": [
                 {"id": "S1", "link_no": 3, "name": "纯棉床单", "category": "家纺", "price": "129.00", "stock": 40,
                  "variants": ["米白", "豆绿"], "attributes": {"面料": "100%棉"},
                  "faq": [{"q": "洗了褪色吗", "a": "活性染料，按洗标洗不褪色"}, {"q": "价格会再降吗", "a": "今天就是最低价"}]}]}
                """).catalog();
        return c.products().get(0);
    }

    @Test
    void should_answer_from_the_faq_when_a_colour_word_belongs_to_the_faq_question() {
        assertThat(Composer.asksAttributeInstead(Intent.ASK_VARIANT, "床单洗了褪色吗", SHEET)).isTrue();
    }

    @Test
    void should_keep_the_intent_when_its_own_word_is_not_the_faqs() {
        assertThat(Composer.asksAttributeInstead(Intent.ASK_VARIANT, "床单有什么颜色", SHEET)).isFalse();
        assertThat(Composer.asksAttributeInstead(Intent.ASK_VARIANT, "床单洗了褪色吗 有几种颜色", SHEET)).isFalse();
        assertThat(Composer.asksAttributeInstead(Intent.ASK_PRICE, "床单多少钱", SHEET)).isFalse();
        // price, discount and stock questions keep their live facts even when they restate a FAQ
        assertThat(Composer.asksAttributeInstead(Intent.ASK_PRICE, "床单价格会再降吗", SHEET)).isFalse();
    }
}
