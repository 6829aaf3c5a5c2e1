package io.livecopilot.script.check;

import io.livecopilot.core.check.Violation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a script: every violation with the segment it is in, counts by kind, and the sentences said twice.
 *
 * @param violations        the problems, offsets relative to their segment's text
 * @param repeatedSentences sentences that occur more than once in the script
 * @param factSentences     how many sentences hold a fact, contact or markup problem
 */
public record CheckReport(List<Located> violations, List<String> repeatedSentences, int factSentences) {
    public CheckReport {
        violations = List.copyOf(violations);
        repeatedSentences = List.copyOf(repeatedSentences);
    }

    /** A violation in a segment (index into the script's segments; -1 for a plain text). */
    public record Located(int segment, Violation violation) {}

    /** Whether nothing was found. */
    public boolean passed() {
        return violations.isEmpty() && repeatedSentences.isEmpty();
    }

    /** Counts by kind: banned_word, fact, contact, markup. */
    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String k : List.of(Violation.BANNED_WORD, Violation.FACT, Violation.CONTACT, Violation.MARKUP)) m.put(k, 0);
        for (Located l : violations) m.merge(l.violation().kind(), 1, Integer::sum);
        return m;
    }
}
