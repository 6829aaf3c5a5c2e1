package io.livecopilot.assistant;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of literal keywords in groups, all found in one pass over a text: a trie whose first level is a bitmap of the
 * characters keywords start with (8 KB, stays in cache) and a small open-addressing table, so that most characters of
 * a text cost one bit test. Used as a cheap gate before the regular expressions of the safety screen and for the cue
 * words of routing. Immutable and thread-safe.
 */
final class Keywords {
    /** A trie node: its children by character (few, scanned in order) and the groups of the keywords ending here. */
    private static final class Node {
        char[] labels = new char[0];
        Node[] children = new Node[0];
        int groups;

        Node child(char c) {
            char[] l = labels;
            for (int k = 0; k < l.length; k++) if (l[k] == c) return children[k];
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n != null) return n;
            int k = labels.length;
            labels = java.util.Arrays.copyOf(labels, k + 1);
            children = java.util.Arrays.copyOf(children, k + 1);
            labels[k] = c;
            return children[k] = new Node();
        }
    }

    /** One bit per character: whether a keyword starts with it. */
    private final long[] first = new long[1024];
    /** The first-level nodes in an open-addressing table keyed by character. */
    private final char[] keys;
    private final Node[] roots;
    private final int mask;

    /** Keywords all in group 0 ({@link #any} tells whether one is in a text). */
    Keywords(String... words) {
        this(new String[][] {words});
    }

    /** Keywords in groups: {@code groups[g]} are the keywords of group {@code g} (at most 32 groups). */
    Keywords(String[][] groups) {
        if (groups.length > 32) throw new IllegalArgumentException("groups: at most 32, got " + groups.length);
        Node root = new Node();
        for (int g = 0; g < groups.length; g++) {
            for (String w : groups[g]) {
                if (w.isEmpty()) throw new IllegalArgumentException("keywords: empty keyword in group " + g);
                Node n = root;
                for (int k = 0; k < w.length(); k++) n = n.add(w.charAt(k));
                n.groups |= 1 << g;
                first[w.charAt(0) >>> 6] |= 1L << w.charAt(0);
            }
        }
        int size = Integer.highestOneBit(Math.max(4, root.labels.length * 4) - 1) << 1;
        keys = new char[size];
        roots = new Node[size];
        mask = size - 1;
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

    private Node root(char c) {
        int h = slot(c);
        Node n;
        while ((n = roots[h]) != null) {
            if (keys[h] == c) return n;
            h = (h + 1) & mask;
        }
        return null;
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
        long[] f = first;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            if ((f[c >>> 6] & (1L << c)) == 0) continue;
            Node node = root(c);
            for (int j = i + 1; node != null; j++) {
                found |= node.groups;
                if (j >= n) break;
                node = node.child(t[j]);
            }
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
