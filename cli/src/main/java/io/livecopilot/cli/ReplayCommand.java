package io.livecopilot.cli;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.port.Store;
import io.livecopilot.core.pipeline.RoomPipeline;
import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.llm.ChatModels;
import io.livecopilot.llm.WordingStage;
import io.livecopilot.server.ModuleParts;
import io.livecopilot.store.BatchingEventWriter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code replay}: streams a recorded event file through the live pipeline as if live — at full speed or at X× the
 * recorded pace — optionally recording it in the store, and prints the summary of spec/cli.md.
 *
 * <p>With {@code --replies} and an LLM configured ({@code LIVECOPILOT_LLM_*}), the endpoint words the answers the
 * built-in composer drafts, through a {@link WordingStage} (bounded calls in flight, a deadline per reply, a breaker):
 * each reply is written in its place in the file, with the endpoint's text when that came in time and passed the
 * guards, else with the draft; the summary gets an {@code "llm"} object counting calls, replies written by the model
 * and fallbacks by reason. Without {@code --replies} the endpoint is never called (the events/s stay the live path's).
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "feeds recorded events through the live pipeline (assistant, analytics) as if live")
public final class ReplayCommand implements Callable<Integer> {
    /** Diagnostics of the clock on stderr (JAVA options {@code -Dlivecopilot.replay.trace=true}). */
    static final boolean TRACE = Boolean.getBoolean("livecopilot.replay.trace");

    /** Rejections listed in the summary at most; the total is always given. */
    static final int MAX_LISTED_REJECTIONS = 10_000;

    @Mixin
    CommonOptions common;

    @Parameters(index = "0", paramLabel = "FILE", description = "events as JSON Lines (spec/events.md)")
    Path file;

    @ArgGroup(exclusive = true)
    Pace pace = new Pace();

    /** How fast: as fast as possible (default) or X times the recorded pace. */
    static final class Pace {
        @Option(names = "--max", description = "as fast as possible (the default)")
        boolean max;

        @Option(names = "--speed", paramLabel = "X", description = "X times the recorded pace, from the events' timestamps (1 = real time)")
        Double speed;
    }

    @Option(names = "--store", description = "also record the session in the store (batched, off the hot path), so that it counts as the room's history")
    boolean store;

    @Option(names = "--replies", paramLabel = "OUT", description = "write every suggested reply as JSON Lines")
    Path replies;

    @Option(names = "--catalog", paramLabel = "FILE", description = "a catalog file (JSON or CSV) instead of the store's")
    Path catalogFile;

    @Option(names = "--threads", paramLabel = "N", description = "threads in all: one splits the file and runs the live path, the others parse (default 2, 1 when other processes keep the cores busy)")
    Integer threads;

    @Option(names = "--no-warmup", description = "do not warm the live path up (in throw-away rooms) before the clock starts")
    boolean noWarmup;

    @Override
    public Integer call() {
        Map<String, Object> summary = replay();
        print(summary);
        return (Long) summary.get("events") == 0 && (Long) summary.get("rejected_total") > 0 ? 2 : 0;
    }

