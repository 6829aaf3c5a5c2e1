package io.livecopilot.bench;

import io.livecopilot.cli.ReplayCommand;
import io.livecopilot.cli.Wiring;
import io.livecopilot.simulator.DemoCatalog;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import io.livecopilot.store.BatchingEventWriter;
import io.livecopilot.store.DuckDbStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The replay path end to end, in events per second: file → parallel block parsing → per-room pipeline (as wired in
 * {@link Wiring#pipeline}), without and with {@code --store} (DuckDB, batched on a writer thread; the score includes
 * waiting until the last append returned). Input: the simulated 30-minute session (seed 7) with comments removed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReplayBench {
    static final int EVENTS = 12_893;
    Path dir, file;
    Store store;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("replay-bench");
        file = dir.resolve("s7-no-comments.jsonl");
        List<LiveEvent> events = Simulator.run(SimulationConfig.builder().minutes(30).viewers(2000).seed(7).build()).events()
                .stream().filter(e -> !(e instanceof LiveEvent.Comment)).toList();
        if (events.size() != EVENTS) throw new IllegalStateException("expected " + EVENTS + " events, got " + events.size());
        try (OutputStream o = Files.newOutputStream(file)) {
            Simulator.writeEvents(events, o);
        }
        store = DuckDbStore.open(dir);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        store.close();
        try (var s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object replayMax() {
        ReplayCommand.Replay r = new ReplayCommand.Replay(Wiring.countingPipeline(o -> { }), null, null, () -> 0L);
        r.run(file, 2);
        return r.summary();
    }

    /** The whole live path as `replay --max` runs it: counters, metrics and the assistant of every room. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object replayMaxLivePath() {
        ReplayCommand.Replay r = new ReplayCommand.Replay(Wiring.pipeline(o -> { }, DemoCatalog.load(), UNDERSTANDER), null, null, () -> 0L);
        r.run(file, 2);
        return r.summary();
    }

    private static final io.livecopilot.core.nlu.CommentUnderstander UNDERSTANDER = io.livecopilot.nlp.BuiltinUnderstander.load(null);

    /** The live parts made once, as {@code replay} makes them before its clock (knowledge base, hot-word phrases). */
    private static final io.livecopilot.server.ModuleParts PARTS = Wiring.parts(DemoCatalog.load(), UNDERSTANDER);

    /** {@link #replayMaxLivePath} with the parts made once, as {@code replay} runs: only the rooms are new per call. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object replayMaxLivePathSharedParts() {
        ReplayCommand.Replay r = new ReplayCommand.Replay(Wiring.pipeline(o -> { }, PARTS), null, null, () -> 0L);
        r.run(file, 2);
        return r.summary();
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Object replayMaxWithStore() {
        ReplayCommand.Replay r = new ReplayCommand.Replay(Wiring.countingPipeline(o -> { }), null, new BatchingEventWriter(store.events()), () -> 0L);
        r.run(file, 2);
        return r.summary();
    }
}
