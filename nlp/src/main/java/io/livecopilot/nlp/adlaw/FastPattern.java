package io.livecopilot.nlp.adlaw;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that is only tried where a match can start: {@code java.util.regex} tries every position of
 * the text, which dominates the cost of scanning long scripts with dozens of rules. The characters a match can start
 * with come from a leading look-ahead class ({@code (?=[…])}) or a leading literal character; a pattern without
 * either is scanned as usual. Matches are the same as {@link Matcher#find()}'s, in the same order.
 */
public final class FastPattern {
    private final Pattern pattern;
    private final boolean[] first;
    /** The regex without the start characters given apart, or null when there were none. */
    private final String plain;

    private FastPattern(Pattern pattern, boolean[] first, String plain) {
        this.pattern = pattern;
        this.first = first;
        this.plain = plain;
    }

    /** Compiles a pattern, reading its start characters from a leading {@code (?=[…])} or literal. */
    public static FastPattern compile(String regex) {
        return new FastPattern(Pattern.compile(regex), firstChars(regex), null);
    }

    /**
     * Compiles {@code (?=[firstChars])(?:regex)}: {@code firstChars} must hold every character a match of {@code regex}
     * can start with (else matches are lost; {@link #plain()} is the regex alone, to check that).
     */
    public static FastPattern compile(String firstChars, String regex) {
        String full = "(?=[" + firstChars + "])(?:" + regex + ")";
        return new FastPattern(Pattern.compile(full), firstChars(full), "(?:" + regex + ")");
    }

    /** The regex without the start characters given to {@link #compile(String, String)} (the pattern itself otherwise). */
    public Pattern plain() {
        return plain == null ? pattern : Pattern.compile(plain);
    }

    public Pattern pattern() {
        return pattern;
    }

    public Scanner matcher(CharSequence text) {
        return new Scanner(pattern.matcher(text), first == null ? null : text.toString().toCharArray(), first);
    }

    /** {@link #matcher(CharSequence)} when the caller has the text's characters already ({@code chars}, not changed while scanning). */
    public Scanner matcher(CharSequence text, char[] chars) {
        return new Scanner(pattern.matcher(text), chars, first);
    }

    static boolean[] firstChars(String regex) {
        if (regex.startsWith("(?=[")) {
            boolean[] set = new boolean[65536];
            int i = 4;
            boolean any = false;
            while (i < regex.length() && regex.charAt(i) != ']') {
                char c = regex.charAt(i);
                if (c == '\\' && i + 1 < regex.length()) {
                    char e = regex.charAt(i + 1);
                    if (e == 'd') for (char d = '0'; d <= '9'; d++) set[d] = true;
                    else if (Character.isLetterOrDigit(e)) return null; // \w, \s …: not worth reading
                    else set[e] = true;
                    i += 2;
                    any = true;
                    continue;
                }
                if (i + 2 < regex.length() && regex.charAt(i + 1) == '-' && regex.charAt(i + 2) != ']') {
                    for (int x = c; x <= regex.charAt(i + 2); x++) set[x] = true;
                    i += 3;
                } else {
                    set[c] = true;
                    i++;
                }
                any = true;
            }
            return any && i < regex.length() ? set : null;
        }
        if (regex.isEmpty()) return null;
        char c = regex.charAt(0);
        if ("\\[(.^$|?*+{)".indexOf(c) >= 0) return null;
        if (regex.length() > 1 && "?*{".indexOf(regex.charAt(1)) >= 0) return null;
        boolean[] set = new boolean[65536];
        set[c] = true;
        return set;
    }

    /** Finds matches like {@link Matcher#find()}, trying only the positions where one can start. */
    public static final class Scanner {
        private final Matcher m;
        private final char[] chars;
        private final boolean[] first;
        private int next;

        Scanner(Matcher m, char[] chars, boolean[] first) {
            this.m = m;
            this.chars = chars; // array reads beat charAt per position
            this.first = first;
            m.useTransparentBounds(true).useAnchoringBounds(false);
        }

        public boolean find() {
            if (first == null) return m.find();
            char[] cs = chars;
            boolean[] f = first;
            int n = cs.length;
            for (int i = next; i < n; i++) {
                if (!f[cs[i]]) continue;
                m.region(i, n);
                if (m.lookingAt()) {
                    next = m.end() > i ? m.end() : i + 1;
                    return true;
                }
            }
            next = n;
            return false;
        }

        public String group() { return m.group(); }

        public String group(int g) { return m.group(g); }

        public int start() { return m.start(); }

        public int start(int g) { return m.start(g); }

        public int end() { return m.end(); }

        public int end(int g) { return m.end(g); }
    }
}