    /** Runs the replay the options ask for and returns its summary (what {@code --json} prints). */
    Map<String, Object> replay() {
        if (!Files.exists(file)) throw LiveCopilotException.badInput(file + ": no such file");
        if (!Files.isRegularFile(file)) {
            throw LiveCopilotException.badInput(file + ": not a regular file (replay reads a recorded file; save a stream to a file first)");
        }
        Double speed = pace.speed;
        if (speed != null && !(speed > 0 && speed < 1e9)) throw LiveCopilotException.badInput("--speed: must be > 0, was " + speed);
        int parsers = threads != null ? threads : defaultThreads();
        if (parsers < 1 || parsers > 64) throw LiveCopilotException.badInput("--threads: must be between 1 and 64, was " + parsers);

        Settings settings = Wiring.settings(common);
        Catalog catalog = Wiring.catalog(catalogFile, settings);
        CommentUnderstander understander = Wiring.understander(settings);
        ModuleParts parts = Wiring.parts(catalog, understander);
        // only the replies written to a file are worded by the endpoint: a replay without them never calls it
        WordingStage stage = replies == null ? null : ChatModels.wordingStage(settings, WordingStage.Overflow.WAIT);
        if (stage != null) {
            parts.wording(stage, ModuleParts.Delivery.CALLER);
            System.err.println("livecopilot: replies worded by " + stage.model().id() + " (deadline " + stage.deadlineMillis()
                    + " ms per reply; the built-in draft when it fails, is late or its text fails the guards)");
        }
        Store st = store ? Wiring.store(settings) : null;
        Writer repliesOut = null;
        try {
            if (replies != null) repliesOut = Files.newBufferedWriter(replies, StandardCharsets.UTF_8);
            OrderedReplies ordered = stage == null ? null : new OrderedReplies(repliesOut, parts);
            // everything the real run needs is made before the warm-up, so that the warm-up is the last thing before the
            // clock (measured: a lambda made in between had its classes spun and the JIT compiling into the clock)
            Replay r = new Replay(Wiring.pipeline(ordered != null ? ordered : outputs(repliesOut), parts), speed,
                    st == null ? null : new BatchingEventWriter(st.events()), () -> replyCount);
            // the warm-up runs the very classes of the real run (sink, outputs, pipeline), so that the JIT's profiles fit it;
            // a paced replay waits for its events anyway and needs none, nor does one that waits for an LLM
            double warmup = noWarmup || speed != null || stage != null ? 0
                    : ReplayWarmup.run(f -> new Replay(Wiring.pipeline(outputs(null), parts), null, null, () -> replyCount).run(f, parsers),
                    fileSize(file));
            replyCount = 0;
            try {
                r.run(file, parsers);
            } finally {
                ReplayWarmup.releaseC2(); // held from the warm-up's last rounds to the clock's end
            }
            Map<String, Object> summary = r.summary();
            if (ordered != null) {
                long t0 = System.nanoTime();
                ordered.drain(true);
                Map<String, Object> llm = stage.summary();
                llm.put("replies_for_the_model", ordered.worded);
                llm.put("tail_seconds", round((System.nanoTime() - t0) / 1e9)); // waiting for the last replies' wordings
                summary.put("llm", llm);
            }
            summary.put("warmup_seconds", round(warmup));
            summary.put("threads", parsers);
            if (TRACE) {
                // diagnostics for measuring the replay itself (JAVA options -Dlivecopilot.replay.trace=true): on stderr
                System.err.printf("replay trace: JIT compile ms ended in the clock %d, by the summary %d; collections in the clock %d; clock started at JVM uptime %d ms; clock (System.nanoTime, CLOCK_MONOTONIC) %d to %d%n",
                        r.jitMillisInClock, jitMillis() - r.jitMillisAtStart, r.gcInClock, r.uptimeAtStart, r.wallStart, r.wallStart + Math.round(r.seconds * 1e9));
            }
            return summary;
        } catch (IOException e) {
            throw LiveCopilotException.unavailable("cannot write " + replies + ": " + e.getMessage(), e);
        } finally {
            try {
                if (repliesOut != null) repliesOut.close();
            } catch (IOException ignored) {
                // reported above when it mattered
            }
            if (st != null) st.close();
            if (stage != null) stage.close();
        }
    }

    /**
     * Threads when not given: two — one parses while the other runs the live path — on a machine with two cores or more
     * that are not all taken by other processes right now; one when every core but one (or every core) already has
     * another process's thread ready to run, where a second thread only competes with its own reading thread for the
     * one core left (measured here: a two-thread replay sharing a core with another busy process ran at 0.9–1.0M
     * events/s, a one-thread replay beside it at ~2.2M). "Right now" is the other processes' threads in state R
     * ({@link #otherRunnable}), the least of a few samples, not the load average: that is a minute's average, and it
     * stayed at 4–11 for a minute after the machine's other processes had stopped (it chose one thread on an idle
     * machine, where two run ~1.5× faster). Without that count (not Linux), the load average: one thread when it is
     * at least twice the cores.
     */
    static int defaultThreads() {
        int cores = Runtime.getRuntime().availableProcessors();
        if (cores <= 1) return 1;
        int others = otherRunnable(3);
        if (others >= 0) return others >= cores - 1 ? 1 : 2;
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load >= 0 && load >= 2.0 * cores ? 1 : 2;
    }

