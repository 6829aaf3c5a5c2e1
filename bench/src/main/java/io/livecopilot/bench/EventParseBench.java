package io.livecopilot.bench;

import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
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
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Event parsing, in lines per second: one {@link EventCodec#parseLine} per line, the sequential reader, and the
 * parallel block reader that replay uses (2 threads), over the lines of a simulated 30-minute session (seed 7) with its
 * comment lines removed — the file of the replay acceptance check. Scores are ops/s = lines/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EventParseBench {
    static final int LINES_HINT = 12_893;
    byte[] data;
    int[] starts, ends;
    int lines;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        List<LiveEvent> events = Simulator.run(SimulationConfig.builder().minutes(30).viewers(2000).seed(7).build()).events();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Simulator.writeEvents(events.stream().filter(e -> !(e instanceof LiveEvent.Comment)).toList(), out);
        data = out.toByteArray();
        starts = new int[LINES_HINT + 1];
        ends = new int[LINES_HINT + 1];
        int s = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                starts[lines] = s;
                ends[lines++] = i;
                s = i + 1;
            }
        }
        if (lines != LINES_HINT) throw new IllegalStateException("expected " + LINES_HINT + " lines, got " + lines);
    }

    @Benchmark
    @OperationsPerInvocation(LINES_HINT)
    public void parseLinePerLine(Blackhole bh) {
        for (int i = 0; i < lines; i++) bh.consume(EventCodec.parseLine(data, starts[i], ends[i] - starts[i]));
    }

    @Benchmark
    @OperationsPerInvocation(LINES_HINT)
    public void sequentialReader(Blackhole bh) throws IOException {
        EventReader.read(new ByteArrayInputStream(data), sink(bh));
    }

    @Benchmark
    @OperationsPerInvocation(LINES_HINT)
    public void parallelReader2Threads(Blackhole bh) throws IOException {
        EventReader.readParallel(new ByteArrayInputStream(data), 2, sink(bh));
    }

    static EventReader.Sink sink(Blackhole bh) {
        return new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) { bh.consume(e); }

            @Override
            public void reject(long position, String reason) { bh.consume(reason); }
        };
    }
}
