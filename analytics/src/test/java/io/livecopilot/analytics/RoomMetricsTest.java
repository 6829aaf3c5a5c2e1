package io.livecopilot.analytics;

import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.LiveEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RoomMetricsTest {
    /** A ten-minute session written by hand; the expected values below are worked out on paper. */
    static final String SESSION = """
            {"ts":"2026-11-28T20:00:00+08:00","room":"r1","type":"segment","kind":"opening"}
            {"ts":"2026-11-28T20:00:02+08:00","room":"r1","type":"enter","user":"u1","source":"recommend"}
            {"ts":"2026-11-28T20:00:05+08:00","room":"r1","type":"comment","user":"u1","text":"3号链接多少钱"}
            {"ts":"2026-11-28T20:00:10+08:00","room":"r1","type":"enter","user":"u2"}
            {"ts":"2026-11-28T20:01:00+08:00","room":"r1","type":"like","user":"u2","count":10}
            {"ts":"2026-11-28T20:01:30+08:00","room":"r1","type":"enter","user":"u3"}
            {"ts":"2026-11-28T20:01:40+08:00","room":"r1","type":"leave","user":"u3"}
            {"ts":"2026-11-28T20:02:00+08:00","room":"r1","type":"product_show","product":"P03"}
            {"ts":"2026-11-28T20:02:30+08:00","room":"r1","type":"product_click","user":"u1","product":"P03"}
            {"ts":"2026-11-28T20:02:40+08:00","room":"r1","type":"product_click","user":"u2","product":"P03"}
            {"ts":"2026-11-28T20:03:10+08:00","room":"r1","type":"order","user":"u1","order_id":"o1","product":"P03","qty":1,"amount":"129.00"}
            {"ts":"2026-11-28T20:03:40+08:00","room":"r1","type":"pay","order_id":"o1","amount":"129.00"}
            {"ts":"2026-11-28T20:04:00+08:00","room":"r1","type":"leave","user":"u2"}
            {"ts":"2026-11-28T20:04:30+08:00","room":"r1","type":"coupon","coupon":"c1","product":"P03","discount":20}
            {"ts":"2026-11-28T20:05:00+08:00","room":"r1","type":"enter","user":"u2"}
            {"ts":"2026-11-28T20:05:10+08:00","room":"r1","type":"leave","user":"u9"}
            {"ts":"2026-11-28T20:06:00+08:00","room":"r1","type":"follow","user":"u2"}
            {"ts":"2026-11-28T20:07:00+08:00","room":"r1","type":"order","user":"u2","order_id":"o2","product":"P03","qty":2,"amount":"218.00"}
            {"ts":"2026-11-28T20:07:30+08:00","room":"r1","type":"pay","user":"u2","order_id":"o2","amount":"218.00"}
            {"ts":"2026-11-28T20:08:00+08:00","room":"r1","type":"refund","order_id":"o2","amount":"218.00"}
            {"ts":"2026-11-28T20:10:00+08:00","room":"r1","type":"share","user":"u1"}
            """;

    static List<LiveEvent> parse(String jsonl) {
        return jsonl.lines().filter(l -> !l.isBlank()).map(EventCodec::parseLine).collect(Collectors.toList());
    }

    static RoomMetrics feed(List<LiveEvent> events) {
        RoomMetrics m = new RoomMetrics();
        events.forEach(m::accept);
        return m;
    }

    @Test
    void should_compute_every_metric_of_a_hand_made_session_exactly() {
        Map<String, Object> s = feed(parse(SESSION)).summary();
        assertThat(s).containsEntry("pv", 4L).containsEntry("uv", 3).containsEntry("peak_online", 3)
                .containsEntry("comments", 1L).containsEntry("likes", 10L).containsEntry("shares", 1L)
                .containsEntry("follows", 1L).containsEntry("orders", 2L).containsEntry("paid_orders", 2L)
                .containsEntry("gmv", new BigDecimal("347.00")).containsEntry("refund_amount", new BigDecimal("218.00"))
                .containsEntry("net_gmv", new BigDecimal("129.00")).containsEntry("gpm", new BigDecimal("86750.00"))
                .containsEntry("uv_value", new BigDecimal("115.67")).containsEntry("aov", new BigDecimal("173.50"));
        // u1 598 s, u2 230 s + 300 s (re-entry), u3 10 s; u9 left without entering: 1138 viewer-seconds over 600 s
        assertThat((Double) s.get("avg_watch_s")).isCloseTo(1138.0 / 3, within(1e-9));
        assertThat((Double) s.get("avg_online")).isCloseTo(1138.0 / 600, within(1e-9));
        assertThat((Double) s.get("interaction_rate")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat((Double) s.get("follow_rate")).isCloseTo(1.0 / 3, within(1e-12));
        assertThat((Double) s.get("product_click_rate")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.get("click_to_buy_rate")).isEqualTo(1.0); // o1's pay has no user: resolved from the order
        assertThat((Double) s.get("buy_rate")).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.get("refund_rate")).isEqualTo(0.5);
        assertThat(s.get("orders_per_min")).isEqualTo(0.2);
    }

    @Test
    void should_give_one_timeline_row_per_minute_with_markers_and_carried_state() {
        List<MinuteRow> rows = feed(parse(SESSION)).timeline();
        assertThat(rows).hasSize(11);
        MinuteRow m1 = rows.get(1), m2 = rows.get(2), m3 = rows.get(3), m4 = rows.get(4), m9 = rows.get(9);
        assertThat(m1.enters()).isEqualTo(1);
        assertThat(m1.leaves()).isEqualTo(1);
        assertThat(m1.likes()).isEqualTo(10);
        assertThat(m1.online()).isEqualTo(2);
        assertThat(m2.clicks()).isEqualTo(2);
        assertThat(m2.product()).isEqualTo("P03");
        assertThat(m2.segment()).isEqualTo("opening");
        assertThat(m2.markers()).extracting(Marker::kind).containsExactly("product_show");
        assertThat(m3.orders()).isEqualTo(1);
        assertThat(m3.paidOrders()).isEqualTo(1);
        assertThat(m3.gmv()).isEqualTo(new BigDecimal("129.00"));
        assertThat(m4.online()).isEqualTo(1);
        assertThat(m4.markers()).singleElement().satisfies(mk -> {
            assertThat(mk.kind()).isEqualTo("coupon");
            assertThat(mk.name()).isEqualTo("c1");
            assertThat(mk.discount()).isEqualByComparingTo("20");
        });
        assertThat(m9.online()).isEqualTo(2);
        assertThat(m9.product()).isEqualTo("P03");
        assertThat(m9.gmv()).isEqualTo(new BigDecimal("0.00"));
        assertThat(rows.stream().mapToInt(MinuteRow::paidOrders).sum()).isEqualTo(2);
    }

    @Test
    void should_give_product_rows_with_units_payers_and_refunds() {
        List<ProductRow> rows = feed(parse(SESSION)).products();
        assertThat(rows).singleElement().isEqualTo(new ProductRow("P03", 1, 2, 2, 0, 2, 2, 2, 3,
                new BigDecimal("347.00"), 1, new BigDecimal("218.00"), 1.0));
    }

    @Test
    void should_take_the_peak_from_snapshots_and_the_average_from_presence() {
        List<LiveEvent> ev = parse("""
                {"ts":0,"room":"r","type":"enter","user":"a"}
                {"ts":1000,"room":"r","type":"online","count":100}
                {"ts":2000,"room":"r","type":"enter","user":"b"}
                {"ts":3000,"room":"r","type":"online","count":400}
                {"ts":4000,"room":"r","type":"online","count":200}
                {"ts":5000,"room":"r","type":"leave","user":"a"}
                """);
        RoomMetrics m = feed(ev);
        Map<String, Object> s = m.summary();
        assertThat(s.get("peak_online")).isEqualTo(400);
        // a inside 5 s, b 3 s (until the last event): 8 viewer-seconds over 5 s
        assertThat((Double) s.get("avg_online")).isCloseTo(8.0 / 5, within(1e-9));
        assertThat((Double) s.get("avg_watch_s")).isCloseTo(4.0, within(1e-9));
        assertThat(m.timeline()).singleElement().satisfies(r -> assertThat(r.online()).isEqualTo(200));
    }

    @Test
    void should_average_the_snapshots_when_nobody_is_seen_entering() {
        Map<String, Object> s = feed(parse("""
                {"ts":0,"room":"r","type":"segment","kind":"opening"}
                {"ts":1000,"room":"r","type":"online","count":100}
                {"ts":3000,"room":"r","type":"online","count":400}
                {"ts":4000,"room":"r","type":"online","count":200}
                {"ts":5000,"room":"r","type":"segment","kind":"closing"}
                """)).summary();
        // 0 for 1 s, 100 for 2 s, 400 for 1 s, 200 for 1 s over 5 s
        assertThat((Double) s.get("avg_online")).isCloseTo(800.0 / 5, within(1e-9));
        assertThat(s.get("peak_online")).isEqualTo(400);
        assertThat(s.get("avg_watch_s")).isNull();
    }

    @Test
    void should_give_null_rates_and_no_errors_when_nobody_came() {
        Map<String, Object> s = feed(parse("""
                {"ts":"2026-11-28T20:00:00+08:00","room":"r1","type":"segment","kind":"opening"}
                """)).summary();
        for (String k : List.of("interaction_rate", "follow_rate", "product_click_rate", "click_to_buy_rate", "buy_rate",
                "refund_rate", "gpm", "uv_value", "aov", "avg_watch_s", "avg_online", "orders_per_min")) {
            assertThat(s).containsEntry(k, null);
        }
        assertThat(s).containsEntry("gmv", new BigDecimal("0.00")).containsEntry("pv", 0L);
    }

    @Test
    void should_credit_a_pay_without_user_that_comes_before_its_order() {
        Map<String, Object> s = feed(parse("""
                {"ts":0,"room":"r","type":"enter","user":"a"}
                {"ts":1000,"room":"r","type":"product_click","user":"a","product":"P1"}
                {"ts":2000,"room":"r","type":"pay","order_id":"o1","amount":"10.005"}
                {"ts":2000,"room":"r","type":"order","user":"a","order_id":"o1","product":"P1","qty":1,"amount":"10.005"}
                {"ts":3000,"room":"r","type":"pay","order_id":"o2","amount":"5"}
                """)).summary();
        assertThat(s).containsEntry("paid_orders", 2L).containsEntry("gmv", new BigDecimal("15.01"))
                .containsEntry("aov", new BigDecimal("15.01")).containsEntry("click_to_buy_rate", 1.0);
    }

    @Test
    void should_refuse_events_of_another_room() {
        RoomMetrics m = new RoomMetrics();
        m.accept(new LiveEvent.Enter(0, "r1", "a", null));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> m.accept(new LiveEvent.Enter(0, "r2", "a", null)))
                .hasMessageContaining("r2");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void should_agree_with_the_naive_implementation_on_simulated_sessions(long seed) {
        SyntheticSession.Session session = SyntheticSession.generate(seed, 30, 25, seed % 2 == 0, seed % 3 != 0);
        assertSameMetrics(feed(session.events()).summary(), NaiveMetrics.compute(session.events()));
    }

    @Test
    void should_agree_with_the_naive_implementation_on_the_hand_made_session() {
        List<LiveEvent> ev = parse(SESSION);
        assertSameMetrics(feed(ev).summary(), NaiveMetrics.compute(ev));
    }

    @Test
    void should_continue_from_a_snapshot_as_if_never_stopped() {
        List<LiveEvent> ev = SyntheticSession.generate(11, 20, 30, true, true).events();
        RoomMetrics first = new RoomMetrics();
        ev.subList(0, ev.size() / 2).forEach(first::accept);
        RoomMetrics restored = RoomMetrics.restore(first.snapshot());
        ev.subList(ev.size() / 2, ev.size()).forEach(restored::accept);
        RoomMetrics whole = feed(ev);
        assertThat(restored.summary()).isEqualTo(whole.summary());
        assertThat(restored.timeline()).isEqualTo(whole.timeline());
        assertThat(restored.products()).isEqualTo(whole.products());
    }

    @Test
    void should_sum_the_timeline_to_the_totals_on_a_large_session() {
        List<LiveEvent> ev = SyntheticSession.generate(21, 90, 300, false, true).events();
        RoomMetrics m = feed(ev);
        Map<String, Object> s = m.summary();
        List<MinuteRow> rows = m.timeline();
        assertThat(rows).hasSize(91);
        assertThat(rows.stream().mapToLong(MinuteRow::paidOrders).sum()).isEqualTo(s.get("paid_orders"));
        assertThat(rows.stream().map(MinuteRow::gmv).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo((BigDecimal) s.get("gmv"));
        assertThat(rows.stream().mapToLong(MinuteRow::enters).sum()).isEqualTo(s.get("pv"));
        BigDecimal productGmv = m.products().stream().map(ProductRow::gmv).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(productGmv.add(new BigDecimal("10.00"))).isEqualByComparingTo((BigDecimal) s.get("gmv")); // the unknown order's pay
    }

    static void assertSameMetrics(Map<String, Object> actual, Map<String, Object> truth) {
        for (Map.Entry<String, Object> e : truth.entrySet()) {
            Object a = actual.get(e.getKey()), t = e.getValue();
            assertThat(actual).as(e.getKey()).containsKey(e.getKey());
            if (t == null) {
                assertThat(a).as(e.getKey()).isNull();
            } else if (t instanceof BigDecimal bt) {
                assertThat((BigDecimal) a).as(e.getKey()).isEqualByComparingTo(bt);
            } else if (t instanceof Double dt) {
                assertThat(((Number) a).doubleValue()).as(e.getKey()).isCloseTo(dt, within(1e-9 * Math.max(1, Math.abs(dt))));
            } else {
                assertThat(((Number) a).longValue()).as(e.getKey()).isEqualTo(((Number) t).longValue());
            }
        }
        assertThat(Stream.of("pv", "gmv", "avg_online").allMatch(actual::containsKey)).isTrue();
    }
}
