package io.livecopilot.core.pipeline;

import io.livecopilot.core.event.LiveEvent;

import java.util.Map;
import java.util.function.Consumer;

/**
 * One step of the live path for one room: it sees every event of its room in time order and may emit outputs.
 * State lives in the operator object (one per room), time is taken from the events; no statics, no clock.
 */
public interface RoomOperator {
    /** Handles one event of this operator's room; outputs (e.g. suggested replies) go to {@code out}. */
    void accept(LiveEvent event, Consumer<Object> out);

    /** Adds what this operator reports at the end of a run to the summary (e.g. {@code "metrics"}); nothing by default. */
    default void summarize(Map<String, Object> summary) {}
}
