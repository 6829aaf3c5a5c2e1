package io.livecopilot.core.port;

import io.livecopilot.core.event.LiveEvent;

import java.util.List;
import java.util.function.Consumer;

/**
 * The durable log of live-room events: what analytics, history and recovery after a crash are built from.
 * Implementations append in batches; an {@link #append} that returned is durable.
 */
public interface EventLog {
    /** Appends the events; when this returns they survive a crash of the process. */
    void append(List<? extends LiveEvent> events);

    /** Feeds every event of the room to the sink in timestamp order (ties in append order). */
    void read(String room, Consumer<LiveEvent> sink);

    /** Feeds the room's events with {@code fromTs <= ts < toTs} in timestamp order. */
    void read(String room, long fromTs, long toTs, Consumer<LiveEvent> sink);

    /** The rooms that have events. */
    List<String> rooms();

    /** The number of events of the room. */
    long count(String room);

    /**
     * The room's sessions: runs of events with no gap longer than {@code gapMillis}, oldest first.
     * A room's history is its past sessions.
     */
    List<SessionInfo> sessions(String room, long gapMillis);

    /** One live session of a room: its first and last event time and its number of events. */
    record SessionInfo(String room, long startTs, long endTs, long events) {}
}
