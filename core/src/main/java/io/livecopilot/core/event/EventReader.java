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
            int nl = indexOf(buf, start, end, (byte) '\n');
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

    private static int indexOf(byte[] b, int from, int to, byte x) {
        for (int i = from; i < to; i++) if (b[i] == x) return i;
        return -1;
    }

    // ---- parallel reading ---------------------------------------------------------------------------------------

    private static final String TOO_LONG = "line longer than " + MAX_LINE_BYTES + " bytes";

    /** How long the reading thread waits for a worker's block before it parses the block itself. */
    static final long PATIENCE_NANOS = 5_000_000L;

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
        int[] from = new int[256], to = new int[256];
        long[] lineNo = new long[256];
        /** Reasons of lines refused before parsing (over-long lines, marked by from = -1); null when none. */
        String[] refused;
        final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();

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

        /** For a worker: parses the block unless someone already started. */
        void offer() {
            if (claimed.compareAndSet(false, true)) publish();
        }

        /**
         * For the reading thread: the results — parsed here when no worker took the block, else the worker's, waited
         * for; a worker that a busy machine has not run for {@link #PATIENCE_NANOS} is overtaken (the block is parsed
         * here too and the first result wins), so that reading never stalls behind an unscheduled thread.
         */
        Parsed results() {
            Object r = result.get();
            if (r == null) {
                if (claimed.compareAndSet(false, true)) {
                    publish();
                } else {
                    long deadline = System.nanoTime() + PATIENCE_NANOS;
                    for (int spins = 0; result.get() == null; spins++) {
                        if (System.nanoTime() > deadline) {
                            publish();
                            break;
                        }
                        if (spins < 1000) Thread.onSpinWait();
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
        java.util.concurrent.Executor pool = Workers.pool(threads - 1);
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
                for (int i = start; i < end; i++) {
                    if (buf[i] != '\n') continue;
                    if (skipping) skipping = false;
                    else cut(b, buf, start, i, ++lineNo);
                    start = i + 1;
                }
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
                    pool.execute(b::offer);
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

    /** The parsing threads, shared by every read of the process (daemons, created on first use, grown on demand). */
    private static final class Workers {
        private static java.util.concurrent.ThreadPoolExecutor pool;

        static synchronized java.util.concurrent.Executor pool(int threads) {
            if (pool == null) {
                pool = new java.util.concurrent.ThreadPoolExecutor(threads, threads, 30, java.util.concurrent.TimeUnit.SECONDS,
                        new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                            Thread t = new Thread(r, "event-parse");
                            t.setDaemon(true);
                            return t;
                        });
                pool.allowCoreThreadTimeOut(true);
            } else if (pool.getMaximumPoolSize() < threads) {
                pool.setMaximumPoolSize(threads);
                pool.setCorePoolSize(threads);
            }
            return pool;
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
