package io.livecopilot.server.live;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.LiveEvents;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The live pipeline of one room: its metrics and assistant operators and its recent outputs.
 *
 * <p>One instance per room, no shared state, no clock: {@link #onEvent} folds an event in and returns what it produced
 * (suggested replies), with time taken from the events. The server, {@code replay} and a stream processor keyed by
 * room all drive it the same way. Thread-safe: calls on one room are serialized.
 */
public final class LiveRoom {
    /** Default number of outputs kept for reconnecting clients. */
    public static final int DEFAULT_RECENT = 2048;

    private final String room;
    private final LiveParts parts;
    private final MetricsOperator metrics;
    private final AssistantOperator assistant;
    private final RoomFeed feed;
    private long events;
    private long firstTs = Long.MAX_VALUE;
    private long lastTs = Long.MIN_VALUE;

    public LiveRoom(String room, LiveParts parts) {
        this(room, parts, DEFAULT_RECENT);
    }

    public LiveRoom(String room, LiveParts parts, int recent) {
        this.room = Objects.requireNonNull(room, "room");
        this.parts = Objects.requireNonNull(parts, "parts");
        this.metrics = parts.metrics(room);
        this.assistant = parts.assistant(room);
        this.feed = new RoomFeed(recent);
    }

    public String room() {
        return room;
    }

    /**
     * Folds a live event in: metrics, then the assistant; returns the suggested replies it produced. Every output goes
     * on the feed: {@code reply} for a suggested reply, {@code comment} for a comment seen without one (so the live
     * console shows every comment, tagged when the assistant understood it).
     */
    public List<Reply> onEvent(LiveEvent e) {
        synchronized (this) {
            track(e);
            if (metrics != null) metrics.accept(e);
            List<Reply> all = assistant == null ? List.of() : assistant.onEvent(e);
            if (all.isEmpty() && !(e instanceof LiveEvent.Comment)) return List.of(); // most events: nothing to publish
            List<Reply> replies = new java.util.ArrayList<>(all.size());
            for (Reply r : all) {
                if (r.reply() != null) {
                    replies.add(r);
                    feed.publish("reply", r.toMap(room));
                } else {
                    feed.publish("comment", r.toMap(room));
                }
            }
            if (all.isEmpty() && e instanceof LiveEvent.Comment c) {
                feed.publish("comment", new Reply("c" + events, c.ts(), c.user(), c.text(), null, null, null, List.of(), "none").toMap(room));
            }
            return replies;
        }
    }

    /**
     * Publishes the suggested replies the assistant held back since an earlier event and has ready now (an LLM wording
     * them answered or is late), so that a quiet room does not keep them until its next event; returns them.
     */
    public List<Reply> releaseHeld() {
        if (assistant == null) return List.of();
        synchronized (this) {
            List<Reply> ready = assistant.poll();
            for (Reply r : ready) feed.publish("reply", r.toMap(room));
            return ready;
        }
    }

    /**
     * Folds a past event in when the room is rebuilt from the store: the metrics, and the assistant's state (product on
     * show, viewers' clicks and orders, released coupons, the question window); no reply is suggested again and nothing
     * goes on the feed.
     */
    public synchronized void restore(LiveEvent e) {
        track(e);
        if (metrics != null) metrics.accept(e);
        if (assistant != null) assistant.restore(e);
    }

    private void track(LiveEvent e) {
        String r = LiveEvents.room(e); // not e.room(): an interface call per event (LiveEvents)
        if (!room.equals(r)) {
            throw LiveCopilotException.badInput("room: event of room \"" + r + "\" fed to room \"" + room + "\"");
        }
        events++;
        long t = LiveEvents.ts(e);
        firstTs = Math.min(firstTs, t);
        lastTs = Math.max(lastTs, t);
    }

    /** The events folded in so far. */
    public synchronized long events() {
        return events;
    }

    /** The latest event time seen (the room's clock), or {@code Long.MIN_VALUE} before any event. */
    public synchronized long lastTs() {
        return lastTs;
    }

    public synchronized long firstTs() {
        return firstTs;
    }

    /** The live metrics summary of spec/metrics.md; 501 when the analytics part is missing. */
    public synchronized Map<String, Object> metrics() {
        return needMetrics().summary();
    }

    public synchronized List<?> timeline() {
        return needMetrics().timeline();
    }

    public synchronized List<?> products() {
        return needMetrics().products();
    }

    public synchronized List<Map<String, Object>> hotWords(int k) {
        return needMetrics().hotWords(k);
    }

    /** The host's top questions of the recent window; 501 when the assistant part is missing. */
    public synchronized List<Map<String, Object>> topQuestions(int n) {
        return needAssistant().topQuestions(n);
    }

    /** What the room's assistant does with one comment, in the room's context (product on show, viewer memory). */
    public synchronized Map<String, Object> ask(String text, String user, String productOnShow) {
        return needAssistant().ask(text, user, productOnShow);
    }

    /** Applies a room manager's decision to a suggested reply and publishes the updated reply on the feed. */
    public Reply decide(String replyId, ReplyAction action, String text) {
        if (action == ReplyAction.EDIT && (text == null || text.isBlank())) {
            throw LiveCopilotException.badInput("text: is required to edit a reply");
        }
        Reply r;
        synchronized (this) {
            r = needAssistant().decide(replyId, action, text)
                    .orElseThrow(() -> new LiveCopilotException(io.livecopilot.core.ErrorKind.NOT_FOUND,
                            "reply \"" + replyId + "\" is not a suggested reply of room \"" + room + "\""));
        }
        feed.publish("reply", r.toMap(room));
        return r;
    }

    public boolean hasMetrics() {
        return metrics != null;
    }

    public boolean hasAssistant() {
        return assistant != null;
    }

    /** The room's recent outputs and their listeners. */
    public RoomFeed feed() {
        return feed;
    }

    private MetricsOperator needMetrics() {
        if (metrics == null) throw LiveCopilotException.notAvailable(parts.missing("metrics"));
        return metrics;
    }

    private AssistantOperator needAssistant() {
        if (assistant == null) throw LiveCopilotException.notAvailable(parts.missing("assistant"));
        return assistant;
    }
}
