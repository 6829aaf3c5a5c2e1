package io.livecopilot.core.event;

import java.math.BigDecimal;

/**
 * One event of a live room (spec/events.md): a sealed family with one record per type.
 *
 * <p>Every event has a timestamp in epoch milliseconds, a room and, for viewer actions, a user; time is always taken
 * from the events, never from a clock.
 */
public sealed interface LiveEvent {
    /** Epoch milliseconds. */
    long ts();

    String room();

    /** The viewer, or {@code null} for room-level events. */
    String user();

    EventType type();

    /** A viewer enters the room; {@code source} is recommend, follow, search, ad, share, other or {@code null}. */
    record Enter(long ts, String room, String user, String source) implements LiveEvent {
        public EventType type() { return EventType.ENTER; }
    }

    record Leave(long ts, String room, String user) implements LiveEvent {
        public EventType type() { return EventType.LEAVE; }
    }

    /** A platform snapshot of concurrent viewers. */
    record Online(long ts, String room, String user, int count) implements LiveEvent {
        public EventType type() { return EventType.ONLINE; }
    }

    /** A comment (弹幕) as the viewer wrote it. */
    record Comment(long ts, String room, String user, String text) implements LiveEvent {
        public EventType type() { return EventType.COMMENT; }
    }

    record Like(long ts, String room, String user, int count) implements LiveEvent {
        public EventType type() { return EventType.LIKE; }
    }

    record Follow(long ts, String room, String user) implements LiveEvent {
        public EventType type() { return EventType.FOLLOW; }
    }

    record Share(long ts, String room, String user) implements LiveEvent {
        public EventType type() { return EventType.SHARE; }
    }

    record Gift(long ts, String room, String user, BigDecimal value) implements LiveEvent {
        public EventType type() { return EventType.GIFT; }
    }

    /** The host starts a script segment: opening, pitch, interaction, promo, closing or other. */
    record Segment(long ts, String room, String user, String kind, String product, String script) implements LiveEvent {
        public EventType type() { return EventType.SEGMENT; }
    }

    record ProductShow(long ts, String room, String user, String product) implements LiveEvent {
        public EventType type() { return EventType.PRODUCT_SHOW; }
    }

    record ProductClick(long ts, String room, String user, String product) implements LiveEvent {
        public EventType type() { return EventType.PRODUCT_CLICK; }
    }

    record AddToCart(long ts, String room, String user, String product, int qty) implements LiveEvent {
        public EventType type() { return EventType.ADD_TO_CART; }
    }

    /** An order created (下单). */
    record Order(long ts, String room, String user, String orderId, String product, int qty, BigDecimal amount) implements LiveEvent {
        public EventType type() { return EventType.ORDER; }
    }

    /** An order paid (成交). */
    record Pay(long ts, String room, String user, String orderId, BigDecimal amount) implements LiveEvent {
        public EventType type() { return EventType.PAY; }
    }

    record Refund(long ts, String room, String user, String orderId, BigDecimal amount) implements LiveEvent {
        public EventType type() { return EventType.REFUND; }
    }

    /** A coupon released to the room, for one product or (product {@code null}) the whole room. */
    record Coupon(long ts, String room, String user, String coupon, String product, BigDecimal discount) implements LiveEvent {
        public EventType type() { return EventType.COUPON; }
    }
}
