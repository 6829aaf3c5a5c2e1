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
        while (true) {
            int nl = indexOf(buf, start, end, (byte) '\n');
            if (nl < 0) {
                if (eof) {
                    if (start < end && !skipping) {
                        lineNo++;
                        int r = handle(buf, start, end, lineNo, sink);
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
                int r = handle(buf, start, nl, lineNo, sink);
                if (r != 0) { items++; if (r > 0) ok++; else bad++; }
            }
            start = nl + 1;
        }
        return new Stats(items, ok, bad);
    }

    /** 1 accepted, -1 refused, 0 blank. */
    private static int handle(byte[] buf, int from, int to, long lineNo, Sink sink) {
        if (to > from && buf[to - 1] == '\r') to--;
        int s = from;
        while (s < to && (buf[s] == ' ' || buf[s] == '\t')) s++;
        if (s == to) return 0;
        if (lineNo == 1 && to - s >= 3 && buf[s] == (byte) 0xEF && buf[s + 1] == (byte) 0xBB && buf[s + 2] == (byte) 0xBF) s += 3;
        LiveEvent e;
        try {
            e = EventCodec.parseLine(buf, s, to - s);
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
