package io.livecopilot.core.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The one reader of event streams: JSON Lines of any size in constant memory, or a JSON array; every bad line is
 * reported with its number and reason and reading goes on.
 */
public final class EventReader {
    /** Lines longer than this are refused (a comment is at most a few thousand characters). */
    public static final int MAX_LINE_BYTES = 1 << 20;

    /** Receives the events read, in input order, and the refusals. */
    public interface Sink {
        void accept(LiveEvent event);

        /**
         * A refused input item.
         *
         * @param position the 1-based line number for JSON Lines, the 0-based element index for a JSON array
         */
        void reject(long position, String reason);
    }

    /** What a read saw: non-blank input items, accepted and refused. */
    public record Stats(long items, long accepted, long rejected) {}

    private EventReader() {}

    public static Stats read(Path file, Sink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, sink);
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Reads JSON Lines from the stream; blank lines are skipped and not counted. */
    public static Stats read(InputStream in, Sink sink) throws IOException {
        byte[] buf = new byte[1 << 20];
        int start = 0, end = 0;
        long lineNo = 0, items = 0, ok = 0, bad = 0;
        boolean skipping = false; // inside an over-long line
        boolean eof = false;
        FlatEventParser fast = FlatEventParser.local();
        while (true) {
            int nl = newline(buf, start, end);
            if (nl < 0) {
                if (eof) {
                    if (start < end && !skipping) {
                        lineNo++;
                        int r = handle(buf, start, end, lineNo, sink, fast);
                        if (r != 0) { items++; if (r > 0) ok++; else bad++; }
                    }
                    break;
                }
                // need more input: compact, grow if the line fills the buffer
                if (start > 0) {
                    System.arraycopy(buf, start, buf, 0, end - start);
                    end -= start;
                    start = 0;
                }
                if (end == buf.length) {
                    if (buf.length >= MAX_LINE_BYTES) {
                        if (!skipping) {
                            lineNo++;
                            items++;
                            bad++;
                            sink.reject(lineNo, "line longer than " + MAX_LINE_BYTES + " bytes");
                            skipping = true;
                        }
                        end = 0;
                    } else {
                        buf = Arrays.copyOf(buf, buf.length * 2);
                    }
                }
                int n = in.read(buf, end, buf.length - end);
                if (n < 0) eof = true;
                else end += n;
                continue;
            }
            if (skipping) {
                skipping = false;
            } else {
                lineNo++;
                int r = handle(buf, start, nl, lineNo, sink, fast);
                if (r != 0) { items++; if (r > 0) ok++; else bad++; }
            }
            start = nl + 1;
        }
        return new Stats(items, ok, bad);
    }

    /** 1 accepted, -1 refused, 0 blank. */
    private static int handle(byte[] buf, int from, int to, long lineNo, Sink sink, FlatEventParser fast) {
        if (to > from && buf[to - 1] == '\r') to--;
        int s = from;
        while (s < to && (buf[s] == ' ' || buf[s] == '\t')) s++;
        if (s == to) return 0;
        if (lineNo == 1 && to - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB && buf[s + 2] == (byte) 0xBF) s += 3;
        LiveEvent e;
        try {
            e = EventCodec.parseLine(buf, s, to - s, fast);
        } catch (BadEventException ex) {
            sink.reject(lineNo, ex.getMessage());
            return -1;
        }
        sink.accept(e);
        return 1;
    }

    // ---- parallel reading ---------------------------------------------------------------------------------------

    private static final String TOO_LONG = "line longer than " + MAX_LINE_BYTES + " bytes";

    /** How long the reading thread waits for a worker's block before it parses the block itself. */
    static final long PATIENCE_NANOS = 5_000_000L;

    /**
     * How long a thread waiting for work spins (on its core, at once ready) before it sleeps: a worker between blocks
     * and after a read (reads often come in a row), the reading thread waiting for a worker's block. A sleeping thread
     * is woken by the scheduler, which on a virtual machine with idle cores was measured to take from 15 µs to 2.7 ms —
     * longer than the whole parse of a 64 KB block (about 0.2 ms).
     */
    static final long SPIN_NANOS = 2_000_000L;

