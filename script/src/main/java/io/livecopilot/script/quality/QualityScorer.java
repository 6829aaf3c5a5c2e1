package io.livecopilot.script.quality;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.script.Segment;
import io.livecopilot.script.SegmentKind;
import io.livecopilot.script.check.CheckReport;
import io.livecopilot.script.realize.ProductVars;
import io.livecopilot.script.realize.SentenceLedger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Scores scripts: fact accuracy (from the checks), selling-point coverage, distinct-n and fluency. */
public final class QualityScorer {
    private final FluencyModel fluency;

    public QualityScorer(FluencyModel fluency) {
        this.fluency = fluency;
    }

    public QualityScorer() {
        this(FluencyModel.builtin());
    }

    public QualityScores score(List<Segment> segments, CheckReport checks, Catalog catalog) {
        List<String> sentences = new ArrayList<>();
        for (Segment s : segments) sentences.addAll(SentenceLedger.sentences(s.text()));
        int bad = checks.factSentences();
        double accuracy = sentences.isEmpty() ? 1 : 1 - Math.min(1.0, (double) bad / sentences.size());
        String spoken = spoken(segments);
        Set<String> distinctSent = new HashSet<>();
        for (String s : sentences) distinctSent.add(SentenceLedger.key(s));
        return new QualityScores(round(accuracy), round(coverage(segments, catalog)), round(distinct(spoken, 1)), round(distinct(spoken, 2)),
                round(distinct(spoken, 3)), round(sentences.isEmpty() ? 1 : (double) distinctSent.size() / sentences.size()),
                round(fluency.perplexity(sentences)), round(fluency.score(sentences)), sentences.size(), spoken.length());
    }

    /** Share of each pitched product's selling points that its pitch, push or return says (verbatim). */
    static double coverage(List<Segment> segments, Catalog catalog) {
        Map<String, StringBuilder> byProduct = new LinkedHashMap<>();
        for (Segment s : segments) {
            if (s.productId() == null || s.kind() == SegmentKind.INTERACTION) continue;
            byProduct.computeIfAbsent(s.productId(), k -> new StringBuilder()).append(s.text());
        }
        int total = 0, said = 0;
        for (Map.Entry<String, StringBuilder> e : byProduct.entrySet()) {
            Product p = catalog.byId(e.getKey()).orElse(null);
            if (p == null) continue;
            for (String sp : p.sellingPoints()) {
                total++;
                if (e.getValue().indexOf(ProductVars.clean(sp)) >= 0) said++;
            }
        }
        return total == 0 ? 1 : (double) said / total;
    }

    /** Distinct character n-grams (n ≤ 4) over all n-grams of the spoken characters. */
    public static double distinct(String spoken, int n) {
        if (spoken.length() < n) return 0;
        java.util.HashSet<Long> seen = new java.util.HashSet<>();
        int total = 0;
        for (int i = 0; i + n <= spoken.length(); i++) {
            seen.add(gram(spoken, i, n));
            total++;
        }
        return (double) seen.size() / total;
    }

    private static long gram(String s, int at, int n) {
        long k = 0;
        for (int i = at; i < at + n; i++) k = (k << 16) | s.charAt(i);
        return k;
    }

    /** The spoken characters (letters and digits) of all segments, in order. */
    public static String spoken(List<Segment> segments) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments) {
            String t = s.text();
            for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) sb.append(t.charAt(i));
        }
        return sb.toString();
    }

    /**
     * Diversity across two scripts: the share of {@code a}'s sentences that {@code b} also says, and the share of
     * {@code a}'s character trigrams that {@code b} does not use.
     */
    public static Map<String, Double> across(List<Segment> a, List<Segment> b) {
        Set<String> sb = new HashSet<>();
        for (Segment s : b) for (String x : SentenceLedger.sentences(s.text())) sb.add(SentenceLedger.key(x));
        int total = 0, shared = 0;
        for (Segment s : a) {
            for (String x : SentenceLedger.sentences(s.text())) {
                total++;
                if (sb.contains(SentenceLedger.key(x))) shared++;
            }
        }
        String sa = spoken(a), sbs = spoken(b);
        Set<String> gb = new HashSet<>();
        for (int i = 0; i + 3 <= sbs.length(); i++) gb.add(sbs.substring(i, i + 3));
        Set<String> ga = new HashSet<>();
        for (int i = 0; i + 3 <= sa.length(); i++) ga.add(sa.substring(i, i + 3));
        int novel = 0;
        for (String g : ga) if (!gb.contains(g)) novel++;
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("shared_sentences", round(total == 0 ? 0 : (double) shared / total));
        m.put("novel_trigrams", round(ga.isEmpty() ? 0 : (double) novel / ga.size()));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
