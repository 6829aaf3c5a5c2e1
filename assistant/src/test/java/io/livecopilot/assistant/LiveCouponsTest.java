package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.ChatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Coupons released live: what their wording says, which apply, and how the assistant quotes them. */
class LiveCouponsTest {
    private static final long T0 = 1_764_331_200_000L;
    private final Catalog catalog = Fixtures.catalog();

    private static LiveEvent.Coupon coupon(long ts, String text, String product, String discount) {
        return new LiveEvent.Coupon(ts, "r1", null, text, product, discount == null ? null : new BigDecimal(discount));
    }

    private static LiveEvent.Comment comment(long ts, String user, String text) {
        return new LiveEvent.Comment(ts, "r1", user, text);
    }

    private LiveAssistant assistant() {
        return LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).room("r1").build();
    }

    private static String reply(List<SuggestedReply> rs) {
        assertThat(rs).hasSize(1);
        return rs.get(0).reply();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "满200减30|200.00|-|30.00",
            "满200元减30元|200.00|-|30.00",
            "满两百减三十|200.00|-|30.00",
            "满 199 - 20|199.00|-|20.00",
            "200-30|200.00|-|30.00",
            "满99可用|99.00|-|-",
            "满2件减10|-|2|10.00",
            "10元无门槛券|-|-|10.00",
            "无门槛立减5元|-|-|5.00",
            "满３００减５０|300.00|-|50.00",
            "直播间专享券|-|-|-",
            "双11-11|-|-|-",
    })
    void should_read_the_minimum_spend_and_discount_from_the_wording(String text, String minSpend, Integer minItems, String discount) {
        io.livecopilot.core.catalog.PromotionTerms t = io.livecopilot.core.catalog.PromotionTerms.read(io.livecopilot.nlp.adlaw.AdLawText.normalize(text));
        assertThat(t.minSpend()).isEqualTo(minSpend == null ? null : new BigDecimal(minSpend));
        assertThat(t.minItems()).isEqualTo(minItems);
        assertThat(t.discount()).isEqualTo(discount == null ? null : new BigDecimal(discount));
    }

    @Test
    void should_keep_only_coupons_for_catalog_products_with_a_known_amount() {
        LiveCoupons c = new LiveCoupons(catalog);
        assertThat(c.release(coupon(T0, "满100减10", "P99", "10"))).isFalse();
        assertThat(c.release(coupon(T0, "直播间专享券", "P03", null))).isFalse();
        assertThat(c.release(coupon(T0, "直播间专享券", "P03", "0"))).isFalse();
        assertThat(c.isEmpty()).isTrue();
        assertThat(c.release(coupon(T0, "满80减15", "P03", null))).isTrue(); // the amount from the wording
        assertThat(c.of("P03")).singleElement().satisfies(x -> {
            assertThat(x.discount()).isEqualTo(new BigDecimal("15.00"));
            assertThat(x.minSpend()).isEqualTo(new BigDecimal("80.00"));
            assertThat(x.source()).isEqualTo("live.coupon:满80减15");
        });
        assertThat(c.of("P04")).isEmpty();
    }

    @Test
    void should_give_the_guard_a_multi_item_coupon_that_one_unit_does_not_reach() {
        LiveCoupons c = new LiveCoupons(catalog);
        c.release(coupon(T0, "满2件减10", "P03", "10"));
        Product p = catalog.byId("P03").orElseThrow();
        assertThat(c.best(p)).isNull();
        assertThat(c.promotions().get("P03")).singleElement()
                .satisfies(pr -> assertThat(pr.minSpend()).isEqualByComparingTo("178.00"));
    }

    @Test
    void should_read_a_released_second_item_coupon_as_needing_two_units_like_a_catalog_promotion() {
        LiveAssistant a = assistant();
        a.onEvent(coupon(T0, "第二件半价", "P03", "44.50"));
        a.onEvent(coupon(T0 + 1, "两件立减20", "P03", "20"));
        LiveCoupons c = new LiveCoupons(catalog);
        c.release(coupon(T0, "第二件半价", "P03", "44.50"));
        assertThat(c.of("P03")).singleElement().satisfies(x -> assertThat(x.minItems()).isEqualTo(2));
        assertThat(c.best(catalog.byId("P03").orElseThrow())).isNull();
        String r = a.ask("3号多少钱", "u1", null).reply();
        assertThat(r).isEqualTo("3号316保温杯直播价89元（原价129元），直播间两件立减20券满2件可用，直播间第二件半价券满2件可用（AI回复）");
    }

    @Test
    void should_promise_the_smaller_saving_when_the_wording_and_the_amount_disagree() {
        LiveCoupons c = new LiveCoupons(catalog);
        c.release(coupon(T0, "满80减15", "P03", "50"));
        Product p = catalog.byId("P03").orElseThrow();
        assertThat(c.best(p).price()).isEqualTo(new BigDecimal("74.00"));
    }

    @Test
    void should_not_echo_a_coupon_wording_with_markup_or_contacts() {
        LiveCoupons c = new LiveCoupons(catalog);
        c.release(coupon(T0, "<b>加V领券</b>", null, "10"));
        assertThat(c.of("P03")).singleElement().extracting(LiveCoupons.Coupon::text).isEqualTo("减10元");
    }

    @Test
    void should_replace_a_coupon_released_again_and_stay_bounded() {
        LiveCoupons c = new LiveCoupons(catalog);
        c.release(coupon(T0, "满80减15", "P03", "15"));
        c.release(coupon(T0 + 1, "满80减15", "P03", "15"));
        assertThat(c.of("P03")).hasSize(1);
        Random r = new Random(3);
        for (int i = 0; i < 10_000; i++) c.release(coupon(T0 + i, "满" + (100 + r.nextInt(900)) + "减" + (1 + r.nextInt(90)), null, null));
        assertThat(c.of("P03")).hasSizeLessThanOrEqualTo(LiveCoupons.MAX);
    }

    // ---- the assistant's answers ------------------------------------------------------------------------------

    @Test
    void should_quote_the_live_price_only_before_any_coupon() {
        LiveAssistant a = assistant();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P03"));
        List<SuggestedReply> r = a.onEvent(comment(T0 + 1000, "u1", "这个多少钱"));
        assertThat(reply(r)).isEqualTo("3号316保温杯直播价89元（原价129元）（AI回复）");
        assertThat(r.get(0).sources()).containsExactly("P03.price", "P03.list_price");
    }

    @Test
    void should_quote_the_price_after_a_coupon_released_for_the_product() {
        LiveAssistant a = assistant();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P03"));
        a.onEvent(coupon(T0 + 500, "满80减15", "P03", "15.00"));
        List<SuggestedReply> r = a.onEvent(comment(T0 + 1000, "u1", "这个多少钱"));
        assertThat(reply(r)).isEqualTo("3号316保温杯直播价89元（原价129元），直播间发了满80减15券，领券到手74元（AI回复）");
        assertThat(r.get(0).sources()).containsExactly("P03.price", "P03.list_price", "live.coupon:满80减15");
        // another product does not get it
        assertThat(a.ask("4号多少钱", "u2", null).reply()).isEqualTo("4号儿童羽绒服直播价159元（原价269元）（AI回复）");
        assertThat(a.ask("有优惠券吗", "u3", null).reply())
                .isEqualTo("3号316保温杯现在有直播间满80减15券，直播价89元，到手74元（AI回复）");
    }

    @Test
    void should_quote_a_room_wide_coupon_for_every_product_and_prefer_it_only_when_cheaper() {
        LiveAssistant a = assistant();
        a.onEvent(coupon(T0, "10元无门槛券", null, "10"));
        AskResult cup = a.ask("3号到手价多少", "u1", null);
        assertThat(cup.reply()).isEqualTo("3号316保温杯直播价89元（原价129元），直播间发了10元无门槛券，领券到手79元（AI回复）");
        assertThat(cup.sources()).containsExactly("P03.price", "P03.list_price", "live.coupon:10元无门槛券");
        // the air fryer's own 满299减50 saves more: it stays the price quoted
        assertThat(a.ask("10号多少钱", "u2", null).reply()).isEqualTo("10号空气炸锅直播价299元（原价459元），满299减50，到手249元（AI回复）");
        assertThat(a.ask("10号有优惠券吗", "u3", null).reply())
                .isEqualTo("10号空气炸锅现在有直播间10元无门槛券、满299减50，直播价299元，到手249元（AI回复）");
    }

    @Test
    void should_say_what_a_coupon_needs_when_one_unit_does_not_reach_its_minimum_spend() {
        LiveAssistant a = assistant();
        a.onEvent(coupon(T0, "满200减30", null, "30.00"));
        AskResult cup = a.ask("3号多少钱", "u1", null);
        assertThat(cup.reply()).isEqualTo("3号316保温杯直播价89元（原价129元），直播间满200减30券需满200元可用（AI回复）");
        assertThat(cup.reply()).doesNotContain("59");
        assertThat(cup.sources()).containsExactly("P03.price", "P03.list_price", "live.coupon:满200减30");
        // the coat reaches it: 259 − 30 = 229, as good as its own 满250减30 — the catalog's stays quoted
        assertThat(a.ask("1号多少钱", "u2", null).reply()).isEqualTo("1号羊羔毛外套直播价259元（原价399元），满250减30，到手229元（AI回复）");
        assertThat(a.ask("3号有券吗", "u3", null).reply())
                .isEqualTo("3号316保温杯现在有直播间满200减30券（满200元可用），直播价89元（AI回复）");
    }

    @Test
    void should_never_let_a_viewer_announce_a_coupon() {
        LiveAssistant a = assistant();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P03"));
        List<SuggestedReply> fake = a.onEvent(comment(T0 + 1000, "u1", "主播说了有99元券"));
        assertThat(fake).allSatisfy(r -> assertThat(r.reply()).doesNotContain("99元券").doesNotContain("到手"));
        a.onEvent(coupon(T0 + 2000, "满80减15", "P03", "15"));
        List<SuggestedReply> after = a.onEvent(comment(T0 + 3000, "u2", "主播说了有99元券"));
        assertThat(reply(after)).isEqualTo("以链接为准：3号316保温杯现在有直播间满80减15券，直播价89元，到手74元（AI回复）");
        assertThat(a.ask("这个多少钱", "u3", null).reply()).doesNotContain("99").contains("到手74元");
    }

    @Test
    void should_let_the_fact_guard_accept_a_coupon_price_only_after_the_coupon_is_released() {
        // a model that rewords every draft with the price after a coupon of 15 yuan
        ChatModel model = new ChatModel() {
            @Override
            public String id() {
                return "test-model";
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse("3号保温杯直播价89元，领直播间满80减15券到手74元哦", id());
            }
        };
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).chatModel(model).build();
        // before the coupon the model's 74 is invented: the draft is kept
        assertThat(a.ask("3号多少钱", "u1", null).reply()).isEqualTo("3号316保温杯直播价89元（原价129元）（AI回复）");
        assertThat(a.stats().guardRejections()).isEqualTo(1);
        a.onEvent(coupon(T0, "满80减15", "P03", "15"));
        assertThat(a.ask("3号多少钱", "u2", null).reply()).isEqualTo("3号保温杯直播价89元，领直播间满80减15券到手74元哦（AI回复）");
        assertThat(a.stats().guardRejections()).isEqualTo(1);
    }

    @Test
    void should_reject_an_invented_coupon_in_the_model_wording_even_with_coupons_released() {
        ChatModel model = new ChatModel() {
            @Override
            public String id() {
                return "test-model";
            }

            @Override
            public ChatResponse chat(ChatRequest request) {
                return new ChatResponse("3号保温杯直播价89元，主播送99元券，到手74元", id());
            }
        };
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(new KeywordUnderstander()).chatModel(model).build();
        a.onEvent(coupon(T0, "满80减15", "P03", "15"));
        String r = a.ask("3号多少钱", "u1", null).reply();
        assertThat(r).isEqualTo("3号316保温杯直播价89元（原价129元），直播间发了满80减15券，领券到手74元（AI回复）");
        assertThat(a.stats().guardRejections()).isEqualTo(1);
    }

    @Test
    void should_never_throw_on_random_coupon_wordings() {
        Random r = new Random(11);
        String alphabet = "满减元块件券无门槛立直省抵-－—.0123456789一二两三十百千万 <>&\"'可用打折";
        LiveCoupons c = new LiveCoupons(catalog);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            io.livecopilot.core.catalog.PromotionTerms t = io.livecopilot.core.catalog.PromotionTerms.read(sb.toString());
            if (t.discount() != null) assertThat(t.discount().signum()).isPositive();
            if (t.minSpend() != null) assertThat(t.minSpend().signum()).isPositive();
            c.release(coupon(T0 + i, sb.toString(), r.nextBoolean() ? null : "P0" + (1 + r.nextInt(9)), r.nextBoolean() ? null : String.valueOf(r.nextInt(100))));
        }
        for (Product p : catalog.products()) {
            LiveCoupons.Offer o = c.best(p);
            if (o != null) assertThat(o.price()).isBetween(BigDecimal.ZERO, p.price());
        }
    }

    @Test
    void should_quote_the_coupon_with_the_builtin_understander() {
        LiveAssistant a = LiveAssistant.builder().catalog(catalog).understander(BuiltinUnderstanderHolder.get()).room("r1").build();
        a.onEvent(new LiveEvent.ProductShow(T0, "r1", null, "P03"));
        assertThat(a.ask("这个多少钱", "u0", null).reply()).isEqualTo("3号316保温杯直播价89元（原价129元）（AI回复）");
        a.onEvent(coupon(T0 + 500, "满80减15", "P03", "15.00"));
        AskResult price = a.ask("这个多少钱", "u1", null);
        assertThat(price.reply()).isEqualTo("3号316保温杯直播价89元（原价129元），直播间发了满80减15券，领券到手74元（AI回复）");
        assertThat(price.sources()).contains("live.coupon:满80减15");
        assertThat(a.ask("到手价多少", "u2", null).reply()).isEqualTo(price.reply());
        assertThat(a.ask("有优惠券吗", "u3", null).reply()).isEqualTo("3号316保温杯现在有直播间满80减15券，直播价89元，到手74元（AI回复）");
        AskResult fake = a.ask("主播说了有99元券", "u4", null);
        assertThat(fake.reply() == null ? "" : fake.reply()).doesNotContain("99元券");
    }

    /** The built-in understander, loaded once for the tests of this class. */
    private static final class BuiltinUnderstanderHolder {
        private static final io.livecopilot.core.nlu.CommentUnderstander U = io.livecopilot.nlp.BuiltinUnderstander.load((java.nio.file.Path) null);

        static io.livecopilot.core.nlu.CommentUnderstander get() {
            return U;
        }
    }
}
