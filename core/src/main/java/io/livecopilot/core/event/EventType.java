package io.livecopilot.core.event;

import java.util.HashMap;
import java.util.Map;

/** The event types of spec/events.md, with their wire names. */
public enum EventType {
    ENTER("enter"), LEAVE("leave"), ONLINE("online"), COMMENT("comment"), LIKE("like"), FOLLOW("follow"),
    SHARE("share"), GIFT("gift"), SEGMENT("segment"), PRODUCT_SHOW("product_show"), PRODUCT_CLICK("product_click"),
    ADD_TO_CART("add_to_cart"), ORDER("order"), PAY("pay"), REFUND("refund"), COUPON("coupon");

    /** All types, in declaration order (one shared copy). */
    static final EventType[] VALUES = values();

    private static final Map<String, EventType> BY_WIRE = new HashMap<>();

    static {
        for (EventType t : values()) BY_WIRE.put(t.wire, t);
    }

    private final String wire;

    EventType(String wire) { this.wire = wire; }

    /** The name used in files and the API ("product_show"). */
    public String wire() { return wire; }

    /** The type of a wire name, or {@code null} when unknown. */
    public static EventType ofWire(String wire) { return BY_WIRE.get(wire); }
}
