package io.livecopilot.core.event;

/**
 * The fields every {@link LiveEvent} has, read for the live path's per-event code without an interface call.
 *
 * <p>{@code e.ts()}, {@code e.room()} and {@code e.type()} on a {@link LiveEvent} are calls to one of sixteen record
 * classes: the JIT cannot inline them (the call site sees many classes), and each goes through the interface's
 * dispatch stub — measured in the replay's live path: about a third of its time went to those calls and stubs. These
 * read the same fields after testing the event against the most frequent classes of a live stream (likes, enters,
 * leaves, comments, product clicks: ~90% of events), a test of the object's class each, so that the call is a direct,
 * inlined field read; the other classes take the interface call. Same results as the interface's methods, always.
 */
public final class LiveEvents {
    private LiveEvents() {}

    /** {@link LiveEvent#ts()}. */
    public static long ts(LiveEvent e) {
        if (e instanceof LiveEvent.Like x) return x.ts();
        if (e instanceof LiveEvent.Enter x) return x.ts();
        if (e instanceof LiveEvent.Leave x) return x.ts();
        if (e instanceof LiveEvent.Comment x) return x.ts();
        if (e instanceof LiveEvent.ProductClick x) return x.ts();
        return e.ts();
    }

    /** {@link LiveEvent#room()}. */
    public static String room(LiveEvent e) {
        if (e instanceof LiveEvent.Like x) return x.room();
        if (e instanceof LiveEvent.Enter x) return x.room();
        if (e instanceof LiveEvent.Leave x) return x.room();
        if (e instanceof LiveEvent.Comment x) return x.room();
        if (e instanceof LiveEvent.ProductClick x) return x.room();
        return e.room();
    }

    /** {@link LiveEvent#type()}. */
    public static EventType type(LiveEvent e) {
        if (e instanceof LiveEvent.Like) return EventType.LIKE;
        if (e instanceof LiveEvent.Enter) return EventType.ENTER;
        if (e instanceof LiveEvent.Leave) return EventType.LEAVE;
        if (e instanceof LiveEvent.Comment) return EventType.COMMENT;
        if (e instanceof LiveEvent.ProductClick) return EventType.PRODUCT_CLICK;
        return e.type();
    }
}
