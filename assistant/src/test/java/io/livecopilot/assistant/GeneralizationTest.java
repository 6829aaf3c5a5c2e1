package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers on a catalog unlike the test catalog: size labels with their own unit (码, 米床), promotions whose wording
 * needs several units, warranty questions, attributes asked by part of their name, their value's unit or a synonym,
 * shipping to a named place whatever the classifier said, fake offers and follow-up size questions.
 */
class GeneralizationTest {
    private static final Catalog CATALOG = catalog();
    private static final KnowledgeBase KB = new KnowledgeBase(CATALOG);

    private static Catalog catalog() {
        ImportResult r = CatalogReader.readText(Fixtures.resource("/generalization-catalog.json"));
        if (!r.rejected().isEmpty()) throw new IllegalStateException("catalog rejected: " + r.rejected());
        return r.catalog();
    }

    private static Product p(String id) {
        return CATALOG.byId(id).orElseThrow();
    }

    private static Entities size(String size, Integer height) {
        return new Entities(null, null, List.of(), size, null, height, null, null, null, null);
    }

    private static Draft compose(Intent intent, String text, Entities e, Product p, ViewerMemory vm) {
        return new Composer(KB, new LiveCoupons(CATALOG)).compose(new Composer.Turn(intent, text, e, p, vm, null, false, false));
    }

    private static LiveAssistant assistant() {
        return LiveAssistant.builder().catalog(CATALOG).understander(new KeywordUnderstander()).build();
    }

    // ---- sizes with a unit of their own ------------------------------------------------------------------------

    @Test
    void should_say_a_shoe_size_label_is_there_without_doubling_its_unit() {
        Draft d = compose(Intent.ASK_SIZE, "登山靴41码还有吗", size("41码", null), p("G01"), new ViewerMemory());
        assertThat(d.text()).isEqualTo("1号防滑登山靴有41码");
        assertThat(d.sources()).containsExactly("G01.sizes");
    }

    @Test
    void should_answer_the_size_named_even_when_height_and_weight_are_remembered() {
        ViewerMemory vm = new ViewerMemory();
        vm.heightCm = 172;
        vm.weightKg = 65.0;
        Draft d = compose(Intent.ASK_SIZE, "登山靴有39码吗", size("39码", null), p("G01"), vm);
        assertThat(d.text()).isEqualTo("1号防滑登山靴有39码");
        assertThat(d.text()).doesNotContain("码码").doesNotContain("建议");
    }

    @Test
    void should_deny_a_shoe_size_off_the_chart_and_list_the_sizes_once() {
        Draft d = compose(Intent.ASK_SIZE, "登山靴有45码吗", size("45码", null), p("G01"), new ViewerMemory());
        assertThat(d.text()).isEqualTo("1号防滑登山靴没有45码，有38码/39码/40码/41码/42码/43码");
    }

    @Test
    void should_list_the_sizes_when_a_chart_has_no_heights_instead_of_recommending_by_measures() {
        Draft d = compose(Intent.ASK_SIZE, "我175穿登山靴什么码", size(null, 175), p("G01"), new ViewerMemory());
        assertThat(d.text()).isEqualTo("1号防滑登山靴有38码/39码/40码/41码/42码/43码");
    }

    @Test
    void should_read_a_bed_size_as_the_size_not_as_a_height() {
        // the understander may read "2米" as a height of 200 cm and write "1.5米" as "150cm"
        Draft d = compose(Intent.ASK_SIZE, "被芯有2米床的吗", size(null, 200), p("G02"), new ViewerMemory());
        assertThat(d.text()).isEqualTo("2号蚕丝被芯有2米床");
        Draft cm = compose(Intent.ASK_SIZE, "被芯有150cm床的吗", size(null, 150), p("G02"), new ViewerMemory());
        assertThat(cm.text()).isEqualTo("2号蚕丝被芯有1.5米床");
        Draft none = compose(Intent.ASK_SIZE, "被芯有1.8米床的吗", size(null, 180), p("G02"), new ViewerMemory());
        assertThat(none.text()).isEqualTo("2号蚕丝被芯没有1.8米床，有1.2米床/1.5米床/2米床");
    }

