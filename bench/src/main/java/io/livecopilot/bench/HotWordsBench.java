package io.livecopilot.bench;

import io.livecopilot.nlp.hot.HotWords;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cost of the one hot-word counter ({@code nlp.hot.HotWords}): {@code addUnread} is what every comment costs a live room
 * whose hot words nobody reads (segmenting is lazy); {@code addAndRead} adds a comment and reads the dashboard's
 * top 20 every 100 comments (one comment's share of segmenting and ranking); {@code reviewSession} counts a whole
 * 2,400-comment session and ranks it as the review does. Run:
 * {@code java -jar bench/target/benchmarks.jar HotWordsBench -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class HotWordsBench {
    List<String> names;
    HotWords unread;
    HotWords read;
    long ts = 1_795_000_000_000L;
    int i;

    @Setup(Level.Trial)
    public void setup() {
        names = new ArrayList<>();
        DemoCatalog.load().products().forEach(p -> names.addAll(p.names()));
        unread = HotWords.builder().phrases(names).build();
        read = HotWords.builder().phrases(names).build();
        HotWords warm = HotWords.builder().build(); // loads the segmenter's dictionaries before measuring
        warm.addText(ts, "主播这个保温杯能装开水吗");
        warm.snapshot(1);
    }

    private String next() {
        return AssistantBench.COMMENTS.get(i++ % AssistantBench.COMMENTS.size());
    }

    @Benchmark
    public boolean addUnread() {
        ts += 50;
        return unread.add(ts, "u" + i, next());
    }

    @Benchmark
    public Object addAndRead() {
        ts += 50;
        read.add(ts, "u" + i, next());
        return i % 100 == 0 ? read.snapshot(20) : null;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object reviewSession() {
        HotWords h = HotWords.builder().wholeSession(true).phrases(names).build();
        long t = 1_795_000_000_000L;
        for (int k = 0; k < 2_400; k++) h.add(t + k * 750L, "v" + (k % 900), AssistantBench.COMMENTS.get(k % AssistantBench.COMMENTS.size()) + (k % 7));
        return h.sessionTop(20);
    }
}
