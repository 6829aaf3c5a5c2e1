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
     * How long the calling thread of a file read waits for a range a worker is on, when a full range took
     * {@code rangeNanos} to read and parse last time (0: none yet): three times that, at least 0.3 ms, at most
     * {@link #PATIENCE_NANOS}.
     */
    static long patience(long rangeNanos) {
        return rangeNanos <= 0 ? PATIENCE_NANOS : Math.max(300_000L, Math.min(PATIENCE_NANOS, 3 * rangeNanos));
    }

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

    /**
     * {@link #readParallel(InputStream, int, Sink)} of a file — same events, refusals, line numbers and order as
     * {@link #read(Path, Sink)} — where a regular file is not streamed through the calling thread: it is cut into
     * 64 KB ranges, and whichever thread takes a range reads it (positional reads), cuts its lines and parses them; the
     * calling thread feeds the sink in order and takes ranges itself only when the next one is not ready. So the bytes
     * of a range are read, cut and parsed on one core (measured: a worker parsing bytes the reading thread had just
     * read ran ~1.5–2× slower than the reading thread on the same bytes), and the calling thread is left with the
     * sink's work. The file is read as it is when the read starts (its size then).
     */
    public static Stats readParallel(Path file, int threads, Sink sink) {
        try {
            if (threads > 1 && Files.isRegularFile(file)) {
                try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
                    return new FileRead(ch, ch.size(), threads, BLOCK_BYTES, true, sink).drainAll();
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readParallel(in, threads, sink);
            }
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
    }

    /**
     * {@link #readParallel(Path, int, Sink)} with another range size (tests: ranges of a few bytes), the file mapped or
     * read (as a file too large for one mapping is).
     */
    static Stats readParallel(Path file, int threads, int blockBytes, boolean map, Sink sink) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
            return new FileRead(ch, ch.size(), threads, blockBytes, map, sink).drainAll();
        }
    }

    /**
     * One parallel read of a file by ranges. Range {@code k} is {@code [k × B, (k + 1) × B)}; its lines are those that
     * start inside it (read on past its end up to their line feed), so that each range is cut without looking at the
     * ones before: a line starts at 0 or after a line feed. Line numbers come at draining time, in order: a line's
     * number is one more than the line feeds before it, and each range counts the line feeds inside it.
     */

    private static final class FileRead implements Runnable {
        /** Bytes read past a range's end at first, for its last line (then more, doubling, when the line is longer). */
        private static final int LOOKAHEAD = 4096;
        private static final Object DRAINED = new Object();

        final java.nio.channels.FileChannel ch;
        /**
         * The file mapped into memory (when it fits one mapping): a range is then copied straight from the page cache, by
         * any thread at once, without a system call, a temporary buffer or a second copy per range; {@code null}: read.
         */
        final java.nio.MappedByteBuffer map;
        final long size;
        final int blockBytes, blocks, window, threads;
        final Sink sink;
        final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
        /** Per range: null, then its {@link Range} (or the failure of reading it), then {@link #DRAINED}. */
        final java.util.concurrent.atomic.AtomicReferenceArray<Object> results;
        /**
         * Ranges taken at most this far ahead of the sink (bounded memory: about 2 MB of bytes and their events). Was
         * 4 per thread: when the calling thread was taken off its core (another process, the JIT's compiler thread on a
         * machine of two cores), a worker parsed 8 ranges ahead and then waited, idle, with the file unparsed (traced:
         * stalls of 2.5–4.6 ms, each thread in turn, in a 13k-event replay).
         */
        static final int RANGES_AHEAD = 32;

        /** Ranges fed to the sink so far; ranges are taken at most {@link #window} ahead of it (bounded memory). */
        volatile int drained;
        volatile boolean finished;

        /**
         * The first ranges are smaller — B/16, B/8, B/4, B/2, then B — so that the sink starts after the parse of a few
         * lines rather than of a whole range (measured: the first 64 KB range took ~0.3 ms to parse, all of it before
         * the first event reached the sink); their starts, then {@link #rampEnd} where ranges of B begin.
         */
        final long[] rampStarts;
        final long rampEnd;

        FileRead(java.nio.channels.FileChannel ch, long size, int threads, int blockBytes, boolean map, Sink sink) {
            long[] ramp = new long[32];
            int r = 0;
            long at = 0;
            for (long sz = Math.max(1, blockBytes >> 4); sz < blockBytes; sz <<= 1) {
                ramp[r++] = at;
                at += sz;
            }
            this.rampStarts = Arrays.copyOf(ramp, r);
            this.rampEnd = at;
            long n;
            if (size == 0) {
                n = 0;
            } else if (size <= rampEnd) {
                n = 1;
                while (n < r && rampStarts[(int) n] < size) n++;
            } else {
                n = r + (size - rampEnd + blockBytes - 1) / blockBytes;
            }
            if (n > Integer.MAX_VALUE - 1) throw new IllegalArgumentException("file too large: " + size + " bytes");
            this.ch = ch;
            this.size = size;
            this.map = map && size > 0 && size <= Integer.MAX_VALUE ? mapped(ch, size) : null;
            this.threads = Math.max(1, threads);
            this.blockBytes = blockBytes;
            this.blocks = (int) n;
            this.window = Math.max(RANGES_AHEAD, 4 * this.threads);
            this.sink = sink;
            this.results = new java.util.concurrent.atomic.AtomicReferenceArray<>(blocks);
        }

        /** The calling thread's part: feeds the sink range after range, in order, taking ranges itself when it must. */
        Stats drainAll() throws IOException {
            try {
                if (threads > 1 && blocks > 1) {
                    Workers.ensure(threads - 1);
                    for (int i = 1; i < threads; i++) Workers.submit(this);
                }
                long line = 0; // line feeds before the range being drained
                for (int k = 0; k < blocks; k++) {
                    Object r;
                    long waitingSince = 0;
                    while ((r = results.get(k)) == null) {
                        int c = claim();
                        if (c >= 0) {
                            publish(c); // the next range not taken yet: this one, or a later one while a worker is on this
                            waitingSince = 0;
                            continue;
                        }
                        // a worker is on it: wait, spinning; a worker the machine does not run is overtaken
                        long now = System.nanoTime();
                        if (waitingSince == 0) waitingSince = now;
                        long waited = now - waitingSince;
                        if (waited > patience()) publish(k);
                        else waitBriefly(waited);
                    }
                    results.set(k, DRAINED);
                    drained = k + 1;
                    if (r instanceof IOException e) throw e;
                    if (r instanceof RuntimeException e) throw e;
                    if (r instanceof Error e) throw e;
                    line = drain((Range) r, line);
                }
            } finally {
                finished = true;
            }
            return new Stats(ok + bad, ok, bad);
        }

        long ok, bad;

        /**
         * Feeds the sink with one range's results; returns the line feeds before the next range. A method of its own,
         * called once per range: the JIT compiles it, with what the sink does, as a whole — a loop inside
         * {@link #drainAll}, which runs once per read, would only ever be compiled on stack (OSR), entered from the
         * interpreter at every read (the lesson of {@code Block.cutLines}).
         */
        private long drain(Range g, long line) {
            LiveEvent[] events = g.events;
            for (int i = 0, n = g.n; i < n; i++) {
                LiveEvent e = events[i];
                if (e != null) {
                    ok++;
                    sink.accept(e);
                } else {
                    bad++;
                    sink.reject(line + g.line[i] + 1, g.reasons[i]);
                }
            }
            return line + g.newlines;
        }

        /** A worker's share: ranges one after another while there are any, within the window ahead of the sink. */
        @Override
        public void run() {
            long waitingSince = 0;
            while (!finished) {
                int k = claim();
                if (k >= 0) {
                    publish(k);
                    waitingSince = 0;
                    continue;
                }
                if (next.get() >= blocks) return;
                long now = System.nanoTime();
                if (waitingSince == 0) waitingSince = now;
                waitBriefly(now - waitingSince);
            }
        }

        /** Where range {@code k} starts. */
        long start(int k) {
            return k < rampStarts.length ? rampStarts[k] : rampEnd + (long) (k - rampStarts.length) * blockBytes;
        }

        /** Takes the next range not taken yet, or -1 when none is left or it would be too far ahead of the sink. */
        int claim() {
            while (true) {
                int k = next.get();
                if (k >= blocks || k >= drained + window || finished) return -1;
                if (next.compareAndSet(k, k + 1)) return k;
            }
        }

        /** Reads, cuts and parses range {@code k}; the first result published wins (the same, whoever made it). */
        void publish(int k) {
            Object r;
            long t0 = System.nanoTime();
            try {
                r = range(k);
            } catch (IOException | RuntimeException | Error e) {
                r = e;
            }
            if (k >= rampStarts.length) rangeNanos = System.nanoTime() - t0; // a full-size range's time, as it goes now
            results.compareAndSet(k, null, r);
        }

        /** How long the last full-size range took to read, cut and parse (0: none yet), whoever did it. */
        volatile long rangeNanos;

        /**
         * How long the calling thread waits for a range a worker is on before it parses the range itself: a few times
         * what a range takes now ({@link #rangeNanos}), at least 0.3 ms, at most {@link #PATIENCE_NANOS}. A worker
         * that takes longer than that has most likely been taken off its core (by another process, or by the JIT's
         * compiler thread on a machine of two cores) — measured: a scheduler time slice of a few ms, the whole replay
         * of a small file, spent waiting with a fixed 5 ms patience.
         */
        long patience() {
            return EventReader.patience(rangeNanos);
        }

        /**
         * One short wait of a thread that has nothing to take yet: it spins on its core, ready at once, for up to
         * {@link #SPIN_NANOS}, then sleeps in short steps. (Tried: yielding the core after 20 µs — on a loaded machine
         * the core went to the other process for a scheduler time slice, and in 10 interleaved runs 4 replays ran at a
         * third of the usual speed, against 1 of 10 with spinning.)
         */
        static void waitBriefly(long waited) {
            if (waited < SPIN_NANOS) Thread.onSpinWait();
            else java.util.concurrent.locks.LockSupport.parkNanos(20_000);
        }

        /**
         * The file mapped read-only, or null when it cannot be mapped (a file system or channel without memory
         * mapping, address space exhausted): {@link #read} then uses positional reads, which give the same ranges
         * (EventReaderTest reads every case both ways).
         */
        private static java.nio.MappedByteBuffer mapped(java.nio.channels.FileChannel ch, long size) {
            try {
                return ch.map(java.nio.channels.FileChannel.MapMode.READ_ONLY, 0, size);
            } catch (IOException | UnsupportedOperationException e) {
                return null; // not mappable here: the caller reads the same ranges with positional reads
            }
        }

        /** Reads {@code len} bytes at {@code pos} into {@code buf[off…]} (fewer only at the end of the file). */
        private int read(byte[] buf, int off, int len, long pos) throws IOException {
            if (map != null) {
                int n = (int) Math.max(0, Math.min(len, size - pos));
                map.get((int) pos, buf, off, n);
                return n;
            }
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(buf, off, len);
            while (bb.hasRemaining()) {
                int r = ch.read(bb, pos + bb.position() - off);
                if (r < 0) break;
            }
            return bb.position() - off;
        }

        Range range(int k) throws IOException {
            long start = start(k), end = Math.min(size, start(k + 1));
            long from = k == 0 ? 0 : start - 1; // the byte before tells whether a line starts right at the range's start
            long avail = size - from;
            byte[] buf = new byte[(int) Math.min(avail, end - from + LOOKAHEAD)];
            int len = read(buf, 0, buf.length, from);
            if (len < buf.length) avail = len; // the file was shortened meanwhile: its end is here
            int endIdx = (int) Math.min(end - from, len);
            Range g = new Range(buf);
            int s, rel = 0;
            if (k == 0) {
                s = 0;
            } else {
                int j = newline(buf, 0, Math.min(endIdx, len));
                if (j < 0) return g; // no line starts here (inside a long line), and no line feed is in the range
                s = j + 1;
                if (j >= 1) rel = 1; // a line feed inside the range
            }
            int searchFrom = s;
            while (s < endIdx) {
                int nl = newline(buf, searchFrom, len);
                if (nl < 0) {
                    if (len >= avail) { // the file's last line, without a line feed
                        if (len - s >= MAX_LINE_BYTES) g.refuse(rel, TOO_LONG);
                        else g.line(buf, s, len, rel, from + s == 0);
                        break;
                    }
                    if (len - s >= MAX_LINE_BYTES) { // its line feed is past the range: no more line feeds in it
                        g.refuse(rel, TOO_LONG);
                        break;
                    }
                    int more = (int) Math.min(Math.min(avail, (long) s + MAX_LINE_BYTES), Math.max(2L * len, len + LOOKAHEAD));
                    buf = Arrays.copyOf(buf, more);
                    g.data = buf;
                    searchFrom = len;
                    int got = read(buf, len, more - len, from + len);
                    if (got < more - len) avail = len + got; // shortened meanwhile
                    len += got;
                    continue;
                }
                if (nl - s >= MAX_LINE_BYTES) g.refuse(rel, TOO_LONG);
                else g.line(buf, s, nl, rel, from + s == 0);
                if (nl >= endIdx) break; // that line feed belongs to the next range
                rel++;
                s = searchFrom = nl + 1;
            }
            g.newlines = rel;
            g.parse();
            return g;
        }
    }

    /**
     * Lines cut from a buffer: where each lies ({@code from[i], to[i]}; -1 for a line refused unread) and its number
     * ({@code line[i]}: absolute for a {@link Block}, after the range's start for a {@link Range}), and the reasons of
     * refused lines (null when none).
     */
    private abstract static class Lines {
        int n;
        int[] from = new int[1024], to = new int[1024];
        long[] line = new long[1024];
        String[] reasons;

        final void add(int f, int t, long lineNo) {
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
                line = Arrays.copyOf(line, n * 2);
            }
            from[n] = f;
            to[n] = t;
            line[n++] = lineNo;
        }

        /**
         * A line {@code [f, t)} as {@link #read(InputStream, Sink)} takes it: a trailing CR dropped, leading blanks
         * skipped, a blank line left out (its number still counts), a byte order mark skipped at the file's start
         * ({@code first}).
         */
        final void line(byte[] buf, int f, int t, long lineNo, boolean first) {
            if (t > f && buf[t - 1] == '\r') t--;
            int s = f;
            while (s < t && (buf[s] == ' ' || buf[s] == '\t')) s++;
            if (s == t) return;
            if (first && t - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB && buf[s + 2] == (byte) 0xBF) s += 3;
            add(s, t, lineNo);
        }

        /** An over-long line, refused unread, with its reason. */
        final void refuse(long lineNo, String reason) {
            add(-1, -1, lineNo);
            if (reasons == null) reasons = new String[from.length];
            if (reasons.length < from.length) reasons = Arrays.copyOf(reasons, from.length);
            reasons[n - 1] = reason;
        }
    }

    /** The lines of one range of a file: where each lies, its line number after the range's start, then its results. */
    private static final class Range extends Lines {
        byte[] data;
        LiveEvent[] events;
        /** Line feeds inside the range. */
        int newlines;

        Range(byte[] data) {
            this.data = data;
        }


        void parse() {
            events = new LiveEvent[n];
            if (reasons != null && reasons.length < n) reasons = Arrays.copyOf(reasons, n);
            reasons = parseLines(data, n, from, to, events, reasons);
        }
    }

    /**
     * A block of lines cut from the input: their bytes, where each line lies, and its line number; then its results.
     * A worker or the reading thread parses it — both, when the reading thread catches up with a worker that has not
     * finished: the first result published wins, so that the reading thread never waits for a thread that a busy
     * machine has not scheduled.
     */
    private static final class Block extends Lines implements Runnable {
        final byte[] data;
        final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
        final java.util.concurrent.atomic.AtomicReference<Object> result = new java.util.concurrent.atomic.AtomicReference<>();
        /** After {@link #cutLines}: the last line number used, the start of the unfinished last line, whether skipping goes on. */
        long lastLine;
        int rest;
        boolean skipping;

        Block(byte[] data) { this.data = data; }

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

        @Override
        public void run() {
            offer();
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
            this.reasons = b.reasons == null ? null : Arrays.copyOf(b.reasons, n);
        }

        Parsed parse() {
            reasons = parseLines(data, n, from, to, events, reasons);
            return this;
        }
    }

    /**
     * Parses lines {@code [from[i], to[i])} of {@code data} ({@code from[i] < 0}: refused unread) into {@code events};
     * returns {@code reasons} with the parse errors added (a new array when it was null and a line failed).
     */
    private static String[] parseLines(byte[] data, int n, int[] from, int[] to, LiveEvent[] events, String[] reasons) {
        FlatEventParser fast = FlatEventParser.local(); // kept from call to call: one String per viewer throughout a file
        for (int i = 0; i < n; i++) {
            if (from[i] < 0) continue;
            try {
                events[i] = EventCodec.parseLine(data, from[i], to[i] - from[i], fast);
            } catch (BadEventException ex) {
                if (reasons == null) reasons = new String[n];
                reasons[i] = ex.getMessage();
            }
        }
        return reasons;
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
    /**
     * Makes sure that a read on {@code threads} threads finds its parsing threads running: started, and woken when they
     * sleep (each then spins for {@link #SPIN_NANOS} waiting for work); returns once they are awake, or after 5 ms. A
     * sleeping thread was measured to take from 15 µs to 2.7 ms to start after a wake-up on this virtual machine — the
     * whole parse of a small file — so a caller that times a read wakes them first, as a server's pool is warm.
     */
    public static void readyWorkers(int threads) {
        if (threads <= 1) return;
        Workers.ensure(threads - 1);
        Workers.wakeAll();
        long t0 = System.nanoTime();
        while (Workers.anySleeping() && System.nanoTime() - t0 < 5_000_000L) {
            Thread.onSpinWait();
            Workers.wakeAll(); // again: one may have gone to sleep just as it was woken
        }
    }

    private static final class Workers {
        private static final java.util.concurrent.ConcurrentLinkedQueue<Runnable> QUEUE = new java.util.concurrent.ConcurrentLinkedQueue<>();
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

        /** Wakes every sleeping worker (each then spins for a while before it sleeps again). */
        static void wakeAll() {
            for (Worker w : all) {
                w.idleSince = System.nanoTime();
                if (w.sleeping) java.util.concurrent.locks.LockSupport.unpark(w);
            }
        }

        static boolean anySleeping() {
            for (Worker w : all) if (w.sleeping) return true;
            return false;
        }

        static void submit(Runnable b) {
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
            /** Since when the worker has had nothing to do; {@link #wakeAll} moves it forward to keep it spinning. */
            volatile long idleSince;

            Worker() {
                super("event-parse");
                setDaemon(true);
            }

            @Override
            public void run() {
                idleSince = System.nanoTime();
                while (true) {
                    Runnable b = QUEUE.poll();
                    if (b != null) {
                        b.run();
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
        b.line(buf, from, to, lineNo, false);
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
                sink.reject(b.line[i], r.reasons[i]);
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
