package io.livecopilot.nlp.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A dictionary matcher: finds the non-overlapping, leftmost-longest occurrences of a set of phrases in a text, each
 * phrase carrying a value. A trie whose first level is a bitmap of the characters phrases start with (8 KB, stays in
 * cache; most characters start none) and a small open-addressing table; immutable and thread-safe.
 *
 * @param <V> the value a phrase stands for
 */
public final class PhraseMatcher<V> {
    /** A trie node: children by character (few, scanned in order) and the phrase ending here, if any. */
    static final class Node<V> {
        private char[] labels = new char[0];
        private Node<V>[] children = newNodes(0);
        String phrase;
        V value;

        Node<V> child(char c) {
            char[] l = labels;
            for (int k = 0; k < l.length; k++) if (l[k] == c) return children[k];
            return null;
        }

        Node<V> add(char c) {
            Node<V> n = child(c);
            if (n != null) return n;
            int k = labels.length;
            labels = Arrays.copyOf(labels, k + 1);
            children = Arrays.copyOf(children, k + 1);
            labels[k] = c;
            return children[k] = new Node<>();
        }

        @SuppressWarnings("unchecked")
        private static <V> Node<V>[] newNodes(int n) {
            return new Node[n];
        }
    }

    /** One bit per character: whether some phrase starts with it. */
    private final long[] starts = new long[1024];
    private final char[] keys;
    private final Node<V>[] roots;
    private final int mask;
    private final int size;
    /** Whether every phrase has two characters or more: then {@link #pairs} filters the start positions. */
    private final boolean pairsOnly;
    /** One bit per hashed pair of the first two characters of a phrase (8 KB; a hash, so a set bit may be a false hit). */
    private final long[] pairs = new long[1024];

    /** A match: the phrase's span in the text and its value. */
    public record Match<V>(int start, int end, String phrase, V value) {}

    /** A matcher of {@code phrases} (phrase → value); empty phrases are ignored, the first value of a phrase wins. */
    public PhraseMatcher(Map<String, V> phrases) {
        Node<V> root = new Node<>();
        int count = 0;
        boolean longOnly = true;
        for (Map.Entry<String, V> e : phrases.entrySet()) {
            String p = e.getKey();
            if (p == null || p.isEmpty()) continue;
            Node<V> n = root;
            for (int k = 0; k < p.length(); k++) n = n.add(p.charAt(k));
            if (n.phrase != null) continue;
            n.phrase = p;
            n.value = e.getValue();
            count++;
            starts[p.charAt(0) >>> 6] |= 1L << p.charAt(0);
            if (p.length() < 2) longOnly = false;
            else {
                int h = pair(p.charAt(0), p.charAt(1));
                pairs[h >>> 6] |= 1L << h;
            }
        }
        size = count;
        pairsOnly = longOnly;
        int slots = Integer.highestOneBit(Math.max(4, root.labels.length * 4) - 1) << 1;
        keys = new char[slots];
        roots = Node.newNodes(slots);
        mask = slots - 1;
        for (int k = 0; k < root.labels.length; k++) {
            int h = slot(root.labels[k]);
            while (roots[h] != null) h = (h + 1) & mask;
            keys[h] = root.labels[k];
            roots[h] = root.children[k];
        }
    }

    private int slot(char c) {
        return (c * 0x9E37) >>> 4 & mask;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & 0xFFFF;
    }

    /**
     * Whether a phrase may start at {@code i} of {@code t[0, n)}: its first character starts one, and (when all phrases
     * have two characters or more) the pair there is the start of one. Cheap, so that {@link #longestAt} runs on few
     * positions; never false where a phrase starts.
     */
    boolean mayStartAt(char[] t, int n, int i) {
        char c = t[i];
        if ((starts[c >>> 6] & (1L << c)) == 0) return false;
        if (!pairsOnly) return true;
        if (i + 1 >= n) return false;
        int h = pair(c, t[i + 1]);
        return (pairs[h >>> 6] & (1L << h)) != 0;
    }

