package io.livecopilot.assistant;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.nlu.Intent;

import java.util.EnumMap;
import java.util.Map;

/**
 * How suggested replies are released: review-first or automatic per intent, per-viewer and per-room rate limits, the
 * same answer once per window, a length limit, throttled event replies and the mark that says the AI wrote it.
 * Immutable; the counters live in each room's assistant.
 */
public final class ReplyPolicy {
    /** Whether a reply is sent at once or waits for the room manager. */
    public enum Mode { AUTO, REVIEW }

    private final Map<Intent, Mode> modes;
    private final Mode defaultMode;
    private final long viewerIntervalMs;
    private final int roomBurst;
    private final long roomRefillMs;
    private final long dedupeWindowMs;
    private final int maxChars;
    private final long eventReplyIntervalMs;
    private final String aiMark;

    private ReplyPolicy(Builder b) {
        this.modes = Map.copyOf(b.modes);
        this.defaultMode = b.defaultMode;
        this.viewerIntervalMs = b.viewerIntervalMs;
        this.roomBurst = b.roomBurst;
        this.roomRefillMs = b.roomRefillMs;
        this.dedupeWindowMs = b.dedupeWindowMs;
        this.maxChars = b.maxChars;
        this.eventReplyIntervalMs = b.eventReplyIntervalMs;
        this.aiMark = b.aiMark;
    }

    /** The defaults: facts answered automatically, recommendations and comparisons reviewed first. */
    public static ReplyPolicy defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Mode modeOf(Intent intent) {
        return modes.getOrDefault(intent, defaultMode);
    }

    public long viewerIntervalMs() { return viewerIntervalMs; }

    public int roomBurst() { return roomBurst; }

    public long roomRefillMs() { return roomRefillMs; }

    public long dedupeWindowMs() { return dedupeWindowMs; }

    public int maxChars() { return maxChars; }

    public long eventReplyIntervalMs() { return eventReplyIntervalMs; }

    public String aiMark() { return aiMark; }

    /** Options of a {@link ReplyPolicy}; every default is set here. */
    public static final class Builder {
        private final Map<Intent, Mode> modes = new EnumMap<>(Intent.class);
        private Mode defaultMode = Mode.AUTO;
        private long viewerIntervalMs = 5_000;
        private int roomBurst = 10;
        private long roomRefillMs = 1_000;
        private long dedupeWindowMs = 60_000;
        private int maxChars = 100;
        private long eventReplyIntervalMs = 15_000;
        private String aiMark = "（AI回复）";

        private Builder() {
            modes.put(Intent.ASK_RECOMMEND, Mode.REVIEW);
            modes.put(Intent.COMPARE, Mode.REVIEW);
            modes.put(Intent.ASK_USAGE, Mode.REVIEW);
            modes.put(Intent.ASK_AUTHENTICITY, Mode.REVIEW);
        }

        /** Sets the mode of one intent. */
        public Builder mode(Intent intent, Mode mode) {
            modes.put(intent, mode);
            return this;
        }

        /** Sets the mode of every intent (then {@link #mode} can make exceptions). */
        public Builder allModes(Mode mode) {
            modes.clear();
            defaultMode = mode;
            return this;
        }

        /** At most one reply to the same viewer per this many ms (answers that fill a missing detail are exempt). */
        public Builder viewerIntervalMs(long v) {
            viewerIntervalMs = requirePositive("viewerIntervalMs", v);
            return this;
        }

        /** The room sends at most {@code burst} replies at once and then one per {@code refillMs}. */
        public Builder roomRate(int burst, long refillMs) {
            roomBurst = (int) requirePositive("roomBurst", burst);
            roomRefillMs = requirePositive("roomRefillMs", refillMs);
            return this;
        }

        /** The same answer is sent once per this window. */
        public Builder dedupeWindowMs(long v) {
            dedupeWindowMs = requirePositive("dedupeWindowMs", v);
            return this;
        }

        /** Replies longer than this are cut at a clause boundary. */
        public Builder maxChars(int v) {
            if (v < 20) throw LiveCopilotException.badInput("maxChars: must be ≥ 20, was " + v);
            maxChars = v;
            return this;
        }

        /** At most one welcome, and one thank-you per kind, per this many ms. */
        public Builder eventReplyIntervalMs(long v) {
            eventReplyIntervalMs = requirePositive("eventReplyIntervalMs", v);
            return this;
        }

        /** The mark appended to every reply (default "（AI回复）"); must not be blank. */
        public Builder aiMark(String v) {
            if (v == null || v.isBlank()) throw LiveCopilotException.badInput("aiMark: must not be blank: every reply is marked as AI-generated");
            aiMark = v;
            return this;
        }

        private static long requirePositive(String name, long v) {
            if (v <= 0) throw LiveCopilotException.badInput(name + ": must be > 0, was " + v);
            return v;
        }

        public ReplyPolicy build() {
            return new ReplyPolicy(this);
        }
    }
}
