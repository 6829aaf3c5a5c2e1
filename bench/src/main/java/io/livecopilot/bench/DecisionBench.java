package io.livecopilot.bench;

import io.livecopilot.assistant.AskResult;
import io.livecopilot.assistant.KnowledgeBase;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.assistant.UnderstoodComment;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.simulator.DemoCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Cost per comment of the serial half of {@code ask --file}: {@link LiveAssistant#ask(UnderstoodComment, String)} on
 * comments understood ahead ({@link LiveAssistant#understand}, the half that runs on worker threads), taken in input
 * order by one viewer as the verb does; plus the half on the workers, both halves on one thread, and
 * {@link KnowledgeBase#search} alone on the product questions of the same comments. The comments are the lines of
 * file named by {@code LIVECOPILOT_BENCH_CORPUS} ({@link BenchCorpus}; the first {@code lines} of them) when set, else
 * as many of {@link NluStagesBench}'s generated ones. Run: {@code java -jar bench/target/benchmarks.jar DecisionBench -f 1 -wi 3 -i 5} (add
 * {@code -jvmArgsAppend -XX:TieredStopAtLevel=1} for the launcher's C1-only JIT).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class DecisionBench {
    /** Comments per benchmark call (the answers are per comment). */
    static final int CHUNK = 1024;
    private static final Set<String> LOOKUP = Set.of("ask_spec", "ask_usage", "ask_authenticity");

    /** How many comments (the first ones of the file) are understood ahead and then cycled through. */
    @Param("20000")
    int lines;

    private String[] comments;
    private UnderstoodComment[] understood;
    private String[] searchProducts;
    private String[] searchQuestions;
    private LiveAssistant assistant;
    private KnowledgeBase kb;
    private int at;
    private int searchAt;

    @Setup(Level.Trial)
    public void setup() throws IOException {
        comments = comments(lines);
        Catalog catalog = DemoCatalog.load();
        kb = new KnowledgeBase(catalog);
        CommentUnderstander nlu = BuiltinUnderstander.load((Path) null);
        assistant = LiveAssistant.builder().catalog(catalog).knowledgeBase(kb).understander(nlu).room("cli").build();
        understood = new UnderstoodComment[comments.length];
        List<String> ps = new ArrayList<>(), qs = new ArrayList<>();
        String first = catalog.products().get(0).id();
        for (int i = 0; i < comments.length; i++) {
            understood[i] = assistant.understand(comments[i], null);
            var u = understood[i].understanding();
            if (LOOKUP.contains(u.intent().wire())) {
                ps.add(u.entities().product() != null ? u.entities().product() : first);
                qs.add(u.text() == null ? comments[i] : u.text());
            }
        }
        searchProducts = ps.toArray(String[]::new);
        searchQuestions = qs.toArray(String[]::new);
        System.err.println("DecisionBench: " + comments.length + " comments, " + searchQuestions.length + " product questions searched");
    }

    static String[] comments(int n) {
        String[] all = BenchCorpus.lines(() -> NluStagesBench.comments(n, 1));
        return java.util.Arrays.copyOf(all, Math.min(n, all.length));
    }

    /** The serial half: one viewer's comments, understood ahead, decided in order. */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int ask() {
        int n = 0;
        for (int k = 0; k < CHUNK; k++) {
            AskResult r = assistant.ask(understood[at], "cli");
            n += r.intent().length() + (r.reply() == null ? 0 : r.reply().length());
            if (++at == understood.length) at = 0;
        }
        return n;
    }

    /** Both halves on one thread: what a comment costs in all (understanding, then the decision). */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int understandAndAsk() {
        int n = 0;
        for (int k = 0; k < CHUNK; k++) {
            AskResult r = assistant.ask(assistant.understand(comments[at], null), "cli");
            n += r.intent().length() + (r.reply() == null ? 0 : r.reply().length());
            if (++at == comments.length) at = 0;
        }
        return n;
    }

    /** The knowledge base alone: the best passage of a product for each product question (spec, usage, authenticity). */
    @Benchmark
    @OperationsPerInvocation(CHUNK)
    public int search() {
        int n = 0;
        for (int k = 0; k < CHUNK; k++) {
            n += kb.search(searchProducts[searchAt], searchQuestions[searchAt], 1).size();
            if (++searchAt == searchQuestions.length) searchAt = 0;
        }
        return n;
    }
}
