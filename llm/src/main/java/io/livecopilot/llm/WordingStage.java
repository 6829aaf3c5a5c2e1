package io.livecopilot.llm;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.core.port.ChatModel.ChatRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An asynchronous stage that has a chat model word replies off the live path: at most {@code maxInFlight} calls at
 * once, each with its own deadline from the moment it is submitted, and a breaker that stops calling an endpoint that
 * keeps failing or answering late (for {@code openMillis}, then it is tried again). Whoever submits a call gets a
 * {@link Call} to wait on, never longer than its deadline; when the model fails, is late, is not called (busy, down)
 * or its text fails the caller's guards, the caller sends its own draft. Every outcome is counted ({@link #summary()}).
 *
 * <p>When all the slots are taken, a new call either waits for one (at most a deadline: the calls in flight end by
 * then) — {@link Overflow#WAIT}, for a replay that wants every reply worded — or is not made at all —
 * {@link Overflow#DRAFT}, for a live room that must never wait.
 *
 * <pre>{@code
 * WordingStage stage = WordingStage.builder().model(remote).deadlineMillis(1500).build();
 * WordingStage.Call c = stage.submit(prompt.toRequest(0));
 * String text = c.await().filter(guards::pass).orElse(draft);   // then c.settle(passed)
 * }</pre>
 */
public final class WordingStage implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WordingStage.class);

    /** What a new call does when every slot is taken. */
    public enum Overflow {
        /** Waits for a slot (at most a deadline). */
        WAIT,
        /** Is not made: the draft is sent. */
        DRAFT
    }

    /** How one call ended, as counted. */
    public enum Outcome {
        /** The model's text passed the caller's guards and was sent. */
        WRITTEN("written"),
        /** No answer within the deadline. */
        LATE("late"),
        /** The model failed (HTTP error, broken answer, refused request). */
        FAILED("failed"),
        /** The model answered but its text failed the caller's guards. */
        REJECTED("rejected"),
        /** Not called: every slot was taken. */
        BUSY("busy"),
        /** Not called: the breaker is open after repeated failures. */
        DOWN("endpoint_down");

        private final String wire;

        Outcome(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }
    }

    private final ChatModel model;
    private final int maxInFlight;
    private final long deadlineMillis;
    private final long graceMillis;
    private final Overflow overflow;
    private final boolean streaming;
    private final int breakerFailures;
    private final long openMillis;
    private final Semaphore slots;
    private final ExecutorService executor;
    private final AtomicLong calls = new AtomicLong();
    private final Map<Outcome, AtomicLong> counts = new EnumMap<>(Outcome.class);
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile long openUntilNanos;
    private final AtomicLong opened = new AtomicLong();

    private WordingStage(Builder b) {
        this.model = b.model;
        this.maxInFlight = b.maxInFlight;
        this.deadlineMillis = b.deadlineMillis;
        this.graceMillis = b.graceMillis;
        this.overflow = b.overflow;
        this.streaming = b.streaming;
        this.breakerFailures = b.breakerFailures;
        this.openMillis = b.openMillis;
        this.slots = new Semaphore(maxInFlight);
        for (Outcome o : Outcome.values()) counts.put(o, new AtomicLong());
        this.executor = Executors.newFixedThreadPool(maxInFlight, r -> {
            Thread t = new Thread(r, "llm-wording");
            t.setDaemon(true);
            return t;
        });
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The model that words the replies. */
    public ChatModel model() {
        return model;
    }

    public long deadlineMillis() {
        return deadlineMillis;
    }

    public Overflow overflow() {
        return overflow;
    }

    /**
     * Submits a call for {@code request} (its own timeout is replaced by the stage's deadline). Never throws: a call
     * that cannot be made (busy, breaker open) is returned already settled, and {@link Call#await()} gives nothing.
     */
    public Call submit(ChatRequest request) {
        long start = System.nanoTime();
        if (down(start)) return settled(Outcome.DOWN);
        boolean slot;
        if (overflow == Overflow.WAIT) {
            try {
                slot = slots.tryAcquire(deadlineMillis + graceMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                slot = false;
            }
        } else {
            slot = slots.tryAcquire();
        }
        if (!slot) return settled(Outcome.BUSY);
        start = System.nanoTime(); // the deadline runs from when the call is made, not from the wait for a slot
        if (down(start)) {
            slots.release();
            return settled(Outcome.DOWN);
        }
        calls.incrementAndGet();
        Call c = new Call(start + TimeUnit.MILLISECONDS.toNanos(deadlineMillis), null);
        ChatRequest timed = new ChatRequest(request.messages(), request.temperature(), request.maxTokens(), deadlineMillis);
        try {
            executor.execute(() -> run(c, timed));
        } catch (RuntimeException e) { // closed
            slots.release();
            c.answer.completeExceptionally(e);
        }
        return c;
    }

    private void run(Call c, ChatRequest request) {
        try {
            ChatModel.ChatResponse r = streaming ? model.chatStreaming(request, p -> { }) : model.chat(request);
            String text = r == null || r.text() == null ? "" : r.text();
            failuresInARow.set(0);
            c.answer.complete(text);
        } catch (RuntimeException | Error e) {
            c.failed(System.nanoTime()); // before the answer: whoever awaits it sees the breaker as it now is
            c.answer.completeExceptionally(e);
        } finally {
            slots.release();
        }
    }

    /** Whether the breaker is open at {@code now}. */
    private boolean down(long now) {
        return failuresInARow.get() >= breakerFailures && now - openUntilNanos < 0;
    }

    /** One more failure or late answer in a row; the breaker opens at {@code breakerFailures}. */
    private void failure(long now) {
        if (failuresInARow.incrementAndGet() >= breakerFailures && !down(now)) { // calls still in flight do not open it again
            openUntilNanos = now + TimeUnit.MILLISECONDS.toNanos(openMillis);
            long n = opened.incrementAndGet();
            if (n <= 3 || Long.bitCount(n) == 1) {
                LOG.warn("{}: {} calls in a row failed or were late; drafts are sent for the next {} ms (breaker opened {} times)",
                        model.id(), failuresInARow.get(), openMillis, n);
            }
        }
    }

    private Call settled(Outcome o) {
        counts.get(o).incrementAndGet();
        return new Call(0, o);
    }

    /** Calls made to the model (not counting those never made: busy or breaker open). */
    public long calls() {
        return calls.get();
    }

    /** How many calls ended so. */
    public long count(Outcome o) {
        return counts.get(o).get();
    }

    /**
     * The counts as JSON-ready map: {@code model}, {@code calls} made, {@code written} (replies sent in the model's
     * words), {@code fallbacks} by reason ({@code late}, {@code failed}, {@code rejected}, {@code busy},
     * {@code endpoint_down}) and {@code in_flight} now.
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("model", model.id());
        m.put("deadline_ms", deadlineMillis);
        m.put("max_in_flight", maxInFlight);
        m.put("calls", calls.get());
        m.put("written", count(Outcome.WRITTEN));
        Map<String, Object> f = new LinkedHashMap<>();
        long all = 0;
        for (Outcome o : Outcome.values()) {
            if (o == Outcome.WRITTEN) continue;
            f.put(o.wire(), count(o));
            all += count(o);
        }
        m.put("fell_back", all);
        m.put("fallbacks", f);
        m.put("breaker_opened", opened.get());
        m.put("in_flight", maxInFlight - slots.availablePermits());
        return m;
    }

    /** Stops the stage's threads and closes its model when it can be closed. */
    @Override
    public void close() {
        executor.shutdownNow();
        if (model instanceof AutoCloseable c) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing {}: {}", model.id(), e.toString());
            }
        }
    }

    @Override
    public String toString() {
        return "WordingStage[model=" + model.id() + ", maxInFlight=" + maxInFlight + ", deadlineMs=" + deadlineMillis + ", overflow=" + overflow + "]";
    }

    /**
     * One call of the stage: wait for it with {@link #await()}, then say with {@link #settle(boolean)} whether its text
     * passed the guards. A call is counted once, under one {@link Outcome}.
     */
    public final class Call {
        private final long deadlineNanos;
        private final CompletableFuture<String> answer = new CompletableFuture<>();
        private final AtomicBoolean counted = new AtomicBoolean();
        private final AtomicBoolean breakerCounted = new AtomicBoolean();
        private volatile Outcome outcome;

        private Call(long deadlineNanos, Outcome settled) {
            this.deadlineNanos = deadlineNanos;
            this.outcome = settled;
            if (settled != null) counted.set(true);
        }

        /** Whether {@link #await()} returns at once: answered, failed, past its deadline, or never made. */
        public boolean ready() {
            return outcome != null || answer.isDone() || System.nanoTime() - deadlineNanos - TimeUnit.MILLISECONDS.toNanos(graceMillis) >= 0;
        }

        /** How the call ended so far ({@code null} while it runs or while its text awaits {@link #settle}). */
        public Outcome outcome() {
            return outcome;
        }

        /**
         * Waits for the model's text until the call's deadline (and a little grace); empty when the call was never made,
         * failed or is late — then the outcome is counted here. A text must then be {@link #settle settled}.
         */
        public Optional<String> await() {
            if (outcome != null) return Optional.empty();
            long wait = deadlineNanos + TimeUnit.MILLISECONDS.toNanos(graceMillis) - System.nanoTime();
            try {
                String text = answer.isDone() ? answer.get() : wait > 0 ? answer.get(wait, TimeUnit.NANOSECONDS) : null;
                if (text != null) return Optional.of(text);
                end(Outcome.LATE);
                failed(System.nanoTime());
            } catch (TimeoutException e) {
                end(Outcome.LATE);
                failed(System.nanoTime());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end(Outcome.LATE);
            } catch (ExecutionException e) {
                end(late(e.getCause()) ? Outcome.LATE : Outcome.FAILED);
            }
            return Optional.empty();
        }

        /** Counts the model's text as sent ({@code true}) or as rejected by the guards. */
        public void settle(boolean passed) {
            end(passed ? Outcome.WRITTEN : Outcome.REJECTED);
        }

        private void end(Outcome o) {
            if (counted.compareAndSet(false, true)) {
                outcome = o;
                counts.get(o).incrementAndGet();
            }
        }

        /** Counts a failure for the breaker once per call. */
        private void failed(long now) {
            if (breakerCounted.compareAndSet(false, true)) failure(now);
        }

        /** Whether a failure is the model's deadline (it says "no answer within") rather than an error. */
        private boolean late(Throwable t) {
            return t instanceof LiveCopilotException e && e.getMessage() != null && e.getMessage().contains(OpenAiCompatibleChatModel.LATE);
        }
    }

    /** Options of a {@link WordingStage}; every default is resolved here. */
    public static final class Builder {
        private ChatModel model;
        private int maxInFlight = 8;
        private long deadlineMillis = 8000;
        private long graceMillis = 50;
        private Overflow overflow = Overflow.DRAFT;
        private boolean streaming;
        private int breakerFailures = 5;
        private long openMillis = 10_000;

        /** The model that words replies (an endpoint, not a fallback: the caller's draft is the fallback). */
        public Builder model(ChatModel v) {
            this.model = v;
            return this;
        }

        /** Calls in flight at most (default 8). */
        public Builder maxInFlight(int v) {
            this.maxInFlight = v;
            return this;
        }

        /** Deadline of one call from when it is made, retries included (default 8000 ms, as LIVECOPILOT_LLM_TIMEOUT_MS). */
        public Builder deadlineMillis(long v) {
            this.deadlineMillis = v;
            return this;
        }

        /** What a call does when every slot is taken (default {@link Overflow#DRAFT}). */
        public Builder overflow(Overflow v) {
            this.overflow = v;
            return this;
        }

        /** Whether to call the model's streaming API (default: plain). */
        public Builder streaming(boolean v) {
            this.streaming = v;
            return this;
        }

        /** Failures or late answers in a row that open the breaker (default 5) and how long it stays open (default 10 s). */
        public Builder breaker(int failures, long openMillis) {
            this.breakerFailures = failures;
            this.openMillis = openMillis;
            return this;
        }

        public WordingStage build() {
            if (model == null) throw LiveCopilotException.badInput("model: required to build a WordingStage");
            if (maxInFlight < 1 || maxInFlight > 1024) throw LiveCopilotException.badInput("maxInFlight: must be between 1 and 1024, was " + maxInFlight);
            if (deadlineMillis <= 0) throw LiveCopilotException.badInput("LIVECOPILOT_LLM_TIMEOUT_MS: must be > 0, was " + deadlineMillis);
            if (breakerFailures < 1) throw LiveCopilotException.badInput("breaker failures: must be ≥ 1, was " + breakerFailures);
            if (openMillis < 0) throw LiveCopilotException.badInput("breaker open time: must be ≥ 0 ms, was " + openMillis);
            if (overflow == null) overflow = Overflow.DRAFT;
            return new WordingStage(this);
        }
    }
}