    /**
     * Threads of other processes ready to run now: the threads of every other process ({@code /proc/N/task/M/stat})
     * in state R, kernel threads included; the least of {@code samples} samples 2 ms apart (a thread that only woke
     * briefly, e.g. a kernel worker, is not load); -1 when the system does not tell. (The kernel's own count in
     * {@code /proc/loadavg} includes this process's threads — the JIT's compiler threads are busy at start — and
     * subtracting them, read at another moment, undercounted: a busy process beside the replay was not seen.)
     */
    static int otherRunnable(int samples) {
        String self = String.valueOf(ProcessHandle.current().pid());
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc.resolve(self).resolve("task"))) return -1;
        int least = Integer.MAX_VALUE;
        try {
            for (int i = 0; i < samples; i++) {
                if (i > 0) Thread.sleep(2);
                int n = 0;
                try (java.nio.file.DirectoryStream<Path> pids = Files.newDirectoryStream(proc)) {
                    for (Path pid : pids) {
                        String name = pid.getFileName().toString();
                        if (name.equals(self) || name.isEmpty() || !Character.isDigit(name.charAt(0))) continue;
                        try (java.nio.file.DirectoryStream<Path> tasks = Files.newDirectoryStream(pid.resolve("task"))) {
                            for (Path t : tasks) {
                                if (runnable(t.resolve("stat"))) n++;
                            }
                        } catch (IOException | java.nio.file.DirectoryIteratorException gone) {
                            // the process ended meanwhile, or is not ours to read
                        }
                    }
                }
                least = Math.min(least, n);
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
        return least;
    }

    /** Whether the thread whose {@code stat} file this is is running or ready to run (state R); false when gone. */
    private static boolean runnable(Path stat) {
        try {
            String st = Files.readString(stat, StandardCharsets.ISO_8859_1);
            int close = st.lastIndexOf(')');
            return close > 0 && close + 2 < st.length() && st.charAt(close + 2) == 'R';
        } catch (IOException | RuntimeException gone) {
            return false;
        }
    }

    private long replyCount;

    private Consumer<Object> outputs(Writer w) {
        return o -> {
            replyCount++;
            if (w == null) return;
            try {
                w.write(Output.JSON.writeValueAsString(o));
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /**
     * Writes the replies in the order they come out of the pipeline while an LLM words some of them: a reply being
     * worded waits at the head (and the ones after it behind it) until its wording is done or late, so the file's lines
     * are in the same order as without the LLM, whatever the endpoint's timing.
     */
    final class OrderedReplies implements Consumer<Object> {
        private final Writer w;
        private final ModuleParts parts;
        private final java.util.ArrayDeque<Pending> queue = new java.util.ArrayDeque<>();
        long worded;

        private record Pending(Map<String, Object> reply, LiveAssistant.Wording wording) {}

        OrderedReplies(Writer w, ModuleParts parts) {
            this.w = w;
            this.parts = parts;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void accept(Object o) {
            replyCount++;
            Map<String, Object> m = (Map<String, Object>) o;
            LiveAssistant.Wording wording = parts.takeWording((String) m.get("room"), (String) m.get("id"));
            if (wording != null) worded++;
            if (wording == null && queue.isEmpty()) {
                write(m);
                return;
            }
            queue.addLast(new Pending(m, wording));
            drain(false);
        }

        /** Writes the replies at the head that are ready; with {@code all}, every one, waiting up to each one's deadline. */
        void drain(boolean all) {
            while (!queue.isEmpty()) {
                Pending p = queue.peekFirst();
                if (!all && p.wording() != null && !p.wording().ready()) return;
                queue.removeFirst();
                if (p.wording() != null) p.reply().put("reply", p.wording().await().reply());
                write(p.reply());
            }
        }

        private void write(Map<String, Object> m) {
            if (w == null) return;
            try {
                w.write(Output.JSON.writeValueAsString(m));
                w.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One replay run: the reading, the pipeline, the optional store writer and what they saw. */
    public static final class Replay implements EventReader.Sink {
        final RoomPipeline pipeline;
        final Double speed;
        final BatchingEventWriter storeWriter;
        final java.util.function.LongSupplier replies;
        final List<Map<String, Object>> rejected = new ArrayList<>();
        long accepted, rejectedTotal;
        long firstTs = Long.MIN_VALUE, wallStart;
        double seconds, storeSeconds = -1, cpuSeconds = -1;
        /** What else ran in the clock: JIT compile milliseconds ended meanwhile, garbage collections (diagnostics). */
        long jitMillisInClock, gcInClock, jitMillisAtStart, uptimeAtStart;

        /** @param speed {@code null} for as fast as possible; {@code storeWriter} {@code null} for no recording */
        public Replay(RoomPipeline pipeline, Double speed, BatchingEventWriter storeWriter, java.util.function.LongSupplier replies) {
            this.pipeline = pipeline;
            this.speed = speed;
            this.storeWriter = storeWriter;
            this.replies = replies;
        }

        /**
         * Replays the events of a file of JSON Lines with {@code parsers} threads in all: the calling thread runs the
         * live path, the others read and parse the file's ranges ({@link EventReader#readParallel(Path, int, EventReader.Sink)}).
         * The clock runs from before the file is opened to the last event's end (and the store's last append).
         */
        public void run(Path f, int parsers) {
            try {
                timed(() -> EventReader.readParallel(f, parsers, this), parsers);
            } catch (IOException e) {
                throw LiveCopilotException.badInput(f + ": cannot read: " + e.getMessage());
            }
        }

        /** Replays the events of a stream of JSON Lines with {@code parsers} parsing threads. */
        public void run(java.io.InputStream in, int parsers) throws IOException {
            timed(() -> EventReader.readParallel(in, parsers, this), parsers);
        }

        /** A read of the events into this sink. */
        private interface Read {
            void run() throws IOException;
        }

        private void timed(Read read, int parsers) throws IOException {
            // the parsing threads are running when the clock starts, as a server's pool is (a sleeping one took up to
            // 2.7 ms to start here: most of a small file's replay)
            EventReader.readyWorkers(parsers);
            // the JIT, collection and uptime figures only when traced: each is a management bean's call right before the
            // clock, whose code the JIT then compiles on one of the two cores inside it (seen in the clock: C1 compiling
            // ManagementFactoryHelper.getGarbageCollectorMXBeans and method-handle code)
            boolean trace = TRACE;
            long jit0 = trace ? jitMillis() : 0, gc0 = trace ? gcCount() : 0;
            uptimeAtStart = trace ? java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() : 0;
            long cpu0 = processCpuNanos();
            long t = System.nanoTime();
            wallStart = t;
            try {
                read.run();
            } finally {
                seconds = (System.nanoTime() - t) / 1e9;
                long cpu1 = processCpuNanos();
                cpuSeconds = cpu0 < 0 || cpu1 < 0 ? -1 : (cpu1 - cpu0) / 1e9;
                if (trace) {
                    jitMillisInClock = jitMillis() - jit0;
                    jitMillisAtStart = jit0;
                    gcInClock = gcCount() - gc0;
                }
                if (storeWriter != null) {
                    storeWriter.close();
                    storeSeconds = (System.nanoTime() - t) / 1e9;
                }
            }
        }

        @Override
        public void accept(LiveEvent e) {
            if (speed != null) pace(e.ts());
            accepted++;
            pipeline.accept(e);
            if (storeWriter != null) storeWriter.add(e);
        }

        /** Waits until the event's time, scaled by the speed, has come on the wall clock. */
        private void pace(long ts) {
            if (firstTs == Long.MIN_VALUE) firstTs = ts;
            long due = wallStart + (long) ((ts - firstTs) * 1_000_000L / speed);
            long wait = due - System.nanoTime();
            if (wait > 1_000_000L) {
                try {
                    Thread.sleep(wait / 1_000_000L, (int) (wait % 1_000_000L));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw LiveCopilotException.unavailable("interrupted", ie);
                }
            }
        }

        @Override
        public void reject(long line, String reason) {
            rejectedTotal++;
            if (rejected.size() < MAX_LISTED_REJECTIONS) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("line", line);
                m.put("reason", reason);
                rejected.add(m);
            }
        }

        public Map<String, Object> summary() {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("events", accepted);
            s.put("rejected", rejected);
            s.put("rejected_total", rejectedTotal);
            s.put("seconds", round(seconds));
            s.put("events_per_second", seconds > 0 ? Math.round(accepted / seconds) : null);
            if (cpuSeconds >= 0) s.put("cpu_seconds", round(cpuSeconds)); // the process's CPU time over those seconds
            s.put("replies", replies.getAsLong());
            Map<String, Object> ops = pipeline.summarize();
            Object top = ops.remove("top_questions");
            s.put("top_questions", top == null ? List.of() : top);
            s.put("metrics", ops);
            s.put("rooms", pipeline.rooms());
            if (storeWriter != null) {
                s.put("stored", storeWriter.written());
                s.put("store_seconds", round(storeSeconds));
            }
            return s;
        }
    }

    private void print(Map<String, Object> s) {
        if (common.json) {
            Output.json(s);
            return;
        }
        Output.line(String.format("replayed %d events from %s in %.3f s (%s events/s); %d rejected; %d replies",
                s.get("events"), file, (Double) s.get("seconds"), s.get("events_per_second"), s.get("rejected_total"), s.get("replies")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rej = (List<Map<String, Object>>) s.get("rejected");
        for (int i = 0; i < Math.min(20, rej.size()); i++) Output.line("rejected " + file + ":" + rej.get(i).get("line") + ": " + rej.get(i).get("reason"));
        if (rej.size() > 20) Output.line("… and " + ((Long) s.get("rejected_total") - 20) + " more rejected lines (use --json for all)");
        if (s.containsKey("stored")) Output.line("stored " + s.get("stored") + " events in the store");
        Output.line("metrics: " + s.get("metrics"));
        if (s.containsKey("llm")) Output.line("llm: " + s.get("llm"));
    }

    private static long fileSize(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // reported when the replay reads it
        }
    }

    /** Total JIT compile time so far in milliseconds (compilations ended), or 0 when the JVM does not tell. */
    static long jitMillis() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** Garbage collections so far, all collectors. */
    static long gcCount() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** CPU time of the whole process (all threads), or -1 when the JVM does not tell. */
    static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