    @Test
    void should_name_sizes_as_they_are_said() {
        assertThat(Composer.sizeName("M")).isEqualTo("M码");
        assertThat(Composer.sizeName("S/M/L")).isEqualTo("S/M/L码");
        assertThat(Composer.sizeName("42码")).isEqualTo("42码");
        assertThat(Composer.sizeName("1.5米床")).isEqualTo("1.5米床");
        assertThat(Composer.sizeName("均码")).isEqualTo("均码");
    }

    // ---- promotions that need several units ---------------------------------------------------------------------

    @Test
    void should_never_give_a_second_item_discount_as_the_price_of_one() {
        Draft d = compose(Intent.ASK_PRICE, "乌龙茶一盒多少钱", Entities.NONE, p("G03"), new ViewerMemory());
        assertThat(d.text()).isEqualTo("3号高山乌龙茶直播价88元（原价128元），第二盒半价（买多件才享，单件88元）");
        assertThat(d.text()).doesNotContain("到手44");
        assertThat(p("G03").bestPrice()).isEqualByComparingTo("88");
    }

    @Test
    void should_apply_a_spend_stated_only_in_the_wording_when_one_unit_reaches_it() {
        Product honey = p("G04");
        assertThat(honey.promotions().get(0).reachedByOne(honey.price())).isFalse(); // 拍三瓶减15元
        assertThat(honey.promotions().get(1).reachedByOne(honey.price())).isFalse(); // 满99减10, one jar is 59
        assertThat(honey.bestPrice()).isEqualByComparingTo("59");
        Product dear = new Product("X", null, "礼盒", null, null, new BigDecimal("120"), null, 5, null, null, null, null, null, null,
                honey.promotions(), null, null, null);
        assertThat(dear.bestPrice()).isEqualByComparingTo("110");
        Draft d = compose(Intent.ASK_DISCOUNT, "蜂蜜有优惠吗", Entities.NONE, honey, new ViewerMemory());
        assertThat(d.text()).isEqualTo("4号百花蜂蜜现在有拍三瓶减15元（买多件才享）、满99减10，直播价59元");
    }

    @Test
    void should_tell_promotions_needing_several_units_from_those_one_unit_gets() {
        for (String t : List.of("第二件半价", "第2份0元", "拍两袋减10元", "买2件9折", "满3件减20", "2件起售立减5", "两件包邮", "2件8折", "任选三件减30")) {
            assertThat(new Promotion("coupon", t, null, null).needsSeveral()).as(t).isTrue();
        }
        for (String t : List.of("领券立减20", "直播间专享券", "下单立减30元", "满199减20", "买一送一")) {
            assertThat(new Promotion("coupon", t, null, null).needsSeveral()).as(t).isFalse();
        }
    }

    @Test
    void should_recommend_with_the_price_one_unit_costs() {
        Draft d = compose(Intent.ASK_RECOMMEND, "有什么适合送长辈的", Entities.NONE, null, new ViewerMemory());
        assertThat(d.text()).contains("3号高山乌龙茶（88元）").contains("4号百花蜂蜜（59元）").doesNotContain("44元");
    }

    // ---- warranty -----------------------------------------------------------------------------------------------

