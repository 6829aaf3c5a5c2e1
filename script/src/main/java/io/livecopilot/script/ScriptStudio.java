package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.check.Violation;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.check.CheckReport;
import io.livecopilot.script.check.ScriptChecker;
import io.livecopilot.script.quality.QualityScorer;
import io.livecopilot.script.realize.BuiltinSegmentWriter;
import io.livecopilot.script.realize.PhraseBank;
import io.livecopilot.script.realize.SegmentWriter;
import io.livecopilot.script.realize.WritingContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The script studio: plan → write each segment (the configured writer, the built-in one when it fails) → time the
 * segments from the speech rate → check → score. Build one per catalog with {@link #builder(Catalog)}.
 */
public final class ScriptStudio {
    private final Catalog catalog;
    private final FactGuard guard;
    private final SessionPlanner planner = new SessionPlanner();
    private final SegmentWriter writer;
    private final PhraseBank bank;
    private final QualityScorer scorer;

    private ScriptStudio(Builder b) {
        this.catalog = b.catalog;
        this.guard = b.guard != null ? b.guard : new FactGuard(b.catalog);
        this.writer = b.writer != null ? b.writer : new BuiltinSegmentWriter();
        this.bank = b.bank != null ? b.bank : PhraseBank.builtin();
        this.scorer = b.scorer != null ? b.scorer : new QualityScorer();
    }

    public static Builder builder(Catalog catalog) {
        return new Builder(catalog);
    }

    /** Builder: the catalog (required); the writer (built-in by default), the phrase bank, guard and scorer. */
    public static final class Builder {
        private final Catalog catalog;
        private FactGuard guard;
        private SegmentWriter writer;
        private PhraseBank bank;
        private QualityScorer scorer;

        private Builder(Catalog catalog) {
            this.catalog = Objects.requireNonNull(catalog, "catalog");
        }

        public Builder guard(FactGuard g) { this.guard = g; return this; }

        public Builder writer(SegmentWriter w) { this.writer = w; return this; }

        public Builder phraseBank(PhraseBank b) { this.bank = b; return this; }

        public Builder scorer(QualityScorer s) { this.scorer = s; return this; }

        public ScriptStudio build() {
            return new ScriptStudio(this);
        }
    }

    public FactGuard guard() {
        return guard;
    }

    /** Plans the session without writing it. */
    public Plan plan(ScriptRequest req) {
        return planner.plan(catalog, req);
    }

    /** Writes, times, checks and scores a script. */
    public Script generate(ScriptRequest req) {
        Plan plan = planner.plan(catalog, req);
        WritingContext ctx = new WritingContext(catalog, guard, plan, bank);
        double rate = req.charsPerSecond();
        List<Segment> segs = new ArrayList<>();
        List<Double> actions = new ArrayList<>();
        List<List<Violation>> violations = new ArrayList<>();
        double carry = 0; // speech seconds the earlier segments fell short of (or ran over) their plan
        int llm = 0, fallback = 0;
        for (PlannedSegment p : plan.segments()) {
            double plannedSpeech = p.seconds() * p.speechShare();
            double adjustedSpeech = Math.max(plannedSpeech * 0.5, plannedSpeech + carry);
            PlannedSegment adjusted = new PlannedSegment(p.kind(), p.product(), p.role(),
                    (int) Math.round(adjustedSpeech / p.speechShare()), p.speechShare(), p.related());
            SegmentWriter.Written w = writer.write(adjusted, ctx);
            if (w.source().startsWith("llm")) llm++;
            else if (!writer.id().equals("builtin")) fallback++;
            // the guard has the last word: what the catalog does not back is repaired, or its sentence dropped
            String text = w.text();
            List<Violation> vs = guard.check(text, p.productId());
            if (!vs.isEmpty()) {
                text = guard.repair(text, p.productId()).text();
                vs = guard.check(text, p.productId());
            }
            violations.add(vs);
            double speech = WritingContext.spokenChars(text) / rate;
            carry = adjustedSpeech - speech;
            double action = p.seconds() - plannedSpeech;
            actions.add(action);
            segs.add(new Segment(p.kind(), p.productId(), p.role(), 0, 0, (int) Math.ceil(speech), text, w.cues(), w.source()));
        }
        segs = time(segs, actions, req.seconds());
        CheckReport checks = ScriptChecker.report(segs, violations);
        return new Script(segs, checks, scorer.score(segs, checks, catalog), plan.roles(), req, writer.id(), llm, fallback);
    }

    /**
     * Sets start and duration: speech time at the configured rate plus the segment's stage time (showing the product,
     * waiting on the lucky draw), with the stage times scaled so the whole sums to the requested length when speech
     * leaves room for it.
     */
    static List<Segment> time(List<Segment> segs, List<Double> actions, int totalSeconds) {
        double speech = 0, action = 0;
        for (int i = 0; i < segs.size(); i++) {
            speech += segs.get(i).speechS();
            action += actions.get(i);
        }
        double scale = action <= 0 ? 0 : Math.max(0, (totalSeconds - speech) / action);
        List<Segment> out = new ArrayList<>(segs.size());
        int start = 0;
        double exact = 0;
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            exact += s.speechS() + actions.get(i) * scale;
            int end = (int) Math.round(exact);
            int dur = Math.max(s.speechS(), end - start);
            out.add(s.withTiming(start, dur));
            start += dur;
        }
        return out;
    }
}
