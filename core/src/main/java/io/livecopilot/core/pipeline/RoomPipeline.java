package io.livecopilot.core.pipeline;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.LiveEvents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Routes events to per-room chains of {@link RoomOperator}s, created on a room's first event from the registered
 * factories, in registration order. Adding a stage is one line: {@code pipeline.add(room -> new RoomMetricsOperator(room))}.
 * Not thread-safe: one thread feeds it (the replay's or the ingest's).
 */
public final class RoomPipeline {
    private final List<Function<String, RoomOperator>> factories = new ArrayList<>();
    private final Map<String, RoomOperator[]> rooms = new LinkedHashMap<>();
    private final Map<String, RoomOperator[]> lookup = new HashMap<>();
    private final Consumer<Object> out;
    private String lastRoom;
    private RoomOperator[] last;

    /** A pipeline whose operators' outputs all go to {@code out}. */
    public RoomPipeline(Consumer<Object> out) {
        this.out = out;
    }

    /** Adds a stage: a factory called once per room with the room id. */
    public RoomPipeline add(Function<String, RoomOperator> factory) {
        if (!rooms.isEmpty()) throw new IllegalStateException("add every stage before the first event");
        factories.add(factory);
        return this;
    }

    /** Feeds one event to its room's chain. */
    public void accept(LiveEvent e) {
        RoomOperator[] ops;
        String room = LiveEvents.room(e); // not e.room(): an interface call per event (LiveEvents)
        if (room.equals(lastRoom)) {
            ops = last;
        } else {
            ops = lookup.get(room);
            if (ops == null) {
                ops = new RoomOperator[factories.size()];
                for (int i = 0; i < ops.length; i++) ops[i] = factories.get(i).apply(room);
                lookup.put(room, ops);
                rooms.put(room, ops);
            }
            lastRoom = room;
            last = ops;
        }
        for (RoomOperator op : ops) op.accept(e, out);
    }

    /** The rooms seen, in order of first event. */
    public List<String> rooms() {
        return List.copyOf(rooms.keySet());
    }

    /** The operators of a room, in stage order (empty when the room was not seen). */
    public List<RoomOperator> operators(String room) {
        RoomOperator[] ops = rooms.get(room);
        return ops == null ? List.of() : List.of(ops);
    }

    /**
     * The summary of the run: each operator's contribution; with one room, the operators' keys directly, with several,
     * under {@code "rooms"} → room → keys; empty when no event came.
     */
    public Map<String, Object> summarize() {
        Map<String, Object> summary = new LinkedHashMap<>();
        if (rooms.isEmpty()) return summary;
        if (rooms.size() == 1) {
            for (RoomOperator op : rooms.values().iterator().next()) op.summarize(summary);
            return summary;
        }
        Map<String, Object> per = new LinkedHashMap<>();
        for (Map.Entry<String, RoomOperator[]> r : rooms.entrySet()) {
            Map<String, Object> s = new LinkedHashMap<>();
            for (RoomOperator op : r.getValue()) op.summarize(s);
            per.put(r.getKey(), s);
        }
        summary.put("rooms", per);
        return summary;
    }
}
