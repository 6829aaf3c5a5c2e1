package io.livecopilot.bench;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.simulator.Simulation;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
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
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The simulator, in events per second: generating a 3-hour session with 50,000 viewers (≈470k events), and writing
 * those events as JSON Lines.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class SimulatorBench {
    static final SimulationConfig CONFIG = SimulationConfig.builder().minutes(180).viewers(50_000).seed(5).build();
    static final int EVENTS = Simulator.run(CONFIG).events().size();
    List<LiveEvent> events;

    @Setup(Level.Trial)
    public void setUp() {
        events = Simulator.run(CONFIG).events();
    }

    @Benchmark
    @OperationsPerInvocation(1)
    public Simulation generate() {
        return Simulator.run(CONFIG);
    }

    @Benchmark
    public void writeJsonLines() throws IOException {
        Simulator.writeEvents(events, OutputStream.nullOutputStream());
    }
}
