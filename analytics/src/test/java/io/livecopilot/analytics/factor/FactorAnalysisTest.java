package io.livecopilot.analytics.factor;

import io.livecopilot.analytics.MinuteRow;
import io.livecopilot.analytics.ProductRow;
import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.analytics.SyntheticSession;
import io.livecopilot.core.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class FactorAnalysisTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void should_rank_the_released_coupon_among_the_top_three_factors(long seed) {
        SyntheticSession.Session s = SyntheticSession.generate(seed, 90, 60, false, false);
        RoomMetrics m = new RoomMetrics();
        s.events().forEach(m::accept);
        FactorAnalysis.Result r = FactorAnalysis.standard().analyze(m.timeline(), prices(m.products()));
        List<Factor> top3 = r.factors().subList(0, 3);
        assertThat(top3).as(r.factors().stream().map(Factor::explanation).collect(Collectors.joining("\n")))
                .anySatisfy(f -> {
                    assertThat(f.kind()).isEqualTo("coupon");
                    assertThat(f.name()).isEqualTo(s.truth().coupon());
                });
        Factor coupon = r.factors().stream().filter(f -> f.kind().equals("coupon") && f.label().contains("后 0-")).findFirst().orElseThrow();
        // the true effect: conversion ×3 during 5 minutes
        assertThat(coupon.effects().get("paid_orders").lift()).isBetween(0.8, 4.0);
        assertThat(coupon.effects().get("paid_orders").significant()).isTrue();
        assertThat(coupon.explanation()).startsWith("20:48 发券 C1（P01）减20元 后 0-").contains("点击成交转化 +");
    }

    @Test
    void should_order_product_effects_like_the_true_conversion() {
        SyntheticSession.Session s = SyntheticSession.generate(9, 90, 80, false, false);
        RoomMetrics m = new RoomMetrics();
        s.events().forEach(m::accept);
        FactorAnalysis.Result r = FactorAnalysis.standard().analyze(m.timeline(), prices(m.products()));
        List<Factor> products = new ArrayList<>(r.factors().stream().filter(f -> f.kind().equals("product")).toList());
        assertThat(products).hasSize(6);
        // the best and the worst converters by truth are found at the right ends of the estimated paid-order effects
        products.sort((a, b) -> Double.compare(b.effects().get("paid_orders").perMinute(), a.effects().get("paid_orders").perMinute()));
        List<String> truth = s.truth().productsByConversion();
        assertThat(products.get(products.size() - 1).name()).isEqualTo(truth.get(truth.size() - 1));
        assertThat(products.subList(0, 2)).extracting(Factor::name).contains(truth.get(0));
    }

    @Test
    void should_still_find_the_coupon_when_the_session_has_no_click_events() {
        SyntheticSession.Session s = SyntheticSession.generate(2, 90, 60, false, false);
        RoomMetrics m = new RoomMetrics();
        s.events().stream().filter(e -> !(e instanceof io.livecopilot.core.event.LiveEvent.ProductClick)).forEach(m::accept);
        FactorAnalysis.Result r = FactorAnalysis.standard().analyze(m.timeline(), Map.of());
        assertThat(r.model().get("note").toString()).contains("per online viewer");
        assertThat(r.factors().subList(0, 3)).anySatisfy(f -> assertThat(f.kind()).isEqualTo("coupon"));
    }

    @Test
    void should_report_no_factors_but_say_why_on_a_very_short_session() {
        FactorAnalysis.Result r = FactorAnalysis.standard().analyze(List.of(), Map.of());
        assertThat(r.factors()).isEmpty();
        assertThat(r.model().get("note").toString()).contains("too few minutes");
    }

    static Map<String, BigDecimal> prices(List<ProductRow> rows) {
        Map<String, BigDecimal> p = new java.util.HashMap<>();
        for (ProductRow r : rows) if (r.units() > 0) p.put(r.product(), r.gmv().divide(BigDecimal.valueOf(r.units()), 2, java.math.RoundingMode.HALF_UP));
        return p;
    }
}
