package io.livecopilot.core.check;

import java.util.Objects;

/**
 * One problem found in a text that will be said or shown to viewers: a banned advertising word, a claim the catalog
 * contradicts or does not back, a contact detail, or markup.
 *
 * @param kind       {@link #BANNED_WORD}, {@link #FACT}, {@link #CONTACT} or {@link #MARKUP}
 * @param text       the offending span, exactly as it appears in the checked text
 * @param offset     where {@code text} starts in the checked text (0-based, in UTF-16 chars)
 * @param detail     why it is a problem ("原价写成299元，目录原价为199元")
 * @param suggestion a compliant wording to use instead, or {@code ""} to drop the span
 */
public record Violation(String kind, String text, int offset, String detail, String suggestion) {
    public static final String BANNED_WORD = "banned_word";
    public static final String FACT = "fact";
    public static final String CONTACT = "contact";
    public static final String MARKUP = "markup";

    public Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (offset < 0) throw new IllegalArgumentException("offset: must be >= 0, was " + offset);
        detail = detail == null ? "" : detail;
        suggestion = suggestion == null ? "" : suggestion;
    }

    /** Where the span ends (exclusive). */
    public int end() {
        return offset + text.length();
    }

    /** This violation moved by {@code delta} characters (for a text checked as part of a larger one). */
    public Violation shifted(int delta) {
        return new Violation(kind, text, offset + delta, detail, suggestion);
    }
}
