package io.livecopilot.core.event;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventReaderTest {
    private static final long T = Timestamps.parse("2026-11-28T20:00:00+08:00");

    /** Collects what the reader gives. */
    static final class Collect implements EventReader.Sink {
        final List<LiveEvent> events = new ArrayList<>();
        final List<String> rejects = new ArrayList<>();

        @Override
        public void accept(LiveEvent event) { events.add(event); }

        @Override
        public void reject(long position, String reason) { rejects.add(position + ": " + reason); }
    }

    private static EventReader.Stats read(String text, Collect c) throws IOException {
        return EventReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), c);
    }

    @Test
    void should_wait_for_a_worker_three_times_a_range_time_within_0_3_and_5_ms() {
        assertThat(EventReader.patience(0)).as("no range timed yet").isEqualTo(EventReader.PATIENCE_NANOS);
        assertThat(EventReader.patience(50_000)).isEqualTo(300_000);
        assertThat(EventReader.patience(250_000)).isEqualTo(750_000);
        assertThat(EventReader.patience(1_000_000)).isEqualTo(3_000_000);
        assertThat(EventReader.patience(40_000_000)).isEqualTo(5_000_000);
    }

    @Test
    void should_report_each_bad_line_with_its_number_and_go_on() throws IOException {
        String text = "\uFEFF{\"ts\":" + T + ",\"room\":\"r1\",\"type\":\"enter\",\"user\":\"u1\"}\r\n"
                + "\n"
                + "garbage\n"
                + "{\"ts\":" + T + ",\"room\":\"r1\",\"type\":\"comment\",\"user\":\"u1\",\"text\":\"有券吗\"}\n"
                + "   \n"
                + "{\"ts\":" + T + ",\"room\":\"r1\",\"type\":\"teleport\",\"user\":\"u1\"}\n"
                + "{\"ts\":" + T + ",\"room\":\"r1\",\"type\":\"leave\",\"user\":\"u1\"}";
        Collect c = new Collect();
        EventReader.Stats s = read(text, c);
        assertThat(s).isEqualTo(new EventReader.Stats(5, 3, 2));
        assertThat(c.events).containsExactly(new LiveEvent.Enter(T, "r1", "u1", null),
                new LiveEvent.Comment(T, "r1", "u1", "有券吗"), new LiveEvent.Leave(T, "r1", "u1"));
        assertThat(c.rejects).hasSize(2);
        assertThat(c.rejects.get(0)).startsWith("3: invalid JSON: Unrecognized token 'garbage'");
        assertThat(c.rejects.get(1)).isEqualTo("6: type: unknown type \"teleport\"");
    }

    @Test
    void should_read_a_large_stream_in_constant_memory_with_exact_counts() throws IOException {
        long lines = 300_000;
        InputStream in = new InputStream() {
            long i = 0;
            byte[] cur = new byte[0];
            int pos = 0;

            @Override
            public int read() {
                if (pos == cur.length) {
                    if (i == lines) return -1;
                    String l = i % 1000 == 999 ? "{broken\n"
                            : "{\"ts\":" + (T + i) + ",\"room\":\"r\",\"type\":\"like\",\"user\":\"u" + (i % 50) + "\",\"count\":2}\n";
                    cur = l.getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                    i++;
                }
                return cur[pos++] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                while (n < len) {
                    if (pos == cur.length && i == lines) break;
                    if (pos == cur.length) {
                        int c = read();
                        b[off + n++] = (byte) c;
                        continue;
                    }
                    int k = Math.min(len - n, cur.length - pos);
                    System.arraycopy(cur, pos, b, off + n, k);
                    pos += k;
                    n += k;
                }
                return n == 0 ? -1 : n;
            }
        };
        long[] likes = {0};
        List<Long> badLines = new ArrayList<>();
        EventReader.Stats s = EventReader.read(in, new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) { likes[0] += ((LiveEvent.Like) e).count(); }

            @Override
            public void reject(long position, String reason) { badLines.add(position); }
        });
        assertThat(s).isEqualTo(new EventReader.Stats(lines, lines - 300, 300));
        assertThat(likes[0]).isEqualTo(2 * (lines - 300));
        assertThat(badLines).hasSize(300).startsWith(1000L, 2000L).endsWith(300_000L);
    }

    @Test
    void should_refuse_an_over_long_line_once_and_read_the_next() throws IOException {
        String huge = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"" + "哈".repeat(EventReader.MAX_LINE_BYTES) + "\"}";
        Collect c = new Collect();
        EventReader.Stats s = read(huge + "\n{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}\n", c);
        assertThat(s).isEqualTo(new EventReader.Stats(2, 1, 1));
        assertThat(c.rejects).containsExactly("1: line longer than 1048576 bytes");
        assertThat(c.events).containsExactly(new LiveEvent.Follow(T, "r", "u"));
    }

    @Test
    void should_read_a_json_array_reporting_bad_elements_by_index() {
        String body = "[{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}, 5, {\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\"}]";
        Collect c = new Collect();
        EventReader.Stats s = EventReader.readAny(body.getBytes(StandardCharsets.UTF_8), c);
        assertThat(s).isEqualTo(new EventReader.Stats(3, 1, 2));
        assertThat(c.rejects).containsExactly("1: not a JSON object", "2: user: is required for follow");
    }

    @Test
    void should_read_json_lines_through_read_any() {
        Collect c = new Collect();
        String body = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}\n";
        assertThat(EventReader.readAny(body.getBytes(StandardCharsets.UTF_8), c)).isEqualTo(new EventReader.Stats(1, 1, 0));
        assertThat(c.events).containsExactly(new LiveEvent.Share(T, "r", "u"));
    }

    /** What the parallel reader of a file makes of the input, as {@link #trace} lists it. */
    private static List<String> fileTrace(byte[] input, int block, int threads) throws IOException {
        return fileTrace(input, block, threads, true);
    }

    private static List<String> fileTrace(byte[] input, int block, int threads, boolean map) throws IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("events", ".jsonl");
        try {
            java.nio.file.Files.write(f, input);
            List<String> out = new ArrayList<>();
            EventReader.Sink sink = tracing(out);
            EventReader.Stats st = block > 0 ? EventReader.readParallel(f, threads, block, map, sink) : EventReader.readParallel(f, threads, sink);
            out.add(st.toString());
            return out;
        } finally {
            java.nio.file.Files.deleteIfExists(f);
        }
    }

    @Test
    void should_read_a_file_by_ranges_exactly_what_the_sequential_reader_reads() throws IOException {
        java.util.SplittableRandom r = new java.util.SplittableRandom(5);
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (int i = 0; i < 3_000; i++) {
            switch (r.nextInt(12)) {
                case 0 -> sb.append("garbage ").append(i);
                case 1 -> sb.append(r.nextBoolean() ? "" : "  \t");
                case 2 -> sb.append("{\"ts\":").append(T + i).append(",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"")
                        .append("长".repeat(r.nextInt(400))).append("\"}");
                case 3 -> sb.append("{\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"nope\"}\r");
                case 4 -> sb.append("\n\n");
                default -> sb.append("{\"ts\":").append(T + i).append(",\"room\":\"r\",\"type\":\"like\",\"user\":\"u").append(i)
                        .append("\",\"count\":").append(1 + i % 7).append('}');
            }
            sb.append('\n');
        }
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = trace(input, false, 0);
        for (int block : new int[] {1, 7, 64, 200, 4096, 1 << 16, 1 << 20}) {
            if (block == 1 && input.length > 200_000) continue;
            assertThat(fileTrace(input, block, 2)).as("block " + block).isEqualTo(expected);
            assertThat(fileTrace(input, block, 3)).as("block " + block + ", 3 threads").isEqualTo(expected);
            assertThat(fileTrace(input, block, 2, false)).as("block " + block + ", read, not mapped").isEqualTo(expected);
        }
        assertThat(fileTrace(input, 0, 2)).as("default ranges").isEqualTo(expected);
        assertThat(fileTrace(input, 0, 1)).as("one thread").isEqualTo(expected);
        // no final line feed, a last line of blanks, an empty file, line feeds only, a lone byte order mark
        for (String tail : new String[] {"{\"ts\":1,\"room\":\"r\",\"type\":\"follow\",\"user\":\"last\"}", "   ", "x"}) {
            byte[] in = (sb + tail).getBytes(StandardCharsets.UTF_8);
            assertThat(fileTrace(in, 4096, 2)).as(tail).isEqualTo(trace(in, false, 0));
        }
        for (String whole : new String[] {"", "\n", "\n\n\n", "\uFEFF", "\uFEFF\n{}", " \uFEFF{}\n", "{}"}) {
            byte[] in = whole.getBytes(StandardCharsets.UTF_8);
            for (int block : new int[] {1, 2, 3, 4096}) {
                assertThat(fileTrace(in, block, 2)).as("'" + whole + "' block " + block).isEqualTo(trace(in, false, 0));
            }
        }
    }

    @Test
    void should_refuse_over_long_lines_in_a_file_read_by_ranges_like_the_sequential_reader() throws IOException {
        String ok = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}";
        String huge = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"" + "x".repeat(EventReader.MAX_LINE_BYTES + 10) + "\"}";
        String edge = "x".repeat(EventReader.MAX_LINE_BYTES - 1); // one byte short: read (and refused as JSON)
        String exact = "x".repeat(EventReader.MAX_LINE_BYTES); // just too long
        byte[] input = (ok + "\n" + huge + "\n" + ok + "\n" + edge + "\n" + exact + "\n" + huge + "\n" + ok + "\n" + huge)
                .getBytes(StandardCharsets.UTF_8);
        List<String> expected = trace(input, false, 0);
        assertThat(expected).contains("REJECT 2: line longer than 1048576 bytes", "REJECT 5: line longer than 1048576 bytes",
                "REJECT 8: line longer than 1048576 bytes");
        for (int block : new int[] {5000, 1 << 16, 1 << 20, 3 << 20}) {
            assertThat(fileTrace(input, block, 2)).as("block " + block).isEqualTo(expected);
            assertThat(fileTrace(input, block, 2, false)).as("block " + block + ", read").isEqualTo(expected);
        }
    }

    private static List<String> trace(byte[] input, boolean parallel, int block) throws IOException {
        return trace(input, parallel, block, 2);
    }

    private static List<String> trace(byte[] input, boolean parallel, int block, int threads) throws IOException {
        List<String> out = new ArrayList<>();
        EventReader.Sink sink = tracing(out);
        EventReader.Stats st = parallel ? EventReader.readParallel(new ByteArrayInputStream(input), threads, block, sink)
                : EventReader.read(new ByteArrayInputStream(input), sink);
        out.add(st.toString());
        return out;
    }

    @Test
    void should_read_in_parallel_exactly_what_the_sequential_reader_reads() throws IOException {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        StringBuilder sb = new StringBuilder("\uFEFF");
        for (int i = 0; i < 20_000; i++) {
            String ok = "{\"ts\":" + (T + i) + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u" + i + "\"}";
            switch (r.nextInt(26)) {
                case 0 -> sb.append("garbage ").append(i);
                case 12 -> sb.append(ok).append(' ').append(ok); // two objects on one line
                case 13 -> sb.append("{\"ts\":").append(T).append(','); // truncated: would run into the next line
                case 14 -> sb.append(new String[] {"[1,2]", "5", "\"str\"", "null", "}", "{}"}[r.nextInt(6)]);
                case 15 -> sb.append(ok).append("x");
                case 16 -> sb.append("{\"ts\":").append(T).append(",\r\"room\":\"r\",\"type\":\"follow\",\"user\":\"cr\"}");
                case 17 -> sb.append("{\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"没写完");
                case 18 -> sb.append("{\"x\":{\"y\":[1,{\"z\":2}]},\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}\t  ");
                case 19 -> sb.append("{\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"\\u4f60\\u597d\\n\"}");
                case 20 -> sb.append("\t").append(ok).append(",");
                case 21 -> sb.append("{\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":\"x\"}");
                case 1 -> sb.append("   ");
                case 2 -> sb.append("{\"ts\":").append(T + i).append(",\"room\":\"r\",\"type\":\"nope\"}");
                case 3 -> sb.append("{\"ts\":").append(T + i).append(",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"第").append(i).append("条 多少钱\"}\r");
                default -> sb.append("{\"ts\":").append(T + i).append(",\"room\":\"r").append(i % 3).append("\",\"type\":\"like\",\"user\":\"u").append(i).append("\",\"count\":").append(1 + i % 7).append('}');
            }
            sb.append('\n');
        }
        sb.append("{\"ts\":").append(T).append(",\"room\":\"r\",\"type\":\"follow\",\"user\":\"last\"}"); // no final newline
        byte[] input = sb.toString().getBytes(StandardCharsets.UTF_8);
        List<String> expected = trace(input, false, 0);
        assertThat(expected.get(expected.size() - 1)).startsWith("Stats[items=");
        for (int block : new int[] {200, 4096, 1 << 18}) {
            assertThat(trace(input, true, block)).as("block " + block).isEqualTo(expected);
        }
        assertThat(trace(input, true, 4096, 1)).as("one thread").isEqualTo(expected);
        assertThat(trace(input, true, 4096, 3)).as("three threads").isEqualTo(expected);
    }

    @Test
    void should_refuse_over_long_lines_in_parallel_like_the_sequential_reader() throws IOException {
        String ok = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}";
        String huge = "{\"ts\":" + T + ",\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"" + "x".repeat(EventReader.MAX_LINE_BYTES + 10) + "\"}";
        byte[] input = (ok + "\n" + huge + "\n" + ok + "\n" + huge + "\n" + huge).getBytes(StandardCharsets.UTF_8);
        List<String> expected = trace(input, false, 0);
        assertThat(expected).containsExactly(EventCodec.toJson(new LiveEvent.Follow(T, "r", "u")), "REJECT 2: line longer than 1048576 bytes",
                EventCodec.toJson(new LiveEvent.Follow(T, "r", "u")), "REJECT 4: line longer than 1048576 bytes",
                "REJECT 5: line longer than 1048576 bytes", "Stats[items=5, accepted=2, rejected=3]");
        assertThat(trace(input, true, 1 << 18)).isEqualTo(expected);
        assertThat(trace(input, true, 5000)).isEqualTo(expected);
    }

    @Test
    void should_find_the_first_line_feed_eight_bytes_at_a_time_exactly_as_a_byte_loop_does() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(11);
        // bytes next to '\n' (0x0A) in value and high bytes are where a word-at-a-time test could be wrong
        byte[] alphabet = {'\n', 0x0B, 0x09, (byte) (0x0A ^ 0x80), (byte) 0x8B, 0x01, 0x00, (byte) 0xFF, 'a', '"', (byte) 0xE5};
        for (int round = 0; round < 20_000; round++) {
            byte[] b = new byte[r.nextInt(40)];
            int density = 1 + r.nextInt(30);
            for (int i = 0; i < b.length; i++) b[i] = r.nextInt(density) == 0 ? (byte) '\n' : alphabet[1 + r.nextInt(alphabet.length - 1)];
            int from = b.length == 0 ? 0 : r.nextInt(b.length + 1), to = from + r.nextInt(b.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(EventReader.newline(b, from, to)).as("%s [%d, %d)", java.util.Arrays.toString(b), from, to).isEqualTo(expected);
        }
    }

    /** A sink that writes each event as JSON and each reject as "REJECT position: reason" to {@code out}. */
    private static EventReader.Sink tracing(List<String> out) {
        return new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) { out.add(EventCodec.toJson(e)); }

            @Override
            public void reject(long position, String reason) { out.add("REJECT " + position + ": " + reason); }
        };
    }
}
