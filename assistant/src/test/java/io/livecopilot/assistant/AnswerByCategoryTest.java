package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.BuiltinUnderstander;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions whose answer was lost to a wrong route or a weaker fact, by kind: a product and 多少 alone (a price), a
 * measure asked with 多高/多长 that the classifier took for a complaint, a material asked by one character (什么钢),
 * a FAQ the question restates against the size chart or the after-sale policy, and measures given after a question
 * about a product without a chart.
 */
class AnswerByCategoryTest {
    private static final Catalog CATALOG = CatalogReader.readText("""
            {"shop": {"name": "分类测试店", "shipping": {"courier": "韵达", "ships_within_hours": 48, "free_shipping": true},
                      "aftersale": {"returns_days": 7, "freight_insurance": true}},
             "products": [
              {"id": "K1", "link_no": 1, "name": "恒温电热水壶1.7L", "aliases": ["热水壶", "水壶", "壶"], "price": "129",
               "stock": 30, "attributes": {"内胆": "食品级304不锈钢", "壶身高度": "24厘米", "功率": "1800W", "容量": "1.7升"},
               "faq": [{"q": "第一次用要注意什么", "a": "先烧两壶水倒掉再正常使用"}]},
              {"id": "K2", "link_no": 2, "name": "儿童卡通雨靴", "aliases": ["雨靴"], "price": "69", "stock": 80,
               "sizes": [{"size": "26"}, {"size": "27"}, {"size": "28"}, {"size": "29"}],
               "faq": [{"q": "鞋码标准吗", "a": "鞋码标准，脚背高的小朋友拍大一码"}]},
              {"id": "K3", "link_no": 3, "name": "鲜活基围虾1kg", "aliases": ["基围虾", "虾"], "price": "88", "stock": 50,
               "faq": [{"q": "收到死掉了怎么办", "a": "收货当天拍照给客服，按死虾重量退款"}],
               "aftersale": {"returns_days": 0, "freight_insurance": false}},
              {"id": "K4", "link_no": 4, "name": "男士连帽卫衣", "aliases": ["卫衣"], "price": "159", "stock": 40,
               "sizes": [{"size": "M", "height_cm": [160, 170], "weight_kg": [50, 62]},
                         {"size": "L", "height_cm": [171, 178], "weight_kg": [63, 72]},
                         {"size": "XL", "height_cm": [179, 186], "weight_kg": [73, 85]}]},
              {"id": "K5", "link_no": 5, "name": "每日混合坚果", "aliases": ["坚果"], "price": "59", "stock": 200,
               "attributes": {"口感": "微甜酥脆", "规格": "25克×30包"}}
             ]}""").catalog();
    private static final KnowledgeBase KB = new KnowledgeBase(CATALOG);

