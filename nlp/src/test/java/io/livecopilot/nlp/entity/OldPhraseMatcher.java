package io.livecopilot.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary matcher as it was before its speed-up (reference for tests). A dictionary matcher: finds the non-overlapping, leftmost-longest occurrences of a set of phrases in a text, each
 * phrase carrying a value. Indexed by first character; immutable and thread-safe.
 *
 * @param <V> the value a phrase stands for
 */
final class OldPhraseMatcher<V> {
    @SuppressWarnings("unchecked")
    private final Entry<V>[][] byFirst = new Entry[65536][];
    /** One bit per character: whether some phrase starts with it (8 KB, stays in cache; most characters start none). */
    private final long[] starts = new long[1024];

    private record Entry<V>(String phrase, V value) {}

    /** A match: the phrase's span in the text and its value. */
    public record Match<V>(int start, int end, String phrase, V value) {}

    /** A matcher of {@code phrases} (phrase → value); empty phrases are ignored, the first value of a phrase wins. */
    @SuppressWarnings("unchecked")
    public OldPhraseMatcher(Map<String, V> phrases) {
        Map<Character, List<Entry<V>>> tmp = new HashMap<>();
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String p = e.getKey();
            if (p == null || p.isEmpty()) continue;
            tmp.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(new Entry<>(p, e.getValue()));
        }
        for (Map.Entry<Character, List<Entry<V>>> e : tmp.entrySet()) {
            List<Entry<V>> l = e.getValue();
            l.sort(Comparator.comparingInt((Entry<V> x) -> -x.phrase.length()));
            char c = e.getKey();
            byFirst[c] = l.toArray(new Entry[0]);
            starts[c >>> 6] |= 1L << c;
        }
    }

    /** Every leftmost-longest, non-overlapping match in {@code text}, in order. */
    public List<Match<V>> findAll(String text) {
        List<Match<V>> out = null;
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            Entry<V>[] es = (starts[c >>> 6] & (1L << c)) == 0 ? null : byFirst[c];
            Entry<V> hit = null;
            if (es != null) {
                for (Entry<V> e : es) {
                    if (text.regionMatches(i, e.phrase, 0, e.phrase.length())) {
                        hit = e;
                        break;
                    }
                }
            }
            if (hit == null) {
                i++;
                continue;
            }
            if (out == null) out = new ArrayList<>(2);
            out.add(new Match<>(i, i + hit.phrase.length(), hit.phrase, hit.value));
            i += hit.phrase.length();
        }
        return out == null ? List.of() : out;
    }

    /** The first match in {@code text}, or {@code null}. */
    public Match<V> first(String text) {
        List<Match<V>> all = findAll(text);
        return all.isEmpty() ? null : all.get(0);
    }

    /** How many phrases the matcher knows. */
    public int size() {
        int n = 0;
        for (Entry<V>[] a : byFirst) if (a != null) n += a.length;
        return n;
    }

}
