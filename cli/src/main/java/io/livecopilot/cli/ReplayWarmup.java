package io.livecopilot.cli;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Warms the replay's whole path before its clock starts, as a server is warm after its first minutes: a simulated
 * session (comments left out: the understanding of a comment costs a thousand events, and is warmed by the comments
 * themselves) goes through the same reader and the same live parts — metrics, assistant, feed — in throw-away rooms,
 * so that the JIT has compiled them. The time it takes is reported apart ({@code warmup_seconds}) and
 * {@code --no-warmup} skips it.
 */
final class ReplayWarmup {
    /**
     * Events fed at least. Measured on this path (a 13k-event file replayed in a loop): the median run reached 0.9M
     * events/s after 2.6M events, 1.7M after 5M and 2.2M after 8M; a single replay after 4M events of warm-up ran at
     * 1.1–1.9M on one thread and 1.3–2.3M on two.
     */
    static final int EVENTS = 4_000_000;
    /**
     * On a busy machine the warm-up stops after this many seconds, warm or not. Was 8: with other builds running between
     * the measurements the JIT had not settled by then on about one run in five, and those were the slowest replays
     * (the three worst of 15 interleaved runs had hit the cap: 0.46M–1.22M events/s against a median of 1.67M); on an
     * idle machine the warm-up ends after 5–7 s. Was 12: one run in five still hit it on a slow VM (a trace of that
     * run's clock: the parsing thread started 3.4 ms late, the reading thread stalled 8 ms in the middle).
     */
    static final double MAX_SECONDS = 20.0;

    private ReplayWarmup() {}

    /** One run over an input: the real run's own code, on throw-away rooms. */
    interface Run {
        void replay(Path file);
    }

    /** Runs the warm-up and returns the seconds it took. */
    static double run(Run run) {
        return run(run, 0);
    }

