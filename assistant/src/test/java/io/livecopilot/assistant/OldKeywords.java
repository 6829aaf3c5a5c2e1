package io.livecopilot.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keyword gate as it was before its speed-up (reference for tests). A set of literal keywords found in one pass over a text (keywords indexed by their first character), used as a
 * cheap gate before the regular expressions of the safety screen run.
 */
final class OldKeywords {
    private final Map<Character, String[]> byFirst;
    /** One bit per character: whether a keyword starts with it (8 KB), so the map is only asked on those characters. */
    private final long[] first = new long[1024];

    OldKeywords(String... words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) {
            m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
            first[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
        }
        byFirst = new HashMap<>();
        m.forEach((k, v) -> byFirst.put(k, v.toArray(new String[0])));
    }

    /** Whether the (lower-case) text contains any of the keywords. */
    boolean any(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ((first[c >>> 6] & (1L << c)) == 0) continue;
            String[] ws = byFirst.get(c);
            if (ws == null) continue;
            for (String w : ws) if (t.startsWith(w, i)) return true;
        }
        return false;
    }
}