    private static Product p(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    /** An understander that reads every comment as {@code intent} and names the product whose alias it holds. */
    private static CommentUnderstander reading(Intent intent) {
        return (text, catalog, show) -> {
            String id = null;
            for (Product x : catalog.products()) for (String n : x.names()) if (n.length() >= 2 && text.contains(n) && id == null) id = x.id();
            Entities e = id == null ? Entities.NONE : new Entities(null, id, List.of(id), null, null, null, null, null, null, null);
            return new Understanding(text, intent, 0.45, e, Sentiment.NEUTRAL, 0.5);
        };
    }

    private static AskResult ask(Intent read, String text) {
        return LiveAssistant.builder().catalog(CATALOG).understander(reading(read)).build().ask(text, "v1", null);
    }

    private static Draft compose(Intent intent, String text, Product p) {
        return new Composer(KB, new LiveCoupons(CATALOG)).compose(new Composer.Turn(intent, text, Entities.NONE, p, new ViewerMemory(), null, false, false));
    }

    @Test
    void should_answer_a_product_and_多少_alone_with_its_price() {
        AskResult r = ask(Intent.ASK_USAGE, "热水壶多少呀");
        assertThat(r.intent()).isEqualTo("ask_price");
        assertThat(r.reply()).isEqualTo("1号恒温电热水壶1.7L直播价129元（AI回复）");
        assertThat(r.sources()).containsExactly("K1.price");
        assertThat(ask(Intent.ASK_STOCK, "热水壶还剩多少").intent()).isEqualTo("ask_stock");
        assertThat(ask(Intent.ASK_USAGE, "热水壶一次烧多少").intent()).isEqualTo("ask_usage");
    }

    @Test
    void should_answer_how_tall_from_the_attribute_when_the_classifier_read_a_complaint() {
        AskResult r = ask(Intent.COMPLAINT, "热水壶有多高");
        assertThat(r.intent()).isEqualTo("ask_spec");
        assertThat(r.reply()).isEqualTo("1号恒温电热水壶1.7L的壶身高度：24厘米（AI回复）");
        assertThat(r.sources()).containsExactly("K1.attributes.壶身高度");
        assertThat(ask(Intent.COMPLAINT, "热水壶等了多长时间都没到").intent()).isEqualTo("complaint");
        assertThat(ask(Intent.COMPLAINT, "热水壶高度不对").intent()).isEqualTo("complaint");
    }

    @Test
    void should_find_the_attribute_by_the_character_asked_after_什么() {
        assertThat(FactMatch.attributes(p("K1"), "壶里面是什么钢", 1)).containsExactly("内胆");
        assertThat(FactMatch.attributes(p("K1"), "这壶啥钢的呀", 1)).containsExactly("内胆");
        assertThat((int) FactMatch.headAsked("什么时候能到")).isZero();
        assertThat((int) FactMatch.headAsked("什么钢做的")).isEqualTo((int) '钢');
    }

    @Test
    void should_find_the_attribute_of_how_big_how_much_it_holds_and_an_either_or_quality() {
        assertThat(FactMatch.attributes(p("K5"), "坚果一包有多大", 1)).containsExactly("规格");
        assertThat(FactMatch.attributes(p("K1"), "水壶一次能装多少水", 1)).containsExactly("容量");
        assertThat(FactMatch.attributes(p("K5"), "坚果吃着甜不甜", 1)).containsExactly("口感");
        assertThat(FactMatch.attributes(p("K5"), "坚果行不行", 1)).isEmpty();
        assertThat(FactMatch.attributes(p("K5"), "穿多大", 1)).isEmpty();
    }

    @Test
    void should_answer_a_size_question_with_the_faq_it_restates_before_the_chart() {
        Draft d = compose(Intent.ASK_SIZE, "雨靴鞋码标准吗", p("K2"));
        assertThat(d.text()).isEqualTo("鞋码标准，脚背高的小朋友拍大一码；2号儿童卡通雨靴有26/27/28/29码");
        assertThat(d.sources()).containsExactly("K2.faq[0]", "K2.sizes");
        assertThat(compose(Intent.ASK_SIZE, "雨靴有哪些码", p("K2")).text()).isEqualTo("2号儿童卡通雨靴有26/27/28/29码");
    }

    @Test
    void should_answer_an_aftersale_question_with_the_faq_it_restates_and_the_policy() {
        Draft d = compose(Intent.ASK_AFTERSALE, "虾收到死掉了怎么办", p("K3"));
        assertThat(d.text()).isEqualTo("收货当天拍照给客服，按死虾重量退款；3号鲜活基围虾1kg这款不支持无理由退换，没有运费险");
        assertThat(d.sources()).containsExactly("K3.faq[0]", "K3.aftersale");
        assertThat(compose(Intent.ASK_AFTERSALE, "基围虾不想要了可以退货不", p("K3")).sources()).containsExactly("K3.aftersale");
    }

    @Test
    void should_size_the_product_with_a_chart_asked_before_when_measures_follow_another_product() {
        LiveAssistant a = LiveAssistant.builder().catalog(CATALOG).understander(BuiltinUnderstander.load((java.nio.file.Path) null)).build();
        a.ask("卫衣今天什么价位", "v2", null);
        a.ask("坚果是独立小包装吗", "v2", null);
        AskResult r = a.ask("我175cm，体重136斤，穿多大合适", "v2", null);
        assertThat(r.reply()).isEqualTo("4号男士连帽卫衣按身高体重建议拍L码（AI回复）");
        assertThat(r.sources()).containsExactly("K4.sizes");
    }
}
