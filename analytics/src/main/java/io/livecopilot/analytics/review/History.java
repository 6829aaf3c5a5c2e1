package io.livecopilot.analytics.review;

import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.EventLog;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A session's headline metrics against the room's own history (as 抖音罗盘 shows against peers): the median and the
 * 75th percentile of each metric over the room's past sessions in the event log.
 */
public final class History {
    /** The metrics compared, in display order. */
    public static final List<String> HEADLINE = List.of("uv", "peak_online", "avg_online", "avg_watch_s", "interaction_rate",
            "follow_rate", "product_click_rate", "click_to_buy_rate", "buy_rate", "paid_orders", "gmv", "gpm", "uv_value",
            "aov", "refund_rate", "orders_per_min");

    private History() {}

    /**
     * The summaries of the room's past sessions (runs of events with no gap over {@code gapMillis}), newest last, at
     * most {@code max} of them, leaving out any session that overlaps [{@code excludeStart}, {@code excludeEnd}] (the
     * session under review, when it was stored).
     */
    public static List<Map<String, Object>> pastSummaries(EventLog log, String room, long gapMillis, long excludeStart,
                                                          long excludeEnd, int max) {
        return pastSummaries(log, room, gapMillis, excludeStart, excludeEnd, max, e -> { });
    }

    /** As {@link #pastSummaries(EventLog, String, long, long, long, int)}, also passing every past event to {@code tap}. */
    public static List<Map<String, Object>> pastSummaries(EventLog log, String room, long gapMillis, long excludeStart,
                                                          long excludeEnd, int max, java.util.function.Consumer<LiveEvent> tap) {
        List<EventLog.SessionInfo> sessions = new ArrayList<>(log.sessions(room, gapMillis));
        sessions.removeIf(s -> s.startTs() <= excludeEnd && s.endTs() >= excludeStart);
        if (sessions.size() > max) sessions = sessions.subList(sessions.size() - max, sessions.size());
        List<Map<String, Object>> out = new ArrayList<>();
        for (EventLog.SessionInfo s : sessions) {
            RoomMetrics m = new RoomMetrics();
            log.read(room, s.startTs(), s.endTs() + 1, e -> {
                m.accept(e);
                tap.accept(e);
            });
            if (m.events() > 0) out.add(m.summary());
        }
        return out;
    }

    /** Each headline metric of {@code current} with the median and 75th percentile of the past sessions. */
    public static Map<String, Object> compare(Map<String, Object> current, List<Map<String, Object>> past) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessions", past.size());
        if (past.isEmpty()) {
            out.put("note", "no past sessions of this room in the store");
            return out;
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        Percentile pct = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        for (String key : HEADLINE) {
            double[] values = past.stream().map(p -> p.get(key)).filter(v -> v instanceof Number)
                    .mapToDouble(v -> ((Number) v).doubleValue()).toArray();
            if (values.length == 0) continue;
            Object v = current.get(key);
            double median = pct.evaluate(values, 50), p75 = pct.evaluate(values, 75);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("value", v);
            row.put("median", round(median));
            row.put("p75", round(p75));
            row.put("sessions", values.length);
            if (v instanceof Number n) {
                double x = n.doubleValue();
                row.put("vs_median", median == 0 ? null : round(x / median - 1));
                row.put("level", x >= p75 ? "above_p75" : x >= median ? "above_median" : "below_median");
            }
            metrics.put(key, row);
        }
        out.put("metrics", metrics);
        return out;
    }

    private static Object round(double v) {
        return BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
    }
}
