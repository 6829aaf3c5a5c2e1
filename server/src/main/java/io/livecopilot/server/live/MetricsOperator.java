package io.livecopilot.server.live;

import io.livecopilot.core.event.LiveEvent;

import java.util.List;
import java.util.Map;

/**
 * A room's live-metrics operator: folds the room's events into the metrics of spec/metrics.md.
 *
 * <p>The narrow face of analytics' {@code RoomMetrics} that a {@link LiveRoom} needs; time comes from the events.
 */
public interface MetricsOperator {
    void accept(LiveEvent event);

    /** The summary keyed as in spec/metrics.md ({@code pv}, {@code uv}, {@code comments}, …). */
    Map<String, Object> summary();

    /** Per-minute rows of the session so far. */
    List<?> timeline();

    /** Per-product rows of the session so far. */
    List<?> products();

    /** The {@code k} hottest words of the comments so far ({@code word}, {@code count}, …); none by default. */
    default List<Map<String, Object>> hotWords(int k) {
        return List.of();
    }
}
