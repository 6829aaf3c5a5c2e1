package io.livecopilot.assistant;

/** What the assistant decides to do with a comment. */
public enum Decision {
    /** Answer from catalog facts. */
    ANSWER,
    /** Recommend or compare products. */
    RECOMMEND,
    /** Ask the viewer for a missing detail (height and weight, which link). */
    ASK_BACK,
    /** Hand to the host: the catalog cannot answer, or a person must act (complaint, order problem). */
    ESCALATE,
    /** Thank or welcome. */
    THANK,
    /** Say nothing (spam, attacks, chatter). */
    IGNORE;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
