package io.livecopilot.cli;

import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.pipeline.RoomPipeline;
import io.livecopilot.server.ModuleParts;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * Warms the replay's whole path before its clock starts, as a server is warm after its first minutes: a simulated
 * session (comments left out: the understanding of a comment costs a thousand events, and is warmed by the comments
 * themselves) goes through the same reader and the same live parts — metrics, assistant, feed — in throw-away rooms,
 * so that the JIT has compiled them. The time it takes is reported apart ({@code warmup_seconds}) and
 * {@code --no-warmup} skips it.
 */
final class ReplayWarmup {
    /** Events fed in all: the JIT reaches its steady state on this path after about this many (measured). */
    static final int EVENTS = 600_000;
    /** On a busy machine the warm-up stops after this many seconds, warm or not. */
    static final double MAX_SECONDS = 3.0;

    private ReplayWarmup() {}

    /** Runs the warm-up through {@code parts} with {@code threads} parsing threads and returns the seconds it took. */
    static double run(int threads, ModuleParts parts) {
        long t = System.nanoTime();
        byte[] data = session();
        long fed = 0;
        try {
            while (fed < EVENTS && (System.nanoTime() - t) / 1e9 < MAX_SECONDS) {
                RoomPipeline p = Wiring.pipeline(o -> { }, parts);
                fed += EventReader.readParallel(new ByteArrayInputStream(data), threads, new EventReader.Sink() {
                    @Override
                    public void accept(LiveEvent e) { p.accept(e); }

                    @Override
                    public void reject(long position, String reason) { }
                }).items();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** A simulated 30-minute session without its comments, as JSON Lines. */
    private static byte[] session() {
        List<LiveEvent> events = Simulator.run(SimulationConfig.builder().minutes(30).viewers(2000).seed(20261129).build()).events()
                .stream().filter(e -> !(e instanceof LiveEvent.Comment)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 100);
        try {
            Simulator.writeEvents(events, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
