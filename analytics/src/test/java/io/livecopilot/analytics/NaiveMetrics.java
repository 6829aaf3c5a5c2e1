package io.livecopilot.analytics;

import io.livecopilot.core.event.EventType;
import io.livecopilot.core.event.LiveEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A deliberately naive second implementation of spec/metrics.md, written straight from the definitions over the whole
 * list of events (sets, filters, a sweep over every pair of consecutive event times), to check {@link RoomMetrics}.
 */
final class NaiveMetrics {
    private NaiveMetrics() {}

    static Map<String, Object> compute(List<LiveEvent> input) {
        List<LiveEvent> ev = new ArrayList<>(input);
        ev.sort(Comparator.comparingLong(LiveEvent::ts));
        Map<String, Object> m = new LinkedHashMap<>();
        long start = ev.get(0).ts(), end = ev.get(ev.size() - 1).ts();
        List<LiveEvent> enters = of(ev, EventType.ENTER);
        Set<String> uvSet = users(enters);
        m.put("pv", (long) enters.size());
        m.put("uv", uvSet.size());

        // presence intervals per user: enter opens when outside, leave closes when inside
        Map<String, List<long[]>> intervals = new HashMap<>();
        Map<String, Long> open = new HashMap<>();
        for (LiveEvent e : ev) {
            if (e.type() == EventType.ENTER && !open.containsKey(e.user())) open.put(e.user(), e.ts());
            if (e.type() == EventType.LEAVE && open.containsKey(e.user())) {
                intervals.computeIfAbsent(e.user(), k -> new ArrayList<>()).add(new long[]{open.remove(e.user()), e.ts()});
            }
        }
        open.forEach((u, s) -> intervals.computeIfAbsent(u, k -> new ArrayList<>()).add(new long[]{s, end}));
        List<long[]> all = intervals.values().stream().flatMap(List::stream).collect(Collectors.toList());

        List<LiveEvent> snaps = of(ev, EventType.ONLINE);
        TreeSet<Long> times = ev.stream().map(LiveEvent::ts).collect(Collectors.toCollection(TreeSet::new));
        double area = 0;
        int peak = 0;
        Long prev = null;
        boolean presence = !enters.isEmpty() || snaps.isEmpty();
        for (long t : times) {
            peak = Math.max(peak, inside(all, t));
            if (prev != null) {
                int cPrev = presence ? inside(all, prev) : lastSnapshot(snaps, prev);
                area += (double) cPrev * (t - prev);
            }
            prev = t;
        }
        if (!snaps.isEmpty()) peak = snaps.stream().mapToInt(e -> ((LiveEvent.Online) e).count()).max().getAsInt();
        m.put("peak_online", peak);
        m.put("avg_online", end > start ? area / (end - start) : null);
        double watchMs = all.stream().mapToLong(iv -> iv[1] - iv[0]).sum();
        m.put("avg_watch_s", uvSet.isEmpty() ? null : watchMs / 1000.0 / uvSet.size());

        m.put("comments", (long) of(ev, EventType.COMMENT).size());
        m.put("likes", of(ev, EventType.LIKE).stream().mapToLong(e -> ((LiveEvent.Like) e).count()).sum());
        m.put("shares", (long) of(ev, EventType.SHARE).size());
        m.put("follows", (long) of(ev, EventType.FOLLOW).size());

        Set<String> interacting = new HashSet<>();
        for (EventType t : List.of(EventType.COMMENT, EventType.LIKE, EventType.SHARE, EventType.FOLLOW)) interacting.addAll(users(of(ev, t)));
        Set<String> followers = users(of(ev, EventType.FOLLOW));
        Set<String> clickers = users(of(ev, EventType.PRODUCT_CLICK));
        Map<String, String> orderUser = new HashMap<>();
        for (LiveEvent e : of(ev, EventType.ORDER)) orderUser.put(((LiveEvent.Order) e).orderId(), e.user());
        Set<String> payers = new HashSet<>();
        for (LiveEvent e : of(ev, EventType.PAY)) {
            String u = e.user() != null ? e.user() : orderUser.get(((LiveEvent.Pay) e).orderId());
            if (u != null) payers.add(u);
        }
        m.put("interaction_rate", rate(interacting.size(), uvSet.size()));
        m.put("follow_rate", rate(followers.size(), uvSet.size()));
        m.put("product_click_rate", rate(clickers.size(), uvSet.size()));
        m.put("click_to_buy_rate", rate(payers.size(), clickers.size()));
        m.put("buy_rate", rate(payers.size(), uvSet.size()));
        long paid = of(ev, EventType.PAY).size();
        m.put("orders", (long) of(ev, EventType.ORDER).size());
        m.put("paid_orders", paid);
        BigDecimal gmv = of(ev, EventType.PAY).stream().map(e -> ((LiveEvent.Pay) e).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal refund = of(ev, EventType.REFUND).stream().map(e -> ((LiveEvent.Refund) e).amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        m.put("gmv", gmv.setScale(2, RoundingMode.HALF_UP));
        m.put("refund_amount", refund.setScale(2, RoundingMode.HALF_UP));
        m.put("net_gmv", gmv.subtract(refund).setScale(2, RoundingMode.HALF_UP));
        m.put("gpm", enters.isEmpty() ? null : gmv.multiply(new BigDecimal(1000)).divide(new BigDecimal(enters.size()), 2, RoundingMode.HALF_UP));
        m.put("uv_value", uvSet.isEmpty() ? null : gmv.divide(new BigDecimal(uvSet.size()), 2, RoundingMode.HALF_UP));
        m.put("aov", payers.isEmpty() ? null : gmv.divide(new BigDecimal(payers.size()), 2, RoundingMode.HALF_UP));
        Set<String> refunded = of(ev, EventType.REFUND).stream().map(e -> ((LiveEvent.Refund) e).orderId()).collect(Collectors.toSet());
        m.put("refund_rate", rate(refunded.size(), paid));
        m.put("orders_per_min", end > start ? paid / ((end - start) / 60000.0) : null);
        return m;
    }

    private static int inside(List<long[]> intervals, long t) {
        int c = 0;
        for (long[] iv : intervals) if (iv[0] <= t && t < iv[1]) c++;
        return c;
    }

    private static int lastSnapshot(List<LiveEvent> snaps, long t) {
        int c = 0;
        for (LiveEvent e : snaps) if (e.ts() <= t) c = ((LiveEvent.Online) e).count();
        return c;
    }

    private static Double rate(long n, long d) {
        return d == 0 ? null : (double) n / d;
    }

    private static List<LiveEvent> of(List<LiveEvent> ev, EventType t) {
        return ev.stream().filter(e -> e.type() == t).collect(Collectors.toList());
    }

    private static Set<String> users(List<LiveEvent> ev) {
        return ev.stream().map(LiveEvent::user).filter(Objects::nonNull).collect(Collectors.toSet());
    }
}