    /** Whether some phrase starts with {@code c}. */
    public boolean startsWith(char c) {
        return (starts[c >>> 6] & (1L << c)) != 0;
    }

    /** Sets {@code bit} in {@code table} at every character some phrase starts with. */
    void markStarts(char[] table, int bit) {
        for (int h = 0; h < roots.length; h++) if (roots[h] != null) table[keys[h]] |= (char) bit;
    }

    /** The trie node after the first character {@code c} of a phrase, or {@code null} when no phrase starts with it. */
    private Node<V> root(char c) {
        if ((starts[c >>> 6] & (1L << c)) == 0) return null;
        int h = slot(c);
        Node<V> node;
        while ((node = roots[h]) != null && keys[h] != c) h = (h + 1) & mask;
        return node;
    }

    /**
     * The bitwise OR of {@code bits(value)} over every phrase (not only the longest) that starts at {@code i} of
     * {@code t[0, n)}; 0 when none does.
     */
    public int orAt(char[] t, int n, int i, java.util.function.ToIntFunction<? super V> bits) {
        int found = 0;
        Node<V> node = root(t[i]);
        for (int j = i + 1; node != null; j++) {
            if (node.phrase != null) found |= bits.applyAsInt(node.value);
            if (j >= n) break;
            node = node.child(t[j]);
        }
        return found;
    }

    /** The node of the longest phrase that starts at {@code i} of {@code t[0, n)}, or {@code null}. */
    Node<V> longestAt(char[] t, int n, int i) {
        Node<V> node = root(t[i]);
        Node<V> best = null;
        for (int j = i + 1; node != null; j++) {
            if (node.phrase != null) best = node;
            if (j >= n) break;
            node = node.child(t[j]);
        }
        return best;
    }

    /** Every leftmost-longest, non-overlapping match in {@code text}, in order. */
    public List<Match<V>> findAll(String text) {
        char[] t = text.toCharArray();
        return findAll(t, t.length);
    }

    /** Every leftmost-longest, non-overlapping match in {@code t[0, n)}, in order. */
    public List<Match<V>> findAll(char[] t, int n) {
        List<Match<V>> out = null;
        for (int i = 0; i < n; ) {
            Node<V> hit = longestAt(t, n, i);
            if (hit == null) {
                i++;
                continue;
            }
            if (out == null) out = new ArrayList<>(2);
            int end = i + hit.phrase.length();
            out.add(new Match<>(i, end, hit.phrase, hit.value));
            i = end;
        }
        return out == null ? List.of() : out;
    }

    /** The first match in {@code text}, or {@code null}. */
    public Match<V> first(String text) {
        char[] t = text.toCharArray();
        return first(t, t.length);
    }

    /** The first match in {@code t[0, n)} (the first of {@link #findAll}), or {@code null}. */
    public Match<V> first(char[] t, int n) {
        long[] st = starts;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if ((st[c >>> 6] & (1L << c)) == 0 || !mayStartAt(t, n, i)) continue;
            Node<V> hit = longestAt(t, n, i);
            if (hit != null) return new Match<>(i, i + hit.phrase.length(), hit.phrase, hit.value);
        }
        return null;
    }

    /**
     * {@link #first(char[], int)} when phrases can only start at {@code at[0, count)} (ascending): only those places
     * are tried; every place when {@code at} is null.
     */
    public Match<V> first(char[] t, int n, int[] at, int count) {
        if (at == null) return first(t, n);
        for (int k = 0; k < count; k++) {
            int i = at[k];
            if (!mayStartAt(t, n, i)) continue;
            Node<V> hit = longestAt(t, n, i);
            if (hit != null) return new Match<>(i, i + hit.phrase.length(), hit.phrase, hit.value);
        }
        return null;
    }

    /** How many phrases the matcher knows. */
    public int size() {
        return size;
    }
}
