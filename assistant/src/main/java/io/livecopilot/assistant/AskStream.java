package io.livecopilot.assistant;

import io.livecopilot.core.LiveCopilotException;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stream of one viewer's comments put to a {@link LiveAssistant} (the {@code ask --file} verb): batches of comments
 * are understood on worker threads ({@link LiveAssistant#understand}, the stateless half of the pipeline) ahead of
 * the decisions, which are taken on the caller's thread in input order ({@link LiveAssistant#ask(UnderstoodComment,
 * String, long)}, the comments numbered from 0), so the viewer's memory sees the comments in the order they were typed
 * and the answers are exactly those of asking one comment after the other. What a comment told the viewer's memory
 * carries over only to the next few lines ({@link LiveAssistant#CARRY_LINES}): a short dialogue is followed, a file of
 * unrelated reviews is answered line by line.
 *
 * <pre>{@code
 * try (AskStream s = new AskStream(assistant, "u1", null, Runtime.getRuntime().availableProcessors())) {
 *     s.submit(lines);
 *     while (s.batches() > 0) for (AskResult r : s.next()) print(r);
 * }
 * }</pre>
 *
 * <p>Used by one thread; the caller bounds the memory by taking answers ({@link #next}) before submitting more.
 */
public final class AskStream implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final LiveAssistant assistant;
    private final String user;
    private final String product;
    private final ExecutorService pool;
    private final ArrayDeque<Future<UnderstoodComment[]>> inFlight = new ArrayDeque<>();
    /** The line the next comment answered is (what the viewer told carries over a few lines: {@link LiveAssistant#CARRY_LINES}). */
    private long line;

    /**
     * A stream of {@code user}'s comments about {@code product} (null: the one on show) understood by {@code threads}
     * worker threads; with {@code threads ≤ 1} each batch is understood on the caller's thread when its answers are taken.
     */
    public AskStream(LiveAssistant assistant, String user, String product, int threads) {
        this.assistant = Objects.requireNonNull(assistant, "assistant");
        this.user = user;
        this.product = product;
        if (threads > 1) {
            int id = POOLS.incrementAndGet();
            AtomicInteger n = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "ask-understand-" + id + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        } else {
            this.pool = null;
        }
    }

    /** Queues a batch of comments (in order) to be understood; their answers come from {@link #next} after the earlier batches'. */
    public void submit(List<String> comments) {
        List<String> batch = List.copyOf(comments);
        java.util.concurrent.Callable<UnderstoodComment[]> task = () -> {
            UnderstoodComment[] out = new UnderstoodComment[batch.size()];
            for (int i = 0; i < out.length; i++) out[i] = assistant.understand(batch.get(i), product);
            return out;
        };
        inFlight.add(pool != null ? pool.submit(task) : new FutureTask<>(task));
    }

    /** How many submitted batches have not been answered yet. */
    public int batches() {
        return inFlight.size();
    }

    /** The answers to the oldest submitted batch, in order (waits for its understanding); empty when none is left. */
    public List<AskResult> next() {
        Future<UnderstoodComment[]> f = inFlight.poll();
        if (f == null) return List.of();
        if (f instanceof FutureTask<UnderstoodComment[]> task && pool == null) task.run();
        UnderstoodComment[] comments;
        try {
            comments = f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw LiveCopilotException.internal("interrupted while understanding comments", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw LiveCopilotException.internal("cannot understand comments: " + c, c);
        }
        List<AskResult> out = new ArrayList<>(comments.length);
        for (UnderstoodComment c : comments) out.add(assistant.ask(c, user, line++));
        return out;
    }

    /** Stops the worker threads (batches not yet answered are dropped). */
    @Override
    public void close() {
        inFlight.clear();
        if (pool != null) pool.shutdownNow();
    }
}
