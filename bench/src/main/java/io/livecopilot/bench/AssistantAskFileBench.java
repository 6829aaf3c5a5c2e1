package io.livecopilot.bench;

import io.livecopilot.assistant.AskResult;
import io.livecopilot.assistant.AskStream;
import io.livecopilot.assistant.KnowledgeBase;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.simulator.DemoCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of {@code ask --file} without the JVM start: one operation is a file of 4,096 distinct comments (those
 * of {@link NluStagesBench}) put through an {@link AskStream} the way the verb does it — batches of 256 understood on
 * {@code threads} worker threads, answers taken in input order — so comments per second = operations per second ×
 * 4,096. Run: {@code java -jar bench/target/benchmarks.jar AssistantAskFileBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AssistantAskFileBench {
    static final int LINES = 4096;
    static final int BATCH = 256;

    @Param({"1", "2"})
    int threads;

    private List<List<String>> batches;
    private LiveAssistant assistant;
    private AskStream stream;

    @Setup(Level.Trial)
    public void setup() {
        String[] lines = NluStagesBench.comments(LINES, 1);
        batches = new java.util.ArrayList<>();
        for (int k = 0; k < LINES; k += BATCH) batches.add(Arrays.asList(lines).subList(k, Math.min(LINES, k + BATCH)));
        Catalog catalog = DemoCatalog.load();
        assistant = LiveAssistant.builder().catalog(catalog).knowledgeBase(new KnowledgeBase(catalog))
                .understander(BuiltinUnderstander.load((java.nio.file.Path) null)).room("cli").build();
        stream = new AskStream(assistant, "cli", null, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        stream.close();
    }

    @Benchmark
    public int askFile() {
        int answered = 0;
        for (List<String> b : batches) {
            stream.submit(b);
            while (stream.batches() > 2 * threads + 1) for (AskResult r : stream.next()) answered += r.intent().length();
        }
        while (stream.batches() > 0) for (AskResult r : stream.next()) answered += r.intent().length();
        return answered;
    }
}
