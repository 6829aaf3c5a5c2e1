package io.livecopilot.nlp.adlaw;

import io.livecopilot.core.check.Violation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The advertising-law checker: finds every lexicon hit in a text (longest literal match first, then regex rules),
 * each as a {@code banned_word} {@link Violation} with the rule it breaks and a compliant suggestion.
 *
 * <p>Phrases in the allow-list (for example the catalog's own product names and attribute values such as
 * "100%棉") are never reported. Instances are immutable and thread-safe.
 */
public final class AdLawChecker {
    private final AdLawLexicon lexicon;
    private final Map<Character, List<AdLawEntry>> byFirstChar = new HashMap<>();
    private final List<AdLawEntry> regexes = new ArrayList<>();
    private List<String> allowedPhrases = List.of();

    private AdLawChecker(Builder b) {
        this.lexicon = b.lexicon;
        for (AdLawEntry e : lexicon.entries()) {
            if (e.isRegex()) regexes.add(e);
            else byFirstChar.computeIfAbsent(e.term().charAt(0), k -> new ArrayList<>()).add(e);
        }
        for (List<AdLawEntry> l : byFirstChar.values()) l.sort(Comparator.comparingInt((AdLawEntry e) -> e.term().length()).reversed());
        // only phrases that hold a lexicon hit themselves can excuse one: the others need no scanning
        List<String> allow = new ArrayList<>();
        for (String a : b.allowed) {
            if (a == null || a.isBlank()) continue;
            String n = AdLawText.normalize(a.strip());
            if (!check(n).isEmpty() && !allow.contains(n)) allow.add(n);
        }
        this.allowedPhrases = List.copyOf(allow);
    }

    /** A checker with the built-in lexicon and no allow-list. */
    public static AdLawChecker builtin() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder: the lexicon (built-in by default) and phrases that are allowed where they occur. */
    public static final class Builder {
        private AdLawLexicon lexicon = AdLawLexicon.builtin();
        private final List<String> allowed = new ArrayList<>();

        public Builder lexicon(AdLawLexicon lexicon) {
            this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
            return this;
        }

        /** Phrases that are true facts of the catalog (names, attribute values): hits inside them are not reported. */
        public Builder allow(Collection<String> phrases) {
            allowed.addAll(phrases);
            return this;
        }

        public AdLawChecker build() {
            return new AdLawChecker(this);
        }
    }

    /** Every advertising-law hit in {@code text}, in text order, without overlaps. */
    public List<Violation> check(String text) {
        if (text == null || text.isEmpty()) return List.of();
        String t = AdLawText.normalize(text);
        boolean[] covered = allowedSpans(t);
        List<Violation> out = new ArrayList<>();
        boolean[] taken = new boolean[t.length()];
        // literal terms: longest match at each position
        for (int i = 0; i < t.length(); i++) {
            List<AdLawEntry> cands = byFirstChar.get(t.charAt(i));
            if (cands == null) continue;
            for (AdLawEntry e : cands) {
                String term = e.term();
                if (t.startsWith(term, i)) {
                    int end = i + term.length();
                    if (!anyCovered(covered, i, end)) {
                        out.add(violation(e, text, i, end, e.suggestion()));
                        mark(taken, i, end);
                        i = end - 1;
                    }
                    break;
                }
            }
        }
        for (AdLawEntry e : regexes) {
            FastPattern.Scanner m = e.regex().matcher(t);
            while (m.find()) {
                if (m.end() == m.start()) continue;
                if (anyCovered(covered, m.start(), m.end()) || anyCovered(taken, m.start(), m.end())) continue;
                String sugg = e.suggestion().indexOf('$') >= 0 ? expand(m, e.suggestion()) : e.suggestion();
                out.add(violation(e, text, m.start(), m.end(), sugg));
                mark(taken, m.start(), m.end());
            }
        }
        out.sort(Comparator.comparingInt(Violation::offset));
        return out;
    }

    /** Whether the text has no advertising-law hit. */
    public boolean clean(String text) {
        return check(text).isEmpty();
    }

    /** The text with every hit replaced by its suggestion (or removed when there is none). */
    public String rewrite(String text) {
        List<Violation> vs = check(text);
        if (vs.isEmpty()) return text;
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        for (Violation v : vs) {
            if (v.offset() < at) continue;
            sb.append(text, at, v.offset()).append(v.suggestion());
            at = v.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    public AdLawLexicon lexicon() {
        return lexicon;
    }

    private static String expand(FastPattern.Scanner m, String replacement) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c == '$' && i + 1 < replacement.length() && Character.isDigit(replacement.charAt(i + 1))) {
                String g = m.group(replacement.charAt(++i) - '0');
                if (g != null) sb.append(g);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Violation violation(AdLawEntry e, String original, int start, int end, String suggestion) {
        String hit = original.substring(start, end);
        String detail = "“" + hit + "”属于" + e.category().rule();
        return new Violation(Violation.BANNED_WORD, hit, start, detail, suggestion);
    }

    private boolean[] allowedSpans(String t) {
        if (allowedPhrases.isEmpty()) return null;
        boolean[] c = null;
        for (String a : allowedPhrases) {
            int from = 0, i;
            while ((i = t.indexOf(a, from)) >= 0) {
                if (c == null) c = new boolean[t.length()];
                mark(c, i, i + a.length());
                from = i + 1;
            }
        }
        return c;
    }

    private static boolean anyCovered(boolean[] c, int from, int to) {
        if (c == null) return false;
        for (int i = from; i < to; i++) if (c[i]) return true;
        return false;
    }

    private static void mark(boolean[] c, int from, int to) {
        for (int i = from; i < to; i++) c[i] = true;
    }
}
