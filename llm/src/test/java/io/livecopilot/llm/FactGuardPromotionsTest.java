package io.livecopilot.llm;

import io.livecopilot.core.catalog.Promotion;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fact guard with promotions added after it was built: coupons released in a live room. */
class FactGuardPromotionsTest {
    private static final FactGuard GUARD = FactGuardTest.GUARD;
    private static final Promotion LIVE = new Promotion("live_coupon", "满50减8", new BigDecimal("8.00"), new BigDecimal("50.00"));

    @Test
    void should_accept_the_price_after_a_released_coupon_only_in_the_guard_that_knows_it() {
        String s = "1号T恤59元，领直播间满50减8券到手51元";
        assertThat(GUARD.check(s, null)).extracting(v -> v.text()).contains("51元");
        FactGuard live = GUARD.withPromotions(Map.of("P01", List.of(LIVE)));
        assertThat(live.check(s, null)).isEmpty();
        assertThat(live.passes("T恤领券到手51元", "P01")).isTrue();
        // the guard it came from is unchanged, and other products do not get the coupon
        assertThat(GUARD.passes(s, null)).isFalse();
        assertThat(live.passes("2号防晒衣领直播间满50减8券到手81元", null)).isFalse();
    }

    @Test
    void should_still_reject_an_invented_coupon_or_a_threshold_the_price_does_not_reach() {
        FactGuard live = GUARD.withPromotions(Map.of("P01", List.of(LIVE,
                new Promotion("live_coupon", "满200减30", new BigDecimal("30.00"), new BigDecimal("200.00")))));
        assertThat(live.passes("1号T恤再领88元券", null)).isFalse();
        assertThat(live.passes("1号T恤直播间领券到手29元", null)).isFalse(); // 59 does not reach 满200
        assertThat(live.passes("1号T恤领券到手51元", null)).isTrue();
    }

    @Test
    void should_be_itself_without_promotions() {
        assertThat(GUARD.withPromotions(Map.of())).isSameAs(GUARD);
        assertThat(GUARD.withPromotions(null)).isSameAs(GUARD);
    }
}
