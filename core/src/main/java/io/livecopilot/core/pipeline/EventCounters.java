package io.livecopilot.core.pipeline;

import io.livecopilot.core.event.EventType;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.LiveEvents;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** The simplest stage: counts a room's events per type, reported as {@code "counts"}. */
public final class EventCounters implements RoomOperator {
    private final long[] counts = new long[EventType.values().length];
    private long total;

    @Override
    public void accept(LiveEvent event, Consumer<Object> out) {
        counts[LiveEvents.type(event).ordinal()]++;
        total++;
    }

    public long count(EventType t) {
        return counts[t.ordinal()];
    }

    public long total() {
        return total;
    }

    @Override
    public void summarize(Map<String, Object> summary) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", total);
        for (EventType t : EventType.values()) m.put(t.wire(), counts[t.ordinal()]);
        summary.put("counts", m);
    }
}
