package io.livecopilot.core.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The "到手价" of one unit: promotions whose text states a condition one unit does not meet never lower it. */
class ProductBestPriceTest {

    private static Product product(String price, Promotion... promotions) {
        return new Product("P01", 1, "坚果礼盒", null, null, new BigDecimal(price), null, 10, null, null, null, null, null, null,
                List.of(promotions), null, null, null);
    }

    private static Promotion promo(String text, String discount, String minSpend) {
        return new Promotion("coupon", text, discount == null ? null : new BigDecimal(discount), minSpend == null ? null : new BigDecimal(minSpend));
    }

    @Test
    void should_not_give_a_second_item_half_price_as_the_price_of_one() {
        Product p = product("59.9", promo("第二件半价", "29.95", null));
        assertThat(p.bestPrice()).isEqualTo(new BigDecimal("59.90"));
        assertThat(p.bestPromotion()).isEqualTo(-1);
        assertThat(p.promotions().get(0).needsSeveral()).isTrue();
    }

    @Test
    void should_not_apply_a_spend_stated_only_in_the_text_that_one_unit_does_not_reach() {
        Product p = product("99", promo("满300减50", "50", null));
        assertThat(p.bestPrice()).isEqualTo(new BigDecimal("99.00"));
        assertThat(p.promotions().get(0).needsSeveral()).isFalse();
        assertThat(p.promotions().get(0).reachedByOne(p.price())).isFalse();
        // a unit that reaches the spend gets it
        assertThat(product("320", promo("满300减50", "50", null)).bestPrice()).isEqualTo(new BigDecimal("270.00"));
    }

    @Test
    void should_apply_an_unconditional_promotion_to_one_unit() {
        Product p = product("59.9", promo("直播间立减10元", "10", null));
        assertThat(p.bestPrice()).isEqualTo(new BigDecimal("49.90"));
        assertThat(p.bestPromotion()).isZero();
    }

    @Test
    void should_still_honour_the_min_spend_field() {
        assertThat(product("129", promo("满200减30", "30.00", "200.00")).bestPrice()).isEqualTo(new BigDecimal("129.00"));
        assertThat(product("259", promo("满250减30", "30.00", "250.00")).bestPrice()).isEqualTo(new BigDecimal("229.00"));
        assertThat(product("99", promo(null, "10", null)).bestPrice()).isEqualTo(new BigDecimal("89.00"));
    }

    @Test
    void should_pick_the_largest_discount_one_unit_gets_among_several() {
        Product p = product("69.9", promo("拍两袋减10元", "10", null), promo("领券立减5", "5", null), promo("满3件8折", "40", null),
                promo("下单送小样", null, null), promo("领券减8", "8", null));
        assertThat(p.bestPromotion()).isEqualTo(4);
        assertThat(p.bestPrice()).isEqualTo(new BigDecimal("61.90"));
    }

