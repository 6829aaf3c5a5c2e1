package io.livecopilot.script.check;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.check.Violation;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.Segment;
import io.livecopilot.script.realize.SentenceLedger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The script checker: runs the fact guard (which includes the advertising-law lexicon) over each segment with its
 * product as context, and finds sentences said twice.
 */
public final class ScriptChecker {
    private final FactGuard guard;

    public ScriptChecker(FactGuard guard) {
        this.guard = guard;
    }

    public ScriptChecker(Catalog catalog) {
        this(new FactGuard(catalog));
    }

    public FactGuard guard() {
        return guard;
    }

    /** Checks one text (a pitch, a whole plain-text script); {@code productId} may be {@code null}. */
    public List<Violation> check(String text, String productId) {
        return guard.check(text, productId);
    }

    /** Checks every segment of a script. */
    public CheckReport check(List<Segment> segments) {
        List<List<Violation>> per = new ArrayList<>();
        for (Segment s : segments) per.add(guard.check(s.text(), s.productId()));
        return report(segments, per);
    }

    /** The report for segments already checked one by one ({@code perSegment.get(i)} for segment i). */
    public static CheckReport report(List<Segment> segments, List<List<Violation>> perSegment) {
        List<CheckReport.Located> out = new ArrayList<>();
        int factSentences = 0;
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            List<Violation> vs = perSegment.get(i);
            for (Violation v : vs) out.add(new CheckReport.Located(i, v));
            factSentences += factSentences(s.text(), vs);
            for (String sentence : SentenceLedger.sentences(s.text())) {
                if (!seen.add(SentenceLedger.key(sentence))) repeated.add(sentence);
            }
        }
        return new CheckReport(out, new ArrayList<>(repeated), factSentences);
    }

    /** How many sentences of the text hold a non-ad-law problem. */
    static int factSentences(String text, List<Violation> vs) {
        Set<Integer> bad = new HashSet<>();
        for (Violation v : vs) {
            if (v.kind().equals(Violation.BANNED_WORD)) continue;
            int idx = 0;
            for (int i = 0; i < v.offset() && i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == '\n') idx++;
            }
            bad.add(idx);
        }
        return bad.size();
    }
}