    /**
     * Runs the warm-up before the replay of {@code fileBytes} bytes and returns the seconds it took. It ends, like the
     * rest of the warm-up, with the young generation's free space ({@link #edenRoom}) large enough for the replay.
     */
    static double run(Run run, long fileBytes) {
        long t = System.nanoTime();
        List<Path> files = new ArrayList<>(), firsts = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long fed = 0;
        try {
            // from files, as the real run reads: opening one takes paths of the JDK that the JIT must have seen too
            for (Session spec : SESSIONS) {
                List<LiveEvent> events = spec.events();
                sizes.add(events.size());
                Path first = Files.createTempFile("livecopilot-warmup", ".jsonl");
                firsts.add(first);
                Files.write(first, jsonLines(events, true));
                Path f = Files.createTempFile("livecopilot-warmup", ".jsonl");
                files.add(f);
                Files.write(f, jsonLines(events, false));
            }
            java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
            boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
            long compiled = -1;
            int quiet = 0;
            // every session at least once in each form, whatever the time: on a machine slow enough for the sessions'
            // simulation to take the whole cap, the warm-up would otherwise replay nothing at all
            for (int round = 0; round < 2 * files.size() || (System.nanoTime() - t) / 1e9 < MAX_SECONDS; round++) {
                // each session once with the other shapes and broken lines (so that their branches and classes are not
                // new in the clock), then without: fed every round, their rare paths kept the JIT compiling them one by
                // one as their counts crossed its thresholds — throughout the warm-up and on into the clock (measured:
                // dozens of compilations a second after 8 s, a compile thread taking a core inside the clock)
                run.replay((round < firsts.size() ? firsts : files).get(round % files.size()));
                fed += sizes.get(round % files.size());
                if (fed < EVENTS) continue;
                // then go on, busy, until the compiler has been idle for a few rounds: an idle pause before the clock
                // would cool the caches down (measured: 150 ms asleep made the next run ~2× slower on two threads)
                long c = timed ? jit.getTotalCompilationTime() : 0;
                quiet = c == compiled ? quiet + 1 : 0;
                compiled = c;
                // the compile time grows when a compilation ends: one still running (C2 takes milliseconds) would go on
                // inside the clock, on one of the two cores the replay uses — so the queues must be empty too
                if (quiet < QUIET_ROUNDS || !compilerIdle()) continue;
                // and a young collection must not fall inside the clock: with the young generation nearly full, one
                // comes at a random moment of the replay (measured: eden ~90 MB here, a small file's replay allocates
                // a few MB; a young collection takes 10–160 ms on this machine, 3–30× a small file's whole replay) —
                // so it is made to come now, and the rounds go on to take the caches back before the clock
                if (edenRoom(fileBytes)) break;
                collectYoung();
            }
            // then, however the rounds ended (settled, or at the cap), the short sessions once more, busy: the checks
            // above ran code with new profiles (the compiler queue's text parsed, MBeans called) and were traced
            // deoptimizing String.strip 2–5 ms before the clock, its recompilation then running into the clock — these
            // rounds give it time to end; and a replay right after short sessions starts from the state a short file's
            // replay leaves (fresh small rooms), not a long one's (measured: see SESSIONS). From here to the clock's end
            // no new C2 compilation starts (holdC2): these rounds run as the clock will, anything they set off goes to C1
            holdC2();
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < SESSIONS.size(); i++) {
                    if (SESSIONS.get(i).minutes() <= SHORT_MINUTES) run.replay(files.get(i));
                }
                if (edenRoom(fileBytes)) break;
                collectYoung(); // and once more, to take the caches back after the collection
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the warm-up files: " + e.getMessage(), e);
        } finally {
            files.addAll(firsts);
            for (Path f : files) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** The compiler directive of {@link #holdC2}: no C2 (optimizing) compilation of any method while it is on. */
    static final String HOLD_C2 = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    /** Whether {@link #holdC2} put its directive on and {@link #releaseC2} has not taken it off yet. */
    private static boolean held;

    /**
     * Keeps the JIT's optimizing compiler (C2) from starting new compilations until {@link #releaseC2}, through a compiler
     * directive added on the JVM's own diagnostic command ({@code jcmd PID Compiler.directives_add}); C1 still compiles,
     * and the code compiled so far stays. Why: on two cores a C2 compilation that starts inside a replay's clock of a
     * few milliseconds takes one of the cores the replay runs on, for 2–17 ms (traced with the scheduler's switches and
     * the JIT's log: C2 running 2.5–4.0 ms of 6–9 ms clocks, a {@code ConcurrentHashMap.transfer} compilation started
     * inside the clock and ran 17 ms), whatever set it off (a path the file takes first, a counter crossing its
     * threshold); the warm-up has already compiled the live path. A method that C2 was asked to compile while the
     * directive was on is left to C1 for the rest of the process (the JVM marks it so), which costs a replay nothing
     * that matters: it ends after its summary. Without the diagnostic command (another JVM), nothing is held.
     */
    static void holdC2() {
        if (held) return;
        Path f = null;
        try {
            f = Files.createTempFile("livecopilot-hold-c2", ".json");
            Files.writeString(f, HOLD_C2);
            diagnosticCommand("compilerDirectivesAdd", f.toString());
            held = true;
        } catch (IOException | javax.management.JMException | RuntimeException e) {
            // no directive: the replay runs as before
        } finally {
            if (f != null) {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }

    /** Takes {@link #holdC2}'s directive off again (when it is on): C2 compiles as before. */
    static void releaseC2() {
        if (!held) return;
        held = false;
        try {
            diagnosticCommand("compilerDirectivesRemove");
        } catch (javax.management.JMException | RuntimeException e) {
            // left on: this process only replays and ends
        }
    }

    /** Whether {@link #holdC2}'s directive is on (tests). */
    static boolean c2Held() {
        return held;
    }

    /** Runs one of the JVM's diagnostic commands through its platform MBean and returns what it printed. */
    private static String diagnosticCommand(String operation, String... args) throws javax.management.JMException {
        javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        return (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                operation, new Object[] {args}, new String[] {String[].class.getName()});
    }

    /**
     * Whether the JIT compilers are neither compiling nor have anything queued, from the JVM's own diagnostic command
     * ({@code jcmd PID Compiler.queue}); {@code true} when the JVM does not offer it.
     */
    static boolean compilerIdle() {
        try {
            javax.management.MBeanServer server = java.lang.management.ManagementFactory.getPlatformMBeanServer();
            String q = (String) server.invoke(new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerQueue", new Object[0], new String[0]);
            return idleQueue(q);
        } catch (javax.management.JMException | RuntimeException e) {
            return true;
        }
    }

    /**
     * Whether the text of {@code Compiler.queue} lists no compilation: every line is a section title
     * ({@code Current compiles:}, {@code C1 compile queue:} …), {@code Empty} or blank.
     */
    static boolean idleQueue(String queue) {
        for (String line : queue.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.endsWith(":") && !l.equals("Empty")) return false;
        }
        return true;
    }

    /**
     * Whether the young generation's free space holds the replay of a file of that size with room to spare (what the
     * replay allocates: its blocks of bytes, the events, the live path's state — a few times the file's size);
     * {@code true} when the JVM does not tell.
     */
    static boolean edenRoom(long fileBytes) {
        java.lang.management.MemoryPoolMXBean eden = eden();
        if (eden == null) return true;
        java.lang.management.MemoryUsage u = eden.getUsage();
        long capacity = u.getMax() > 0 ? Math.min(u.getMax(), Math.max(u.getCommitted(), u.getUsed())) : u.getCommitted();
        long free = capacity - u.getUsed();
        long need = Math.min(32L * 1024 * 1024 + 4 * fileBytes, capacity / 2);
        return free >= need;
    }

    /**
     * Brings a young collection about now, by allocating short-lived arrays until the collector has run once (at most
     * twice the young generation's size).
     */
    static void collectYoung() {
        java.lang.management.MemoryPoolMXBean eden = eden();
        long before = collections();
        long limit = eden == null ? 256L << 20 : 2 * Math.max(eden.getUsage().getCommitted(), 64L << 20);
        for (long allocated = 0; allocated < limit && collections() == before; allocated += GARBAGE.length) {
            GARBAGE = new byte[1 << 20];
        }
    }

    /** Where the garbage goes (a field, so that the allocations are not optimized away). */
    static volatile byte[] GARBAGE = new byte[0];

    private static long collections() {
        long n = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    /** The heap's young-generation pool ("PS Eden Space", "G1 Eden Space", "Eden Space"), or {@code null}. */
    private static java.lang.management.MemoryPoolMXBean eden() {
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && p.getName().contains("Eden")) return p;
        }
        return null;
    }

    /** Rounds in a row without compiling after which the JIT is taken as settled. */
    static final int QUIET_ROUNDS = 5;

    /** A simulated session of the warm-up. */
    private record Session(long seed, int minutes, int viewers) {
        /** Its events without the comments. */
        List<LiveEvent> events() {
            return Simulator.run(SimulationConfig.builder().seed(seed).minutes(minutes).viewers(viewers).build()).events()
                    .stream().filter(e -> !(e instanceof LiveEvent.Comment)).toList();
        }
    }

    /**
     * The sessions fed in turn: rooms of different sizes and runs of show, so that the JIT's profiles are not those of
     * one session (measured: warming on one session left the real file's first orders to deoptimize inside the clock).
     */
    private static final List<Session> SESSIONS = List.of(new Session(20261129, 120, 2000), new Session(31, 80, 5000), new Session(8, 180, 800),
            new Session(41, 25, 2500), new Session(59, 40, 1500));

    /**
     * Sessions this long or shorter are the short ones, replayed again as the last thing before the clock. Measured (a
     * harness that runs the CLI's warm-up and then the 13k-event file, three JVMs each): the first replay after the
     * long sessions ran at 1.25M, 1.59M, 2.11M events/s; after one short session of another seed, at 2.49M, 2.02M, 3.37M
     * (and the file's later replays in the same JVM at 2–5M either way).
     */
    static final int SHORT_MINUTES = 45;

    /**
     * The events as JSON Lines, then with {@code others} a few events of every type in other shapes (numeric
     * timestamps, money as numbers) and some broken lines: every branch of the path is taken at least once, so that no
     * class is loaded for the first time inside the clock.
     */
    private static byte[] jsonLines(List<LiveEvent> events, boolean others) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 100 + 4096);
        try {
            Simulator.writeEvents(events, out);
            if (!others) return out.toByteArray();
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
