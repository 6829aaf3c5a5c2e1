package io.livecopilot.assistant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of literal keywords found in one pass over a text (keywords indexed by their first character), used as a
 * cheap gate before the regular expressions of the safety screen run.
 */
final class Keywords {
    private final Map<Character, String[]> byFirst;

    Keywords(String... words) {
        Map<Character, List<String>> m = new HashMap<>();
        for (String w : words) m.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
        byFirst = new HashMap<>();
        m.forEach((k, v) -> byFirst.put(k, v.toArray(new String[0])));
    }

    /** Whether the (lower-case) text contains any of the keywords. */
    boolean any(String t) {
        for (int i = 0; i < t.length(); i++) {
            String[] ws = byFirst.get(t.charAt(i));
            if (ws == null) continue;
            for (String w : ws) if (t.startsWith(w, i)) return true;
        }
        return false;
    }
}
