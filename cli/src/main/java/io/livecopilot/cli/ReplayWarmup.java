package io.livecopilot.cli;

import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.pipeline.EventCounters;
import io.livecopilot.core.pipeline.RoomPipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Warms the replay's parsing path before its clock starts: synthetic events of every type, written and read back
 * through the same {@link EventReader#readParallel} and {@link EventCodec}, so that the JIT has compiled them. The time it
 * takes is reported separately ({@code warmup_seconds}); the live server is warm in the same way after its first
 * minute.
 */
final class ReplayWarmup {
    static final int LINES = 50_000;
    /** The JIT reaches its steady state after about half a million lines (measured: the third pass over 315k lines). */
    static final int ROUNDS = 12;
    /** On a busy machine the warm-up stops after this many seconds, warm or not. */
    static final double MAX_SECONDS = 4.0;

    private ReplayWarmup() {}

    /** Runs the warm-up and returns the seconds it took. */
    static double run(int threads) {
        long t = System.nanoTime();
        byte[] data = lines();
        RoomPipeline p = new RoomPipeline(o -> { }).add(room -> new EventCounters());
        EventReader.Sink sink = new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) { p.accept(e); }

            @Override
            public void reject(long position, String reason) { }
        };
        try {
            for (int r = 0; r < ROUNDS && (System.nanoTime() - t) / 1e9 < MAX_SECONDS; r++) {
                EventReader.readParallel(new ByteArrayInputStream(data), threads, sink);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static byte[] lines() {
        StringBuilder sb = new StringBuilder(LINES * 120);
        long ts = 1_700_000_000_000L;
        BigDecimal amount = new BigDecimal("129.00");
        for (int i = 0; i < LINES; i++) {
            String u = "w" + (i % 997);
            ts += 37;
            LiveEvent e = switch (i % 12) {
                case 0 -> new LiveEvent.Enter(ts, "warm", u, "recommend");
                case 1 -> new LiveEvent.Leave(ts, "warm", u);
                case 2 -> new LiveEvent.Like(ts, "warm", u, 1 + i % 9);
                case 3 -> new LiveEvent.ProductClick(ts, "warm", u, "P0" + i % 9);
                case 4 -> new LiveEvent.Order(ts, "warm", u, "o" + i, "P01", 1, amount);
                case 5 -> new LiveEvent.Pay(ts, "warm", u, "o" + i, amount);
                case 6 -> new LiveEvent.Online(ts, "warm", null, i);
                case 7 -> new LiveEvent.Follow(ts, "warm", u);
                case 8 -> new LiveEvent.AddToCart(ts, "warm", u, "P02", 1);
                case 9 -> new LiveEvent.Segment(ts, "warm", null, "pitch", "P03", "s1");
                case 10 -> new LiveEvent.Comment(ts, "warm", u, "3号链接多少钱");
                default -> new LiveEvent.Coupon(ts, "warm", null, "满200减30", "P01", new BigDecimal("30.00"));
            };
            EventCodec.write(e, sb);
            sb.append('\n');
            if (i % 1000 == 999) sb.append("not json\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
