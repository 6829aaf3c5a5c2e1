package io.livecopilot.bench;

import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.core.event.LiveEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Ingestion speed of the live metrics: events per second taken by one {@link RoomMetrics} on one thread, over a
 * realistic mix (presence, likes, comments, clicks, orders, pays, online snapshots) of a 90-minute session with
 * 20,000 viewers. Run: {@code java -jar bench/target/benchmarks.jar MetricsBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class MetricsBench {
    static final int EVENTS = 1_000_000;
    LiveEvent[] events;

    @Setup(Level.Trial)
    public void setup() {
        Random r = new Random(7);
        List<LiveEvent> ev = new ArrayList<>(EVENTS);
        long t0 = 1_795_000_000_000L, span = 90 * 60_000L;
        String[] users = new String[20_000];
        for (int i = 0; i < users.length; i++) users[i] = "u" + i;
        String[] products = {"P01", "P02", "P03", "P04", "P05", "P06", "P07", "P08"};
        int order = 0;
        for (int i = 0; i < EVENTS; i++) {
            long t = t0 + span * i / EVENTS;
            String u = users[r.nextInt(users.length)];
            String p = products[(int) ((t - t0) / (span / products.length))];
            int k = r.nextInt(100);
            LiveEvent e;
            if (k < 15) e = new LiveEvent.Enter(t, "r1", u, "recommend");
            else if (k < 28) e = new LiveEvent.Leave(t, "r1", u);
            else if (k < 55) e = new LiveEvent.Like(t, "r1", u, 1 + r.nextInt(5));
            else if (k < 78) e = new LiveEvent.Comment(t, "r1", u, "多少钱");
            else if (k < 90) e = new LiveEvent.ProductClick(t, "r1", u, p);
            else if (k < 93) e = new LiveEvent.AddToCart(t, "r1", u, p, 1);
            else if (k < 96) e = new LiveEvent.Order(t, "r1", u, "o" + (++order), p, 1, new BigDecimal("99.00"));
            else if (k < 98 && order > 0) e = new LiveEvent.Pay(t, "r1", null, "o" + order, new BigDecimal("99.00"));
            else e = new LiveEvent.Online(t, "r1", null, 3000 + r.nextInt(500));
            ev.add(e);
        }
        events = ev.toArray(new LiveEvent[0]);
    }

    /** One whole session per invocation: the score × 1,000,000 is events per second. */
    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public Map<String, Object> ingest() {
        RoomMetrics m = new RoomMetrics();
        for (LiveEvent e : events) m.accept(e);
        return m.summary();
    }
}
