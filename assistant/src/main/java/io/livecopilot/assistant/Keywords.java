package io.livecopilot.assistant;

import io.livecopilot.nlp.entity.PhraseMatcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal keywords in groups, all found in one pass over a text (nlp's {@link PhraseMatcher} trie: a bitmap of
 * the characters keywords start with, so that most characters of a text cost one bit test). Used as a cheap gate
 * before the regular expressions of the safety screen and for the cue words of routing. Immutable and thread-safe.
 */
final class Keywords {
    /** Each keyword with the groups it is in (bit {@code g} for group {@code g}). */
    private final PhraseMatcher<Integer> matcher;

    /** Keywords all in group 0 ({@link #any} tells whether one is in a text). */
    Keywords(String... words) {
        this(new String[][] {words});
    }

    /** Keywords in groups: {@code groups[g]} are the keywords of group {@code g} (at most 32 groups). */
    Keywords(String[][] groups) {
        if (groups.length > 32) throw new IllegalArgumentException("groups: at most 32, got " + groups.length);
        Map<String, Integer> bits = new LinkedHashMap<>();
        for (int g = 0; g < groups.length; g++) {
            for (String w : groups[g]) {
                if (w.isEmpty()) throw new IllegalArgumentException("keywords: empty keyword in group " + g);
                bits.merge(w, 1 << g, (a, b) -> a | b);
            }
        }
        matcher = new PhraseMatcher<>(bits);
    }

    /** Whether the (lower-case) text contains any of the keywords. */
    boolean any(String t) {
        char[] cs = t.toCharArray();
        return groups(cs, cs.length, -1) != 0;
    }

    /** The groups (bit {@code g} for group {@code g}) with a keyword in {@code t[0, n)}. */
    int groups(char[] t, int n) {
        return groups(t, n, 0);
    }

    /**
     * The groups with a keyword in {@code t[0, n)}; the scan stops early once one of the groups in {@code stop} is
     * found (0: never, -1: at the first keyword), so the answer is then only sure for those.
     */
    int groups(char[] t, int n, int stop) {
        int found = 0;
        PhraseMatcher<Integer> m = matcher;
        for (int i = 0; i < n; i++) {
            if (!m.startsWith(t[i])) continue;
            found |= m.orAt(t, n, i, Integer::intValue);
            if ((found & stop) != 0) return found;
        }
        return found;
    }

    /** Every combination {@code a + b} of the words of {@code as} and {@code bs}, in order. */
    static String[] product(String[] as, String... bs) {
        List<String> out = new ArrayList<>(as.length * bs.length);
        for (String a : as) for (String b : bs) out.add(a + b);
        return out.toArray(new String[0]);
    }
}
