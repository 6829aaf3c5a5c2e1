package io.livecopilot.cli;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** One run over an input: the real run's own code, on throw-away rooms. */
    interface Run {
        void replay(Path file);
    }

    /** Runs the warm-up and returns the seconds it took. */
    static double run(Run run) {
        long t = System.nanoTime();
        byte[] data = session();
        long fed = 0, lines = Math.max(1, lines(data));
        Path file = null;
        try {
            // read from a file, as the real run does: opening one takes paths of the JDK that the JIT must have seen too
            file = Files.createTempFile("livecopilot-warmup", ".jsonl");
            Files.write(file, data);
            while (fed < EVENTS && (System.nanoTime() - t) / 1e9 < MAX_SECONDS) {
                run.replay(file);
                fed += lines;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the warm-up file: " + e.getMessage(), e);
        } finally {
            try {
                if (file != null) Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind
            }
        }
        // the throw-away rooms are garbage now: collect them here rather than in a pause inside the clock
        System.gc();
        settle(t);
        return (System.nanoTime() - t) / 1e9;
    }

    /**
     * Waits until the JIT compiler has finished what the warm-up gave it (its total compilation time has not grown for
     * {@link #QUIET_MILLIS}), so that compiling does not take a core from the real run; gives up at the time limit.
     */
    private static void settle(long start) {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) return;
        long last = jit.getTotalCompilationTime(), quietSince = System.nanoTime();
        while ((System.nanoTime() - start) / 1e9 < MAX_SECONDS + 1) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = jit.getTotalCompilationTime();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            } else if ((System.nanoTime() - quietSince) / 1_000_000 >= QUIET_MILLIS) {
                return;
            }
        }
    }

    /** How long the compiler must have been idle before the clock starts. */
    static final long QUIET_MILLIS = 100;

    private static long lines(byte[] data) {
        long n = 0;
        for (byte x : data) if (x == '\n') n++;
        return n;
    }

    /**
     * A simulated 30-minute session without its comments, as JSON Lines, then a few events of every type in other
     * shapes (numeric timestamps, money as numbers) and some broken lines: every branch of the path is taken at least
     * once, so that no class is loaded for the first time inside the clock.
     */
    private static byte[] session() {
        List<LiveEvent> events = Simulator.run(SimulationConfig.builder().minutes(30).viewers(2000).seed(20261129).build()).events()
                .stream().filter(e -> !(e instanceof LiveEvent.Comment)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 100 + 4096);
        try {
            Simulator.writeEvents(events, out);
            long ts = events.isEmpty() ? 0 : events.get(events.size() - 1).ts();
            String room = events.isEmpty() ? "warmup" : events.get(0).room();
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                String head = "{\"ts\":" + (ts + i) + ",\"room\":\"" + room + "\",\"user\":\"w" + i + "\",\"type\":";
                sb.append(head).append("\"coupon\",\"coupon\":\"满99减10\",\"product\":\"P01\",\"discount\":10}\n");
                sb.append(head).append("\"refund\",\"order_id\":\"o").append(i).append("\",\"amount\":9.9}\n");
                sb.append(head).append("\"share\"}\n");
                sb.append(head).append("\"gift\",\"value\":\"1.00\"}\n");
                sb.append(head).append("\"product_show\",\"product\":\"P0").append(i % 9 + 1).append("\"}\n");
                sb.append(head).append("\"online\",\"count\":").append(100 + i).append("}\n");
                sb.append(head).append("\"unknown\"}\n");
                sb.append("not json\n");
            }
            out.write(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
