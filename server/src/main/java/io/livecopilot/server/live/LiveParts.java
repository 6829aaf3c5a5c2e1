package io.livecopilot.server.live;

/**
 * Makes the per-room operators of a {@link LiveRoom}. A part that is not available in this build answers {@code null}
 * and {@link #missing(String)} says which module it needs.
 */
public interface LiveParts {
    /** A fresh metrics operator for the room, or {@code null} when the analytics part is missing. */
    MetricsOperator metrics(String room);

    /** A fresh assistant operator for the room, or {@code null} when the assistant part is missing. */
    AssistantOperator assistant(String room);

    /** Why the part ({@code "metrics"} or {@code "assistant"}) is missing, for a 501 answer. */
    default String missing(String part) {
        return "the " + part + " part is not available in this build";
    }
}