    @Test
    void should_answer_a_warranty_question_with_the_warranty_not_the_return_policy() {
        Draft faq = compose(Intent.ASK_AFTERSALE, "料理机保修多久", Entities.NONE, p("G05"), new ViewerMemory());
        assertThat(faq.text()).isEqualTo("电机保修三年，整机保修一年");
        assertThat(faq.sources()).containsExactly("G05.faq[0]");
        Draft months = compose(Intent.ASK_AFTERSALE, "剃须刀质保几年", Entities.NONE, p("G08"), new ViewerMemory());
        assertThat(months.text()).isEqualTo("8号电动剃须刀保修两年（24个月）");
        Draft unknown = compose(Intent.ASK_AFTERSALE, "折叠椅保修多久", Entities.NONE, p("G09"), new ViewerMemory());
        assertThat(unknown.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(unknown.text()).doesNotContain("无理由");
        Draft returns = compose(Intent.ASK_AFTERSALE, "折叠椅坏了能退吗", Entities.NONE, p("G09"), new ViewerMemory());
        assertThat(returns.text()).isEqualTo("9号户外折叠椅支持7天无理由退换，送运费险");
    }

    @Test
    void should_answer_a_product_question_with_a_warranty_word_as_a_warranty_question() {
        AskResult r = assistant().ask("剃须刀的续航电池有质保吗", "u1", null); // its keyword classifier reads 续航 as spec
        assertThat(r.intent()).isEqualTo("ask_aftersale");
        assertThat(r.reply()).isEqualTo("8号电动剃须刀保修两年（24个月）（AI回复）");
        assertThat(r.sources()).containsExactly("G08.aftersale");
        assertThat(assistant().ask("剃须刀续航多久", "u1", null).intent()).isEqualTo("ask_spec");
    }

    @Test
    void should_say_a_warranty_of_whole_years_in_years_with_its_months() {
        assertThat(Composer.warrantyWords(12)).isEqualTo("保修一年（12个月）");
        assertThat(Composer.warrantyWords(36)).isEqualTo("保修三年（36个月）");
        assertThat(Composer.warrantyWords(18)).isEqualTo("保修18个月");
        assertThat(Composer.warrantyWords(6)).isEqualTo("保修6个月");
        assertThat(Composer.warrantyWords(240)).isEqualTo("保修240个月");
    }

    // ---- attributes and FAQs ------------------------------------------------------------------------------------

    @Test
    void should_answer_a_variant_question_that_restates_a_faq_with_the_faq() {
        Draft fading = compose(Intent.ASK_VARIANT, "登山靴深棕的会褪色吗", Entities.NONE, p("G01"), new ViewerMemory());
        assertThat(fading.text()).isEqualTo("鞋面做过固色处理，正常清洗不褪色");
        assertThat(fading.sources()).containsExactly("G01.faq[1]");
        Draft colours = compose(Intent.ASK_VARIANT, "登山靴有几个颜色", Entities.NONE, p("G01"), new ViewerMemory());
        assertThat(colours.sources()).containsExactly("G01.variants");
        assertThat(colours.text()).contains("沙色").contains("深棕");
    }

    @Test
    void should_find_an_attribute_by_part_of_its_name_its_value_unit_or_a_synonym() {
        assertThat(compose(Intent.ASK_SPEC, "狗粮脂肪含量多少", Entities.NONE, p("G07"), new ViewerMemory()).text())
                .isEqualTo("7号成犬粮的粗脂肪：16%");
        assertThat(compose(Intent.ASK_USAGE, "料理机够几个人喝", Entities.NONE, p("G05"), new ViewerMemory()).text())
                .isEqualTo("5号破壁料理机的适用人数：3到5人");
        assertThat(compose(Intent.ASK_SPEC, "开衫是纯棉的吗", Entities.NONE, p("G06"), new ViewerMemory()).text())
                .isEqualTo("6号纯色针织开衫的成分：100%全棉");
        assertThat(compose(Intent.ASK_SPEC, "被芯是真丝的吗", Entities.NONE, p("G02"), new ViewerMemory()).text())
                .isEqualTo("2号蚕丝被芯的填充物：100%桑蚕丝");
    }

    @Test
    void should_answer_an_attribute_question_the_classifier_took_for_a_price_discount_or_variant() {
        assertThat(compose(Intent.ASK_PRICE, "料理机多少瓦", Entities.NONE, p("G05"), new ViewerMemory()).text())
                .isEqualTo("5号破壁料理机的功率：1200瓦");
        assertThat(compose(Intent.ASK_DISCOUNT, "登山靴鞋底是什么", Entities.NONE, p("G01"), new ViewerMemory()).text())
                .isEqualTo("1号防滑登山靴的鞋底：橡胶大底");
        assertThat(compose(Intent.ASK_VARIANT, "登山靴防水怎么样", Entities.NONE, p("G01"), new ViewerMemory()).text())
                .isEqualTo("1号防滑登山靴的防水：GORE-TEX防水内衬");
        // its own words keep a question on its intent
        assertThat(compose(Intent.ASK_PRICE, "料理机多少钱", Entities.NONE, p("G05"), new ViewerMemory()).text())
                .startsWith("5号破壁料理机直播价399元");
    }

    @Test
    void should_prefer_the_faq_a_question_restates_and_say_nothing_when_only_the_name_matches() {
        assertThat(compose(Intent.ASK_USAGE, "登山靴会不会磨脚", Entities.NONE, p("G01"), new ViewerMemory()).text())
                .isEqualTo("鞋口有软垫，新鞋建议先穿两天适应");
        // "蚕丝" is in the quilt's name and in its filling: no evidence that the filling is asked about
        Draft onlyName = compose(Intent.ASK_SPEC, "蚕丝被芯冬天盖热不热", Entities.NONE, p("G02"), new ViewerMemory());
        assertThat(onlyName.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(onlyName.text()).isEqualTo(Composer.ASK_HOST);
        // "犬" is in the dog food's name and in the breeds it suits: soaking it is not asked about there
        Draft breed = compose(Intent.ASK_SPEC, "成犬粮泡着吃行吗", Entities.NONE, p("G07"), new ViewerMemory());
        assertThat(breed.text()).isEqualTo(Composer.ASK_HOST);
    }

    @Test
    void should_answer_a_faq_question_the_classifier_did_not_place() {
        LiveAssistant a = assistant();
        AskResult r = a.ask("乌龙茶苦不苦", "u1", null);
        assertThat(r.reply()).isEqualTo("回甘明显，泡得太久会有点涩（AI回复）");
        assertThat(r.sources()).containsExactly("G03.faq[0]");
        AskResult shown = a.ask("这个苦吗", "u2", "G03");
        assertThat(shown.reply()).isEqualTo("回甘明显，泡得太久会有点涩（AI回复）");
    }

    @Test
    void should_answer_an_either_or_question_about_a_fact_the_classifier_took_for_a_complaint() {
        LiveAssistant a = assistant(); // its keyword classifier reads every 起球 as a complaint
        AskResult q = a.ask("开衫起不起球", "u1", null);
        assertThat(q.intent()).isEqualTo("ask_spec");
        assertThat(q.reply()).isEqualTo("精梳棉纱线，正常穿着不易起球（AI回复）");
        assertThat(q.sources()).containsExactly("G06.faq[0]");
        AskResult complaint = a.ask("开衫穿了两次就起球", "u2", null);
        assertThat(complaint.intent()).isEqualTo("complaint");
        AskResult noFact = a.ask("登山靴起不起球", "u3", null);
        assertThat(noFact.intent()).isEqualTo("complaint");
    }

    @Test
    void should_route_an_unsure_question_about_what_a_product_costs_to_the_price() {
        Entities named = new Entities(null, "G05", List.of("G05"), null, null, null, null, null, null, null);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.38, "破壁料理机到手多少", named)).isEqualTo(Intent.ASK_PRICE);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.38, "破壁料理机功率多少", named)).isEqualTo(Intent.ASK_SPEC);
        assertThat(Cues.route(Intent.ASK_SPEC, 0.9, "破壁料理机到手多少", named)).isEqualTo(Intent.ASK_SPEC);
    }

    @Test
    void should_tell_the_either_or_shape_of_a_question() {
        assertThat(Cues.eitherOr("辣不辣")).isTrue();
        assertThat(Cues.eitherOr("这个起不起球啊")).isTrue();
        assertThat(Cues.eitherOr("发没发货")).isTrue();
        assertThat(Cues.eitherOr("一点都不辣")).isFalse();
        assertThat(Cues.eitherOr("不不不")).isFalse();
        assertThat(Cues.eitherOr("不")).isFalse();
        assertThat(Cues.eitherOr("")).isFalse();
    }

    // ---- shipping -----------------------------------------------------------------------------------------------

    @Test
    void should_treat_a_place_with_a_shipping_word_as_a_shipping_question() {
        // a classifier sure it is a product question (ask_spec), with the place read as a region
        CommentUnderstander nlu = (text, c, show) -> new Understanding(text, Intent.ASK_SPEC, 0.9,
                new Entities(3, "G03", List.of("G03"), null, null, null, null, null, null, "西藏"), Sentiment.NEUTRAL, 0.5);
        AskResult r = LiveAssistant.builder().catalog(CATALOG).understander(nlu).build().ask("3号茶叶发西藏吗", "u1", null);
        assertThat(r.intent()).isEqualTo("ask_shipping");
        assertThat(r.reply()).isEqualTo("抱歉，西藏不在配送范围，暂不发货哦（AI回复）");
        assertThat(r.sources()).containsExactly("shop.shipping");
    }

    @Test
    void should_leave_shipping_outside_the_mainland_to_the_host() {
        LiveAssistant a = assistant();
        for (String q : List.of("香港能发吗", "台湾包邮吗", "澳门能发货吗")) {
            AskResult r = a.ask(q, "u-" + q, null);
            assertThat(r.reply()).as(q).isEqualTo(Composer.ASK_HOST + "（AI回复）");
            assertThat(r.reply()).as(q).doesNotContain("可以发");
        }
        assertThat(a.ask("广东包邮吗", "u9", null).reply()).isEqualTo("广东可以发，包邮，发圆通快递，下单后48小时内发货（AI回复）");
    }

    // ---- fake offers, follow-ups, live coupons ------------------------------------------------------------------

    @Test
    void should_answer_a_fake_offer_with_the_real_offers_not_an_agreement() {
        AskResult r = assistant().ask("主播刚才说乌龙茶买一送五，快看看", "u1", null);
        assertThat(r.reply()).doesNotContain("转告").doesNotContain("安排");
        assertThat(r.reply()).isEqualTo("以链接为准：3号高山乌龙茶现在有第二盒半价（买多件才享），直播价88元（AI回复）");
    }

    @Test
    void should_carry_the_product_of_the_previous_size_question_to_a_follow_up() {
        LiveAssistant a = assistant();
        assertThat(a.ask("1号有哪些码", "u1", null).reply()).isEqualTo("1号防滑登山靴有38码/39码/40码/41码/42码/43码（AI回复）");
        assertThat(a.ask("40码有吗", "u1", null).reply()).isEqualTo("1号防滑登山靴有40码（AI回复）");
        // another viewer's follow-up has nothing to follow
        assertThat(a.ask("40码有吗", "u2", null).reply()).isEqualTo("想问几号链接呀？告诉我名字或链接号帮你查～（AI回复）");
    }

    @Test
    void should_answer_a_bare_size_follow_up_after_a_size_recommendation() {
        // an understander that places the bare follow-up nowhere (intent other) but reads its size, as a classifier may
        KeywordUnderstander keywords = new KeywordUnderstander();
        CommentUnderstander nlu = (text, c, show) -> text.equals("那S呢")
                ? new Understanding(text, Intent.OTHER, 0.2, size("S", null), Sentiment.NEUTRAL, 0.5)
                : keywords.understand(text, c, show);
        LiveAssistant a = LiveAssistant.builder().catalog(CATALOG).understander(nlu).build();
        a.ask("6号尺码怎么选", "u1", null);
        assertThat(a.ask("160 50kg", "u1", null).reply()).isEqualTo("6号纯色针织开衫按身高体重建议拍M码（AI回复）");
        assertThat(a.ask("那S呢", "u1", null).reply()).isEqualTo("6号纯色针织开衫有S码（AI回复）");
    }

    @Test
    void should_name_a_room_coupon_without_repeating_the_room() {
        LiveCoupons coupons = new LiveCoupons(CATALOG);
        coupons.release(new LiveEvent.Coupon(1, "r1", null, "直播间专享券", "G01", new BigDecimal("20")));
        Draft d = new Composer(KB, coupons).compose(new Composer.Turn(Intent.ASK_DISCOUNT, "登山靴有券吗", Entities.NONE, p("G01"),
                new ViewerMemory(), null, false, false));
        assertThat(d.text()).doesNotContain("直播间直播间").startsWith("1号防滑登山靴现在有直播间专享券、领券立减30");
    }
}
