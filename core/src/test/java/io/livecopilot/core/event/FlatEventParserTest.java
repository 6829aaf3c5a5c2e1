package io.livecopilot.core.event;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FlatEventParserTest {
    /** What a path makes of a line: the event, or the refusal's message. */
    private static String outcome(java.util.function.Supplier<LiveEvent> parse) {
        try {
            LiveEvent e = parse.get();
            return e == null ? null : "event " + e;
        } catch (BadEventException ex) {
            return "refused " + ex.getMessage();
        }
    }

    /** Every line the fast path takes must come out exactly as from Jackson's parser: the same event or the same refusal. */
    private static boolean agrees(byte[] line, FlatEventParser fast) {
        String f = outcome(() -> fast.parse(line, 0, line.length));
        if (f == null) return false; // not of the fast shape: Jackson decides
        assertThat(f).as(new String(line, StandardCharsets.UTF_8)).isEqualTo(outcome(() -> EventCodec.parseLineJackson(line, 0, line.length)));
        return true;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void should_take_the_fast_path_for_every_event_the_codec_writes_without_escapes() {
        FlatEventParser fast = new FlatEventParser();
        int taken = 0;
        List<LiveEvent> all = EventCodecTest.oneOfEachType();
        for (LiveEvent e : all) if (agrees(utf8(EventCodec.toJson(e)), fast)) taken++;
        // the comment has quotes, a backslash and a newline: escaped, so Jackson reads it
        assertThat(taken).isEqualTo(all.size() - 1);
        LiveEvent plain = new LiveEvent.Comment(1, "李佳琦直播间", "u2", "3号链接多少钱😀 yyds");
        assertThat(fast.parse(utf8(EventCodec.toJson(plain)), 0, utf8(EventCodec.toJson(plain)).length)).isEqualTo(plain);
    }

    @Test
    void should_read_the_head_the_codec_writes_without_the_member_loop() {
        FlatEventParser fast = new FlatEventParser();
        for (LiveEvent e : EventCodecTest.oneOfEachType()) {
            assertThat(fast.readsCodecHead(utf8(EventCodec.toJson(e)))).as(EventCodec.toJson(e)).isTrue();
        }
        String like = "{\"ts\":\"2026-11-28T20:00:06.454+08:00\",\"room\":\"sim-7\",\"type\":\"like\",\"user\":\"u100059\",\"count\":3}";
        assertThat(fast.readsCodecHead(utf8(like))).isTrue();
        assertThat(fast.parse(utf8(like), 0, utf8(like).length)).isEqualTo(new LiveEvent.Like(Timestamps.parse("2026-11-28T20:00:06.454+08:00"), "sim-7", "u100059", 3));
        // any other head: the member loop reads the line
        assertThat(fast.readsCodecHead(utf8(like.replace("{\"ts\"", "{ \"ts\"")))).isFalse();
        assertThat(fast.readsCodecHead(utf8(like.replace("\"room\"", "\"rooms\"")))).isFalse();
        assertThat(fast.readsCodecHead(utf8(like.replace("\"like\"", "\"liked\"")))).isFalse();
        assertThat(fast.readsCodecHead(utf8(like.replace("sim-7", "直播间")))).isFalse();
    }

    @Test
    void should_agree_with_jackson_on_edge_cases() {
        FlatEventParser fast = new FlatEventParser();
        String[] lines = {
                "{}", "{ }", "{\"type\":\"like\"}", "{\"ts\":1,\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":0}",
                "{\"ts\":-5,\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":-0}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":1234567890}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":\"7\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"online\",\"count\":null}",
                "{\"ts\":1,\"room\":\" \",\"type\":\"follow\",\"user\":\"u\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"follow\",\"user\":\"\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":5,\"user\":\"u\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"nope\",\"user\":\"u\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"enter\",\"type\":\"leave\",\"user\":\"u\"}",
                "{\"ts\":\"2026-11-28T20:00:00+08:00\",\"ts\":3,\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}",
                "{\"ts\":3,\"ts\":\"2026-11-28T20:00:00Z\",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}",
                "{\"ts\":\"1700000000000\",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}",
                "{\"ts\":\"yesterday\",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}",
                "{\"ts\":\"2026-02-30T20:00:00+08:00\",\"room\":\"r\",\"type\":\"share\",\"user\":\"u\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"gift\",\"user\":\"u\",\"value\":\"abc\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"gift\",\"user\":\"u\",\"value\":-3}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"pay\",\"user\":\"u\",\"order_id\":\"o\",\"amount\":199}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"pay\",\"user\":\"u\",\"order_id\":7,\"amount\":\"19.9\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"add_to_cart\",\"user\":\"u\",\"product\":\"P1\",\"qty\":\"2.00\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"add_to_cart\",\"user\":\"u\",\"product\":\"P1\",\"qty\":\"x\"}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"coupon\",\"coupon\":\"满200减30\"}",
                "  {\"ts\":1 , \"room\" : \"r\" ,\"type\":\"leave\",\"user\":\"u\",\"extra\":12,\"more\":\"x\",\"nil\":null}  ",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"}x", "{\"ts\":1,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"",
                "{\"ts\":01,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"}", "{\"ts\":1.5,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"}",
                "{\"ts\":1e3,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"}", "{\"ts\":1,\"room\":\"r\",\"type\":\"leave\",\"user\":true}",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\",}", "{\"ts\":1,,\"room\":\"r\"}", "[1,2]", "nul", "\"x\"",
                "{\"ts\":1,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\",\"tags\":[1,2]}", "{\"ts\":1,\"room\":{\"a\":1}}",
                "{\"ts\":12345678901234567890,\"room\":\"r\",\"type\":\"leave\",\"user\":\"u\"}",
        };
        for (String l : lines) agrees(utf8(l), fast);
        // the plain ones do take the fast path
        assertThat(agrees(utf8(lines[4]), fast)).isTrue();
        assertThat(agrees(utf8(lines[25]), fast)).isTrue();
        assertThat(fast.parse(utf8(lines[28]), 0, utf8(lines[28]).length)).isNull();
    }

    @Test
    void should_leave_malformed_utf8_to_jackson() {
        FlatEventParser fast = new FlatEventParser();
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE4, (byte) 0xB8}, {(byte) 0x80}, {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}};
        for (byte[] seq : bad) {
            byte[] head = utf8("{\"ts\":1,\"room\":\"r\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"");
            byte[] tail = utf8("\"}");
            byte[] line = new byte[head.length + seq.length + tail.length];
            System.arraycopy(head, 0, line, 0, head.length);
            System.arraycopy(seq, 0, line, head.length, seq.length);
            System.arraycopy(tail, 0, line, head.length + seq.length, tail.length);
            assertThat(fast.parse(line, 0, line.length)).isNull();
            assertThat(outcome(() -> EventCodec.parseLine(line, 0, line.length))).startsWith("refused invalid JSON");
        }
    }

    @Test
    void should_agree_with_jackson_on_random_mutations_of_real_lines() {
        Random rnd = new Random(42);
        FlatEventParser fast = new FlatEventParser();
        List<byte[]> base = new ArrayList<>();
        for (LiveEvent e : EventCodecTest.oneOfEachType()) base.add(utf8(EventCodec.toJson(e)));
        base.add(utf8("{\"ts\":1700000000000,\"room\":\"直播间\",\"type\":\"comment\",\"user\":\"u9\",\"text\":\"有没有XL码🙏\"}"));
        byte[] alphabet = utf8("{}[]\":,0123456789-.eE tsnulrfaxyz\\\t码😀");
        int fastTaken = 0, total = 0;
        for (int round = 0; round < 40_000; round++) {
            byte[] l = base.get(rnd.nextInt(base.size())).clone();
            int edits = 1 + rnd.nextInt(3);
            for (int k = 0; k < edits; k++) {
                int at = rnd.nextInt(l.length);
                switch (rnd.nextInt(3)) {
                    case 0 -> l[at] = alphabet[rnd.nextInt(alphabet.length)];
                    case 1 -> l = remove(l, at);
                    default -> l = insert(l, at, alphabet[rnd.nextInt(alphabet.length)]);
                }
            }
            total++;
            if (agrees(l, fast)) fastTaken++;
        }
        assertThat(fastTaken).as("mutated lines read by the fast path").isGreaterThan(total / 10);
    }

    @Test
    void should_read_a_line_inside_a_larger_buffer_exactly_as_the_line_alone() {
        // the fast parser reads eight bytes at a time, also past the line's end when the buffer has them: those bytes
        // must never change the outcome — lines of every type, short values near the end, junk around them
        Random rnd = new Random(7);
        List<byte[]> base = new ArrayList<>();
        for (LiveEvent e : EventCodecTest.oneOfEachType()) base.add(utf8(EventCodec.toJson(e)));
        base.add(utf8("{\"ts\":\"2026-11-28T20:00:05.662+08:00\",\"room\":\"sim-7\",\"type\":\"enter\",\"user\":\"u101332\",\"source\":\"recommend\"}"));
        base.add(utf8("{\"ts\":\"2026-11-28T20:00:06.454+08:00\",\"room\":\"r\",\"type\":\"like\",\"user\":\"u1\",\"count\":3}"));
        base.add(utf8("{\"ts\":1,\"room\":\"a-room-of-twenty-four-b\",\"type\":\"leave\",\"user\":\"a-viewer-of-twenty-five-b\"}"));
        base.add(utf8("{\"ts\":1,\"room\":\"直播间\",\"type\":\"product_click\",\"user\":\"张三\",\"product\":\"P1\"}"));
        byte[] junk = utf8("\"\\x}{,:0 \n码");
        FlatEventParser alone = new FlatEventParser(), inside = new FlatEventParser();
        for (int round = 0; round < 20_000; round++) {
            byte[] l = base.get(rnd.nextInt(base.size())).clone();
            if (rnd.nextInt(3) == 0) l[rnd.nextInt(l.length)] = junk[rnd.nextInt(junk.length)];
            int before = rnd.nextInt(12), after = rnd.nextInt(12);
            byte[] buf = new byte[before + l.length + after];
            for (int i = 0; i < buf.length; i++) buf[i] = junk[rnd.nextInt(junk.length)];
            System.arraycopy(l, 0, buf, before, l.length);
            byte[] line = l;
            assertThat(outcome(() -> inside.parse(buf, before, line.length))).as(new String(l, StandardCharsets.UTF_8))
                    .isEqualTo(outcome(() -> alone.parse(line, 0, line.length)));
        }
    }

    private static byte[] remove(byte[] a, int at) {
        byte[] r = new byte[a.length - 1];
        System.arraycopy(a, 0, r, 0, at);
        System.arraycopy(a, at + 1, r, at, a.length - at - 1);
        return r;
    }

    private static byte[] insert(byte[] a, int at, byte x) {
        byte[] r = new byte[a.length + 1];
        System.arraycopy(a, 0, r, 0, at);
        r[at] = x;
        System.arraycopy(a, at, r, at + 1, a.length - at);
        return r;
    }
}