    /** Bytes per block handed to a parsing thread. */
    static final int BLOCK_BYTES = 1 << 16;

    /**
     * Reads JSON Lines like {@link #read(InputStream, Sink)} — same events, same refusals, same line numbers, same
     * order — faster, on {@code threads} threads in all: the calling thread splits the input into blocks of lines and
     * feeds the sink in input order, {@code threads - 1} workers parse the blocks, and the calling thread parses the
     * ones that no worker has taken yet whenever it would otherwise wait (so that on two cores one core parses while the
     * other runs what the sink does with the events); {@code threads} ≤ 1 is {@link #read(InputStream, Sink)}.
     * Memory stays bounded: at most {@code 4 × threads} blocks of 64 KB are in flight.
     */
    public static Stats readParallel(InputStream in, int threads, Sink sink) throws IOException {
        return readParallel(in, threads, BLOCK_BYTES, sink);
    }

    /** {@link #readParallel(InputStream, int, Sink)} of a file. */
    public static Stats readParallel(Path file, int threads, Sink sink) {
        try (InputStream in = Files.newInputStream(file)) {
            return readParallel(in, threads, sink);
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * A block of lines cut from the input: their bytes, where each line lies, and its line number; then its results.
     * A worker or the reading thread parses it — both, when the reading thread catches up with a worker that has not
     * finished: the first result published wins, so that the reading thread never waits for a thread that a busy
     * machine has not scheduled.
     */
    private static final class Block {
        final byte[] data;
        int n;
        int[] from = new int[1024], to = new int[1024];
        long[] lineNo = new long[1024];
        /** Reasons of lines refused before parsing (over-long lines, marked by from = -1); null when none. */
        String[] refused;
        final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        /** After {@link #cutLines}: the last line number used, the start of the unfinished last line, whether skipping goes on. */
        long lastLine;
        int rest;
        boolean skipping;

        Block(byte[] data) { this.data = data; }

        void add(int f, int t, long line) {
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
                lineNo = Arrays.copyOf(lineNo, n * 2);
            }
            from[n] = f;
            to[n] = t;
            lineNo[n++] = line;
        }

        /** A line refused before parsing (over-long), with its reason. */
        void refuse(long line, String reason) {
            add(-1, -1, line);
            if (refused == null) refused = new String[from.length];
            if (refused.length < from.length) refused = Arrays.copyOf(refused, from.length);
            refused[n - 1] = reason;
        }

        /**
         * Records the complete lines of {@code data[start, end)} (the first one's number is {@code line + 1}); a line
         * left unfinished at {@code end} starts at {@link #rest}. {@code skip}: the bytes up to the first line break
         * end an over-long line, already refused. A method of its own, called once per block: the JIT compiles its
         * loop fully, which it does not do for a loop in a method called once per read.
         */
        void cutLines(int start, int end, long line, boolean skip) {
            byte[] buf = data;
            int i = start;
            while (true) {
                int nl = newline(buf, i, end);
                if (nl < 0) break;
                if (skip) skip = false;
                else cut(this, buf, i, nl, ++line);
                i = nl + 1;
            }
            lastLine = line;
            rest = i;
            skipping = skip;
        }

        /** For a worker: parses the block unless someone already started. */
        void offer() {
            if (claimed.compareAndSet(false, true)) publish();
        }

        /**
         * For the reading thread: the results — parsed here when no worker took the block, else the worker's, waited
         * for (spinning: it takes a fraction of a millisecond); a worker that a busy machine has not run for
         * {@link #PATIENCE_NANOS} is overtaken (the block is parsed here too and the first result wins), so that
         * reading never stalls behind an unscheduled thread.
         */
        Parsed results() {
            Object r = result.get();
            if (r == null) {
                if (claimed.compareAndSet(false, true)) {
                    publish();
                } else {
                    long t0 = System.nanoTime();
                    while (result.get() == null) {
                        long waited = System.nanoTime() - t0;
                        if (waited > PATIENCE_NANOS) {
                            publish();
                            break;
                        }
                        if (waited < SPIN_NANOS) Thread.onSpinWait();
                        else java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                    }
                }
                r = result.get();
            }
            if (r instanceof RuntimeException e) throw e;
            return (Parsed) r;
        }

        private void publish() {
            Object r;
            try {
                r = new Parsed(this).parse();
            } catch (RuntimeException e) {
                r = e;
            }
            result.compareAndSet(null, r);
        }
    }

    /** One parse of a block: its events and refusal reasons, line by line. */
    private static final class Parsed {
        final Block b;
        final byte[] data;
        final int n;
        final int[] from, to;
        final LiveEvent[] events;
        String[] reasons;

        Parsed(Block b) {
            this.b = b;
            this.data = b.data;
            this.n = b.n;
            this.from = b.from;
            this.to = b.to;
            this.events = new LiveEvent[n];
            this.reasons = b.refused == null ? null : Arrays.copyOf(b.refused, n);
        }

        Parsed parse() {
            FlatEventParser fast = FlatEventParser.local(); // kept from block to block: one String per viewer throughout a file
            for (int i = 0; i < n; i++) {
                if (from[i] < 0) continue;
                try {
                    events[i] = EventCodec.parseLine(data, from[i], to[i] - from[i], fast);
                } catch (BadEventException ex) {
                    if (reasons == null) reasons = new String[n];
                    reasons[i] = ex.getMessage();
                }
            }
            return this;
        }
    }

    static Stats readParallel(InputStream in, int threads, int blockBytes, Sink sink) throws IOException {
        if (threads <= 1) return read(in, sink);
        Workers.ensure(threads - 1);
        int window = 4 * Math.max(1, threads);
        java.util.ArrayDeque<Block> inFlight = new java.util.ArrayDeque<>();
        long[] stats = new long[3]; // items, ok, bad
        try {
            byte[] carry = new byte[0];
            int carryLen = 0;
            long lineNo = 0;
            boolean skipping = false, first = true, eof = false;
            while (!eof) {
                byte[] buf = new byte[Math.max(blockBytes, carryLen * 2)]; // doubling: a long line is copied O(1) times on average
                System.arraycopy(carry, 0, buf, 0, carryLen);
                int end = carryLen + in.readNBytes(buf, carryLen, buf.length - carryLen);
                eof = end < buf.length;
                Block b = new Block(buf);
                int start = 0;
                if (first && end >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) start = 3;
                first = false;
                b.cutLines(start, end, lineNo, skipping);
                lineNo = b.lastLine;
                skipping = b.skipping;
                start = b.rest;
                carryLen = 0;
                if (start < end) {
                    if (eof) {
                        if (!skipping) cut(b, buf, start, end, ++lineNo);
                    } else if (skipping) {
                        // still inside an over-long line: drop these bytes
                    } else if (end - start >= MAX_LINE_BYTES) {
                        b.refuse(++lineNo, TOO_LONG);
                        skipping = true;
                    } else {
                        carry = Arrays.copyOfRange(buf, start, end);
                        carryLen = carry.length;
                    }
                }
                if (b.n > 0) {
                    inFlight.add(b);
                    Workers.submit(b);
                }
                while (inFlight.size() > window || (eof && !inFlight.isEmpty())) {
                    Block head = inFlight.peek();
                    // while a worker may still be on the oldest block, take the youngest unclaimed ones
                    var it = inFlight.descendingIterator();
                    while (head.result.get() == null && it.hasNext()) {
                        Block y = it.next();
                        if (y != head && !y.claimed.get()) y.offer();
                    }
                    drain(inFlight.poll(), sink, stats);
                }
            }
        } finally {
            for (Block b : inFlight) b.claimed.set(true); // nothing left for the workers on failure
        }
        return new Stats(stats[0], stats[1], stats[2]);
    }

    /** The index of the first line feed in {@code b[from, to)}, or -1: eight bytes at a time. */
    static int newline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ 0x0A0A0A0A0A0A0A0AL;
            long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L; // the lowest flagged byte is the first '\n'
            if (found != 0) return i + (Long.numberOfTrailingZeros(found) >>> 3);
        }
        for (; i < to; i++) if (b[i] == '\n') return i;
        return -1;
    }

    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * The parsing threads, shared by every read of the process: daemons, started on first use, as many as the widest
     * read asked for. They take blocks in the order they were cut; between blocks and after a read a worker spins for
     * {@link #SPIN_NANOS} (a next block, or a next read, usually comes sooner) and then sleeps until a block is handed
     * over.
     */
    private static final class Workers {
        private static final java.util.concurrent.ConcurrentLinkedQueue<Block> QUEUE = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private static volatile Worker[] all = new Worker[0];

        static synchronized void ensure(int n) {
            if (all.length >= n) return;
            Worker[] more = Arrays.copyOf(all, n);
            for (int i = all.length; i < n; i++) {
                more[i] = new Worker();
                more[i].start();
            }
            all = more;
        }

        static void submit(Block b) {
            QUEUE.add(b);
            for (Worker w : all) {
                if (w.sleeping) {
                    java.util.concurrent.locks.LockSupport.unpark(w);
                    break;
                }
            }
        }

        private static final class Worker extends Thread {
            volatile boolean sleeping;

            Worker() {
                super("event-parse");
                setDaemon(true);
            }

            @Override
            public void run() {
                long idleSince = System.nanoTime();
                while (true) {
                    Block b = QUEUE.poll();
                    if (b != null) {
                        b.offer();
                        idleSince = System.nanoTime();
                    } else if (System.nanoTime() - idleSince < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        sleeping = true; // then look again: a block added before this write is seen, one added after wakes us
                        if (QUEUE.isEmpty()) java.util.concurrent.locks.LockSupport.parkNanos(this, 1_000_000_000L);
                        sleeping = false;
                        idleSince = System.nanoTime();
                    }
                }
            }
        }
    }

    /** Records one line of a block unless it is blank; a trailing CR is dropped. */
    private static void cut(Block b, byte[] buf, int from, int to, long lineNo) {
        if (to - from >= MAX_LINE_BYTES) {
            b.refuse(lineNo, TOO_LONG);
            return;
        }
        if (to > from && buf[to - 1] == '\r') to--;
        int s = from;
        while (s < to && (buf[s] == ' ' || buf[s] == '\t')) s++;
        if (s < to) b.add(s, to, lineNo);
    }

    /**
     * Feeds the sink with the oldest block's results; the reading thread parses the block itself when no worker has
     * started on it, so that a busy machine never makes it wait for a worker to be scheduled.
     */
    private static void drain(Block b, Sink sink, long[] stats) {
        Parsed r = b.results();
        for (int i = 0; i < b.n; i++) {
            stats[0]++;
            LiveEvent e = r.events[i];
            if (e != null) {
                stats[1]++;
                sink.accept(e);
            } else {
                stats[2]++;
                sink.reject(b.lineNo[i], r.reasons[i]);
            }
        }
    }

    /** Reads a request body that is either a JSON array of events or JSON Lines. */
    public static Stats readAny(byte[] body, Sink sink) {
        int i = 0;
        while (i < body.length && Character.isWhitespace(body[i])) i++;
        if (i < body.length && body[i] == '[') return readArray(body, sink);
        try {
            return read(new java.io.ByteArrayInputStream(body), sink);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stats readArray(byte[] body, Sink sink) {
        long index = 0, ok = 0, bad = 0;
        try (JsonParser p = EventCodec.FACTORY.createParser(body)) {
            p.nextToken();
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
                if (t != JsonToken.START_OBJECT) {
                    p.skipChildren();
                    sink.reject(index++, "not a JSON object");
                    bad++;
                    continue;
                }
                try {
                    sink.accept(EventCodec.parseObject(p));
                    ok++;
                } catch (BadEventException e) {
                    sink.reject(index, e.getMessage());
                    bad++;
                }
                index++;
            }
        } catch (JsonProcessingException e) {
            sink.reject(index, "invalid JSON: " + EventCodec.jsonProblem(e) + " (the rest of the array was not read)");
            bad++;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Stats(ok + bad, ok, bad);
    }
}
