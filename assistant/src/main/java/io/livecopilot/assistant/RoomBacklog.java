package io.livecopilot.assistant;

import io.livecopilot.core.event.LiveEvent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a room kept for its {@link LiveAssistant} while the assistant cannot be built yet (its language models
 * still loading when the server rebuilds the room from the store): only the events that shape the assistant's state,
 * bounded, and handed to {@link LiveAssistant#restore} in order once it exists.
 *
 * <p>It keeps the comments of the last question window, the latest products shown, the coupons released (the latest
 * {@value LiveCoupons#MAX}) and the most recent clicks, carts and orders (at most {@code maxEvents}); everything else
 * (entries, likes, payments …) does not change what the assistant says and is not kept. Not thread-safe.
 */
public final class RoomBacklog {
    private final long windowMs;
    private final int maxEvents;
    private final ArrayDeque<LiveEvent> comments = new ArrayDeque<>();
    private final ArrayDeque<LiveEvent> actions = new ArrayDeque<>();
    private final ArrayDeque<LiveEvent> coupons = new ArrayDeque<>();
    /** The latest products shown (a comment of the window may predate the last one). */
    private final ArrayDeque<LiveEvent> shown = new ArrayDeque<>();
    private static final int SHOWN_KEPT = 16;
    private long now = Long.MIN_VALUE;

    /**
     * @param windowMs  the assistant's question window: older comments are not kept
     * @param maxEvents the most clicks, carts and orders kept (and the most comments)
     */
    public RoomBacklog(long windowMs, int maxEvents) {
        if (windowMs <= 0) throw new IllegalArgumentException("windowMs: must be > 0, was " + windowMs);
        if (maxEvents <= 0) throw new IllegalArgumentException("maxEvents: must be > 0, was " + maxEvents);
        this.windowMs = windowMs;
        this.maxEvents = maxEvents;
    }

    /** A backlog for an assistant with default options. */
    public RoomBacklog() {
        this(LiveAssistant.Options.DEFAULTS.questionWindowMs(), 100_000);
    }

    /** Keeps the event if it shapes the assistant's state. */
    public void add(LiveEvent e) {
        if (e == null) return;
        if (e.ts() > now) now = e.ts();
        if (e instanceof LiveEvent.Comment) {
            comments.addLast(e);
            long from = now - windowMs;
            while (comments.size() > maxEvents || comments.peekFirst().ts() < from) comments.removeFirst();
        } else if (e instanceof LiveEvent.ProductShow ps && ps.product() != null
                || e instanceof LiveEvent.Segment s && s.product() != null) {
            shown.addLast(e);
            while (shown.size() > SHOWN_KEPT) shown.removeFirst();
        } else if (e instanceof LiveEvent.Coupon) {
            coupons.addLast(e);
            while (coupons.size() > LiveCoupons.MAX) coupons.removeFirst();
        } else if (e instanceof LiveEvent.ProductClick || e instanceof LiveEvent.AddToCart || e instanceof LiveEvent.Order) {
            actions.addLast(e);
            while (actions.size() > maxEvents) actions.removeFirst();
        }
    }

    /** The number of events kept. */
    public int size() {
        return comments.size() + actions.size() + coupons.size() + shown.size();
    }

    /** Folds the kept events into the assistant in time order (arrival order on a tie) and forgets them. */
    public void drainTo(LiveAssistant assistant) {
        List<LiveEvent> all = new ArrayList<>(size());
        all.addAll(coupons);
        all.addAll(shown);
        all.addAll(actions);
        all.addAll(comments);
        all.sort(java.util.Comparator.comparingLong(LiveEvent::ts)); // stable: arrival order kept on a tie
        for (LiveEvent e : all) assistant.restore(e);
        comments.clear();
        actions.clear();
        coupons.clear();
        shown.clear();
    }
}
