package io.livecopilot.nlp.adlaw;


/**
 * One entry of the advertising-law lexicon: a literal term or a regular expression, its category and the compliant
 * wording to suggest instead ({@code ""} means: drop the word). A regex suggestion may use {@code $1} group references.
 */
public record AdLawEntry(AdLawCategory category, String term, FastPattern regex, String suggestion) {
    public AdLawEntry {
        if ((term == null) == (regex == null)) throw new IllegalArgumentException("entry needs exactly one of term or regex");
        suggestion = suggestion == null ? "" : suggestion;
    }

    /** Whether the entry is a regular expression rather than a literal term. */
    public boolean isRegex() {
        return regex != null;
    }

    /** The entry as written in the lexicon. */
    public String source() {
        return regex != null ? "re:" + regex.pattern().pattern() : term;
    }
}
