package io.livecopilot.nlp.classify;

import io.livecopilot.core.nlu.Intent;

import java.util.Locale;

/** What a classifier labels: the 21 intents of spec/intents.md, or sentiment (positive / negative). */
public enum Task {
    INTENT, SENTIMENT;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task named {@code s} ("intent" or "sentiment"), or an exception naming the bad value. */
    public static Task of(String s) {
        if (s != null) {
            for (Task t : values()) if (t.wire().equalsIgnoreCase(s.strip())) return t;
        }
        throw io.livecopilot.core.LiveCopilotException.badInput("--task: must be intent or sentiment, was '" + s + "'");
    }

    /**
     * The canonical label for a label as written in a file, or {@code null} when it is not one of this task's labels.
     * Sentiment accepts positive/negative, pos/neg and 1/0.
     */
    public String canonicalLabel(String raw) {
        if (raw == null) return null;
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (this == INTENT) {
            Intent i = Intent.ofWire(s);
            return i == null ? null : i.wire();
        }
        return switch (s) {
            case "positive", "pos", "1", "1.0", "+1" -> "positive";
            case "negative", "neg", "0", "0.0", "-1" -> "negative";
            default -> null;
        };
    }

    /** What a bad label is told: the labels this task accepts. */
    public String expectedLabels() {
        return this == INTENT ? "one of the 21 intents of spec/intents.md (ask_price, …, other)" : "positive/negative (or 1/0)";
    }
}
