package io.livecopilot.bench;

import io.livecopilot.assistant.Cues;
import io.livecopilot.assistant.SafetyScreen;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;
import io.livecopilot.nlp.entity.EntityExtractor;
import io.livecopilot.simulator.DemoCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Average time per comment of the rule-based stages of {@code ask} around the classifiers: {@code normalize} (raw
 * text), {@code mask} (normalized), {@code entities} (masked, demo catalog), {@code cues} (routing of the masked text),
 * {@code screen} (the safety screen of the raw text, fake announcements included) and {@code rules} (all five on one
 * comment). Each call takes the next line of a corpus: the file named by {@code LIVECOPILOT_BENCH_CORPUS}
 * ({@link BenchCorpus}; one comment or review per line) when set, else 16,384 generated comments ({@link NluStagesBench#comments}). Run under C1
 * as {@code ask} does with {@code -jvmArgsAppend -XX:TieredStopAtLevel=1}.
 * Run: {@code java -jar bench/target/benchmarks.jar UnderstandStagesBench -f 1 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class UnderstandStagesBench {
    private String[] raw;
    private String[] normalized;
    private String[] masked;
    private Catalog catalog;
    private EntityExtractor entities;
    private int i;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        raw = lines();
        catalog = DemoCatalog.load();
        entities = new EntityExtractor();
        int n = raw.length;
        normalized = new String[n];
        masked = new String[n];
        for (int k = 0; k < n; k++) {
            normalized[k] = TextNormalizer.normalize(raw[k]);
            masked[k] = PiiMasker.mask(normalized[k]);
        }
    }

    /** What the classifier made of each line (only computed for the benchmarks that route). */
    @State(Scope.Benchmark)
    public static class Understood {
        Intent[] intents;
        double[] confidences;
        Entities[] entities;

        @Setup(Level.Trial)
        public void setup(UnderstandStagesBench b) {
            BuiltinUnderstander nlu = BuiltinUnderstander.load((Path) null);
            int n = b.raw.length;
            intents = new Intent[n];
            confidences = new double[n];
            entities = new Entities[n];
            for (int k = 0; k < n; k++) {
                Understanding u = nlu.understand(b.raw[k], b.catalog, null);
                intents[k] = u.intent();
                confidences[k] = u.confidence();
                entities[k] = u.entities();
            }
        }
    }

    static String[] lines() {
        return BenchCorpus.lines(() -> NluStagesBench.comments(16_384, 7));
    }

    private int next() {
        int k = i + 1;
        if (k == raw.length) k = 0;
        i = k;
        return k;
    }

    @Benchmark
    public String normalize() {
        return TextNormalizer.normalize(raw[next()]);
    }

    @Benchmark
    public String mask() {
        return PiiMasker.mask(normalized[next()]);
    }

    @Benchmark
    public Entities entities() {
        return entities.extract(masked[next()], catalog, null);
    }

    @Benchmark
    public Intent cues(Understood u) {
        int k = next();
        return Cues.route(u.intents[k], u.confidences[k], masked[k], u.entities[k]);
    }

    @Benchmark
    public SafetyScreen.Threat screen() {
        return SafetyScreen.screen(raw[next()], true);
    }

    @Benchmark
    public void rules(Understood u, Blackhole bh) {
        int k = next();
        String t = PiiMasker.mask(TextNormalizer.normalize(raw[k]));
        Entities e = entities.extract(t, catalog, null);
        bh.consume(Cues.route(u.intents[k], u.confidences[k], t, e));
        bh.consume(SafetyScreen.screen(raw[k], true));
    }
}