    @Test
    void should_never_go_below_zero_nor_above_the_live_price() {
        assertThat(product("9.9", promo("无门槛券", "20", null)).bestPrice()).isEqualTo(new BigDecimal("0.00"));
        Random r = new Random(5);
        String[] texts = {"第二件半价", "满300减50", "立减10", "拍两件减20", "满99可用", null, "", "2件起", "领券减30", "多件优惠"};
        for (int i = 0; i < 5_000; i++) {
            List<Promotion> ps = new ArrayList<>();
            for (int k = r.nextInt(4); k > 0; k--) {
                ps.add(new Promotion("coupon", texts[r.nextInt(texts.length)], r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(400) - 20),
                        r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(400))));
            }
            Product p = product(String.valueOf(1 + r.nextInt(500)), ps.toArray(Promotion[]::new));
            assertThat(p.bestPrice()).isBetween(BigDecimal.ZERO, p.price());
            int b = p.bestPromotion();
            if (b >= 0) {
                assertThat(p.promotions().get(b).reachedByOne(p.price())).isTrue();
                assertThat(p.promotions().get(b).needsSeveral()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // wording | discount | min spend | min items | needs several units
            "满200减30|30.00|200.00|-|false",
            "满两百减三十|30.00|200.00|-|false",
            "满 199 - 20|20.00|199.00|-|false",
            "200-30|30.00|200.00|-|false",
            "满99可用|-|99.00|-|false",
            "满2件减10|10.00|-|2|true",
            "10元无门槛券|10.00|-|-|false",
            "直播间立减10元|10.00|-|-|false",
            "领券立减20|20.00|-|-|false",
            "第二件半价|-|-|2|true",
            "第2份0元|-|-|2|true",
            "拍两袋减10元|10.00|-|2|true",
            "买2件9折|-|-|2|true",
            "满3件8折|-|-|3|true",
            "2件起售立减5|5.00|-|2|true",
            "两件包邮|-|-|2|true",
            "任选三件减30|30.00|-|3|true",
            "多件多折|-|-|-|true",
            "买一送一|-|-|-|false",
            "直播间专享券|-|-|-|false",
            "双11-11|-|-|-|false",
    })
    void should_read_the_terms_a_wording_states(String text, String discount, String minSpend, Integer minItems, boolean several) {
        PromotionTerms t = PromotionTerms.read(text);
        assertThat(t.discount()).isEqualTo(discount == null ? null : new BigDecimal(discount));
        assertThat(t.minSpend()).isEqualTo(minSpend == null ? null : new BigDecimal(minSpend));
        assertThat(t.minItems()).isEqualTo(minItems);
        assertThat(t.severalUnits()).isEqualTo(several);
        assertThat(PromotionTerms.of(text)).isEqualTo(t).isSameAs(PromotionTerms.of(text));
    }

    @Test
    void should_read_nothing_from_no_wording_and_never_throw_on_random_ones() {
        assertThat(PromotionTerms.of(null)).isSameAs(PromotionTerms.NONE);
        assertThat(PromotionTerms.read("  ")).isSameAs(PromotionTerms.NONE);
        Random r = new Random(11);
        String alphabet = "满减元块件券无门槛立直省抵第拍两袋起-－—.0123456789一二两三十百千万 <>&可用打折";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k > 0; k--) sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            PromotionTerms t = PromotionTerms.of(sb.toString());
            if (t.discount() != null) assertThat(t.discount().signum()).isPositive();
            if (t.minSpend() != null) assertThat(t.minSpend().signum()).isPositive();
            if (t.minItems() != null && t.minItems() > 1) assertThat(t.severalUnits()).isTrue();
        }
        assertThat(PromotionTerms.read("满" + "9".repeat(5000) + "减10").minSpend()).isNull();
    }

    @Test
    void should_total_several_units_after_the_spend_they_reach_together_once_an_order() {
        Product suit = product("59", promo("满99减15", "15.00", "99.00"));
        assertThat(suit.bestTotal(1)).isEqualTo(new BigDecimal("59.00")).isEqualTo(suit.bestPrice());
        assertThat(suit.bestPromotionFor(2)).isZero();
        assertThat(suit.bestTotal(2)).isEqualTo(new BigDecimal("103.00"));   // 118 − 15
        assertThat(suit.bestTotal(3)).isEqualTo(new BigDecimal("162.00"));   // one coupon an order
        assertThat(product("36.80", promo("满69减12", "12", null)).bestTotal(2)).isEqualTo(new BigDecimal("61.60"));
        // the items a text names: "拍两袋减10元" is reached by two units, "多件优惠" (no count) by none
        assertThat(product("20", promo("拍两袋减10元", "10", null)).bestTotal(2)).isEqualTo(new BigDecimal("30.00"));
        assertThat(product("20", promo("拍两袋减10元", "10", null)).bestTotal(1)).isEqualTo(new BigDecimal("20.00"));
        assertThat(product("20", promo("多件优惠", "10", null)).bestTotal(5)).isEqualTo(new BigDecimal("100.00"));
        // the larger discount the total reaches wins
        assertThat(product("60", promo("满100减10", "10", "100"), promo("满150减30", "30", "150")).bestTotal(3)).isEqualTo(new BigDecimal("150.00"));
    }
}
