package io.livecopilot.bench;

import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.Prediction;
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

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Time per comment of the built-in classifiers alone (featurize + scores + softmax), as {@code BuiltinUnderstander}
 * calls them: {@code intent} ({@code predictPreprocessed}: 21 labels, 2^16 buckets), {@code sentiment}
 * ({@code probabilityOf(text, "positive")}: 2 labels, 2^21 buckets) and {@code both}. The texts are the lines of
 * file named by {@code LIVECOPILOT_BENCH_CORPUS} ({@link BenchCorpus}; the measurements in docs/classify-speed.md used
 * 77k synthetic reviews and live-room comments, average 55 characters) when set, else 4,096 generated comments ({@link NluStagesBench#comments}); each is normalized and masked once in
 * setup, and the benchmark cycles through them. Run with the default JVM and, as the launcher runs {@code ask}, with
 * C1 only: {@code java -jar bench/target/benchmarks.jar ClassifierBench -jvmArgsAppend -XX:TieredStopAtLevel=1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
public class ClassifierBench {
    private String[] texts;
    private LinearModel intent;
    private LinearModel sentiment;
    private int i;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        String[] raw = BenchCorpus.lines(() -> NluStagesBench.comments(4096, 7));
        texts = new String[raw.length];
        for (int k = 0; k < raw.length; k++) texts[k] = LinearModel.preprocess(raw[k]);
        BuiltinUnderstander nlu = BuiltinUnderstander.load((Path) null);
        intent = nlu.intentModel();
        sentiment = nlu.sentimentModel();
    }

    private String next() {
        int k = i + 1;
        if (k == texts.length) k = 0;
        i = k;
        return texts[k];
    }

    @Benchmark
    public Prediction intent() {
        return intent.predictPreprocessed(next());
    }

    @Benchmark
    public double sentiment() {
        return sentiment.probabilityOf(next(), "positive");
    }

    @Benchmark
    public double both() {
        String t = next();
        return intent.predictPreprocessed(t).probability() + sentiment.probabilityOf(t, "positive");
    }
}
