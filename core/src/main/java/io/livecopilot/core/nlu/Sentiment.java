package io.livecopilot.core.nlu;

/** The polarity of a comment; neutral when the classifier is unsure. */
public enum Sentiment {
    POSITIVE, NEGATIVE, NEUTRAL;

    public String wire() { return name().toLowerCase(java.util.Locale.ROOT); }
}
