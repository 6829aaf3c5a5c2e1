package io.livecopilot.core.nlu;

import java.util.HashMap;
import java.util.Map;

/** The intents of spec/intents.md, with their contract names. Every comment gets exactly one. */
public enum Intent {
    ASK_PRICE, ASK_DISCOUNT, ASK_LINK, ASK_SIZE, ASK_VARIANT, ASK_SPEC, ASK_USAGE, ASK_STOCK, ASK_SHIPPING,
    ASK_AFTERSALE, ASK_AUTHENTICITY, ASK_RECOMMEND, COMPARE, REQUEST_SHOW, ORDER_ISSUE, COMPLAINT, PRAISE,
    GREETING, INTERACTION, SPAM, OTHER;

    private static final Map<String, Intent> BY_NAME = new HashMap<>();

    static {
        for (Intent i : values()) BY_NAME.put(i.wire(), i);
    }

    /** The contract name ("ask_price"). */
    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }

    /** The intent of a contract name, or {@code null} when unknown. */
    public static Intent ofWire(String name) { return name == null ? null : BY_NAME.get(name.strip().toLowerCase(java.util.Locale.ROOT)); }

    /** Whether the viewer asks something that a fact of the catalog can answer or a person should look at. */
    public boolean isQuestion() {
        return name().startsWith("ASK_") || this == COMPARE || this == ORDER_ISSUE;
    }
}
