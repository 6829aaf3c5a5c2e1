package io.livecopilot.bench;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.Script;
import io.livecopilot.script.ScriptRequest;
import io.livecopilot.script.ScriptStudio;
import io.livecopilot.script.Segment;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The script studio with the built-in writer: a 30-product, 3-hour rundown (plan, write, time, check every segment
 * with the fact guard and the ad-law lexicon, score), and the fact guard alone on the script's text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScriptBench {
    private ScriptStudio studio;
    private FactGuard guard;
    private List<String> ids;
    private String text;
    private long seed;

    @Setup(Level.Trial)
    public void setup() {
        Catalog demo = DemoCatalog.load();
        ids = demo.products().stream().map(Product::id).limit(30).toList();
        guard = new FactGuard(demo);
        studio = ScriptStudio.builder(demo).guard(guard).build();
        Script s = studio.generate(request(1));
        StringBuilder sb = new StringBuilder();
        for (Segment x : s.segments()) sb.append(x.text());
        text = sb.toString();
    }

    private ScriptRequest request(long seed) {
        return ScriptRequest.builder().products(ids).minutes(180).seed(seed).build();
    }

    /** A whole 30-product, 180-minute script, a new seed each call. */
    @Benchmark
    public Script generate30Products3Hours() {
        return studio.generate(request(++seed));
    }

    /** The fact guard (with the ad-law lexicon) over the whole text of such a script (~40k characters). */
    @Benchmark
    public int checkWholeScript() {
        return guard.check(text, null).size();
    }
}
