package io.livecopilot.llm.guard;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.nlp.adlaw.AdLawText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a text names a product of the catalog: by name or alias (longest first) or by link number
 * ("1号链接", "链接3", "二号", "#2").
 */
public final class Mentions {
    private static final io.livecopilot.nlp.adlaw.FastPattern LINK = FactRules.fast("0-9一二三四五六七八九十两链#",
            "(?<![0-9.月])(\\d{1,3}|[一二三四五六七八九十两]{1,3})\\s*号(?!(色|码|楼|线|店|床|电池|机|段|字|口))|链接\\s*(\\d{1,3})|#(\\d{1,3})");

    /** One mention: where it is and which product it names. */
    public record Mention(int start, int end, Product product) {}

    private record Name(String text, Product product) {}

    private final Catalog catalog;
    private final List<Name> names = new ArrayList<>();
    private final java.util.Map<Character, List<Name>> byFirstChar = new java.util.HashMap<>();

    public Mentions(Catalog catalog) {
        this.catalog = catalog;
        for (Product p : catalog.products()) {
            for (String n : p.names()) {
                if (n == null) continue;
                String t = AdLawText.normalize(n.strip());
                if (t.length() >= 2) names.add(new Name(t, p));
            }
        }
        names.sort(Comparator.comparingInt((Name n) -> n.text.length()).reversed());
        for (Name n : names) byFirstChar.computeIfAbsent(n.text.charAt(0), k -> new ArrayList<>()).add(n);
    }

    /** Every mention in the normalized text, in order, without overlaps (longest name first at each position). */
    public List<Mention> find(String normalized) {
        List<Mention> out = new ArrayList<>();
        boolean[] taken = new boolean[normalized.length()];
        for (int i = 0; i < normalized.length(); i++) {
            List<Name> cands = byFirstChar.get(normalized.charAt(i));
            if (cands == null) continue;
            for (Name n : cands) {
                if (normalized.startsWith(n.text, i)) {
                    int end = i + n.text.length();
                    out.add(new Mention(i, end, n.product));
                    for (int k = i; k < end; k++) taken[k] = true;
                    i = end - 1;
                    break;
                }
            }
        }
        io.livecopilot.nlp.adlaw.FastPattern.Scanner m = LINK.matcher(normalized);
        while (m.find()) {
            String g = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
            BigDecimal v = Numbers.parse(g);
            if (v == null) continue;
            Optional<Product> p = catalog.byLinkNo(v.intValue());
            if (p.isPresent() && !any(taken, m.start(), m.end())) out.add(new Mention(m.start(), m.end(), p.get()));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    /**
     * The product a text seems to be about when it names none: the one whose name shares the most two-character
     * words with the text (at least two, and more than any other product), else {@code null}.
     */
    public Product guess(String normalized) {
        Product best = null;
        int bestScore = 0, second = 0;
        for (Product p : catalog.products()) {
            java.util.Set<String> grams = new java.util.HashSet<>();
            for (String n : p.names()) {
                String t = AdLawText.normalize(n);
                for (int i = 0; i + 2 <= t.length(); i++) {
                    String g = t.substring(i, i + 2);
                    if (Character.isIdeographic(g.charAt(0)) && Character.isIdeographic(g.charAt(1))) grams.add(g);
                }
            }
            int score = 0;
            for (String g : grams) if (normalized.contains(g)) score++;
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = p;
            } else if (score > second) {
                second = score;
            }
        }
        return bestScore >= 2 && bestScore > second ? best : null;
    }

    private static boolean any(boolean[] t, int a, int b) {
        for (int i = a; i < b; i++) if (t[i]) return true;
        return false;
    }
}
