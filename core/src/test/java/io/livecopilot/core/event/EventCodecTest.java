package io.livecopilot.core.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {
    private static final long T = Timestamps.parse("2026-11-28T20:00:00+08:00");

    static List<LiveEvent> oneOfEachType() {
        return List.of(
                new LiveEvent.Enter(T, "r1", "u1", "recommend"),
                new LiveEvent.Leave(T + 1, "r1", "u1"),
                new LiveEvent.Online(T + 2, "r1", null, 1234),
                new LiveEvent.Comment(T + 3, "r1", "u2", "3号链接多少钱\"引号\"\\反斜杠\n换行😀"),
                new LiveEvent.Like(T + 4, "r1", "u2", 15),
                new LiveEvent.Follow(T + 5, "r1", "u3"),
                new LiveEvent.Share(T + 6, "r1", "u3"),
                new LiveEvent.Gift(T + 7, "r1", "u4", new BigDecimal("9.90")),
                new LiveEvent.Segment(T + 8, "r1", null, "pitch", "P03", "s2"),
                new LiveEvent.ProductShow(T + 9, "r1", null, "P03"),
                new LiveEvent.ProductClick(T + 10, "r1", "u5", "P03"),
                new LiveEvent.AddToCart(T + 11, "r1", "u5", "P03", 2),
                new LiveEvent.Order(T + 12, "r1", "u5", "o1", "P03", 2, new BigDecimal("258.00")),
                new LiveEvent.Pay(T + 13, "r1", "u5", "o1", new BigDecimal("258.00")),
                new LiveEvent.Refund(T + 14, "r1", "u5", "o1", new BigDecimal("129.00")),
                new LiveEvent.Coupon(T + 15, "r1", null, "满200减30", "P01", new BigDecimal("30.00")));
    }

    @Test
    void should_write_and_read_back_every_type_unchanged() {
        List<LiveEvent> all = oneOfEachType();
        assertThat(all).extracting(LiveEvent::type).containsExactly(EventType.values());
        for (LiveEvent e : all) assertThat(EventCodec.parseLine(EventCodec.toJson(e))).isEqualTo(e);
    }

    @Test
    void should_write_the_spec_field_names() {
        assertThat(EventCodec.toJson(new LiveEvent.Order(T, "r1", "u1", "o1", "P03", 1, new BigDecimal("129.00"))))
                .isEqualTo("{\"ts\":\"2026-11-28T20:00:00.000+08:00\",\"room\":\"r1\",\"type\":\"order\",\"user\":\"u1\","
                        + "\"order_id\":\"o1\",\"product\":\"P03\",\"qty\":1,\"amount\":\"129.00\"}");
        assertThat(EventCodec.toJson(new LiveEvent.Segment(T, "r1", null, "opening", null, null)))
                .isEqualTo("{\"ts\":\"2026-11-28T20:00:00.000+08:00\",\"room\":\"r1\",\"type\":\"segment\",\"kind\":\"opening\"}");
    }

    @Test
    void should_read_the_spec_example_lines() {
        assertThat(EventCodec.parseLine("{\"ts\":\"2026-11-28T20:00:05+08:00\",\"room\":\"r1\",\"type\":\"comment\",\"user\":\"u1\",\"text\":\"3号链接多少钱\"}"))
                .isEqualTo(new LiveEvent.Comment(T + 5000, "r1", "u1", "3号链接多少钱"));
        assertThat(EventCodec.parseLine("{\"ts\":" + T + ",\"room\":\"r1\",\"type\":\"pay\",\"user\":\"u1\",\"order_id\":\"o1\",\"amount\":199}"))
                .isEqualTo(new LiveEvent.Pay(T, "r1", "u1", "o1", new BigDecimal("199.00")));
        assertThat(EventCodec.parseLine("{\"ts\":\"2026-11-28T20:00:00+08:00\",\"room\":\"r1\",\"type\":\"like\",\"user\":\"u\"}"))
                .isEqualTo(new LiveEvent.Like(T, "r1", "u", 1));
    }

    @Test
    void should_keep_unknown_fields_out_of_the_way() {
        assertThat(EventCodec.parseLine("{\"x\":{\"a\":[1,2]},\"ts\":" + T + ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\",\"extra\":\"y\"}"))
                .isEqualTo(new LiveEvent.Follow(T, "r", "u"));
    }

    @Test
    void should_refuse_bad_lines_with_the_field_and_reason() {
        String ok = "\"ts\":" + T + ",\"room\":\"r\",";
        assertReason("not json", "invalid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertReason("[1,2]", "not a JSON object");
        assertReason("{" + ok + "\"user\":\"u\"}", "type: is required");
        assertReason("{" + ok + "\"type\":\"dance\",\"user\":\"u\"}", "type: unknown type \"dance\"");
        assertReason("{\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}", "ts: is required");
        assertReason("{\"ts\":\"tomorrow\",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}",
                "ts: not an ISO-8601 timestamp with offset or epoch milliseconds: \"tomorrow\"");
        assertReason("{\"ts\":" + T + ",\"type\":\"follow\",\"user\":\"u\"}", "room: is required");
        assertReason("{" + ok + "\"type\":\"comment\",\"user\":\"u\"}", "text: is required");
        assertReason("{" + ok + "\"type\":\"comment\",\"text\":\"hi\"}", "user: is required for comment");
        assertReason("{" + ok + "\"type\":\"online\"}", "count: is required");
        assertReason("{" + ok + "\"type\":\"like\",\"user\":\"u\",\"count\":-3}", "count: must be a whole number ≥ 0, was \"-3\"");
        assertReason("{" + ok + "\"type\":\"pay\",\"order_id\":\"o\",\"amount\":\"abc\"}", "amount: must be a decimal amount of yuan, was \"abc\"");
        assertReason("{" + ok + "\"type\":\"pay\",\"order_id\":\"o\",\"amount\":-1}", "amount: must be ≥ 0, was -1.00");
        assertReason("{" + ok + "\"type\":\"order\",\"user\":\"u\",\"amount\":1}", "order_id: is required");
        assertReason("{" + ok + "\"type\":\"comment\",\"user\":\"u\",\"text\":[\"a\"]}", "text: must be a scalar, was an array");
        assertReason("{" + ok + "\"type\":\"follow\",\"user\":\"u\"} {}", "extra content after the JSON object");
        assertReason("{" + ok + "\"type\":\"follow\",\"user\":\"u\"", "invalid JSON: Unexpected end-of-input: expected close marker for Object");
    }

    @Test
    void should_read_counts_given_as_numbers_or_text_alike_and_refuse_odd_ones() {
        String head = "{\"ts\":\"2026-11-28T20:00:00+08:00\",\"room\":\"r\",\"type\":\"like\",\"user\":\"u\",\"count\":";
        assertThat(EventCodec.parseLine(head + "7}")).isEqualTo(new LiveEvent.Like(T, "r", "u", 7));
        assertThat(EventCodec.parseLine(head + "\"7\"}")).isEqualTo(new LiveEvent.Like(T, "r", "u", 7));
        assertThat(EventCodec.parseLine(head + "7.0}")).isEqualTo(new LiveEvent.Like(T, "r", "u", 7));
        assertThat(EventCodec.parseLine(head + "0}")).isEqualTo(new LiveEvent.Like(T, "r", "u", 0));
        assertReason(head + "-0}", "count: must be a whole number ≥ 0, was \"-0\"");
        assertReason(head + "1234567890}", "count: must be a whole number ≥ 0, was \"1234567890\"");
        assertReason(head + "99999999999}", "count: must be a whole number ≥ 0, was \"99999999999\"");
        assertReason(head + "2.5}", "count: must be a whole number ≥ 0, was \"2.5\"");
    }

    @Test
    void should_let_a_numeric_ts_win_over_a_text_one_and_the_last_text_one_win_over_earlier_ones() {
        String tail = ",\"room\":\"r\",\"type\":\"follow\",\"user\":\"u\"}";
        assertThat(EventCodec.parseLine("{\"ts\":\"bad\",\"ts\":\"2026-11-28T20:00:00+08:00\"" + tail).ts()).isEqualTo(T);
        assertReason("{\"ts\":\"2026-11-28T20:00:00+08:00\",\"ts\":\"bad\"" + tail,
                "ts: not an ISO-8601 timestamp with offset or epoch milliseconds: \"bad\"");
        assertThat(EventCodec.parseLine("{\"ts\":5,\"ts\":\"bad\"" + tail).ts()).isEqualTo(5);
        assertThat(EventCodec.parseLine("{\"ts\":\"2026-11-28T12:00:00Z\"" + tail).ts()).isEqualTo(T);
    }

    private static void assertReason(String line, String reason) {
        assertThatThrownBy(() -> EventCodec.parseLine(line)).as(line).isInstanceOf(BadEventException.class).hasMessage(reason);
    }
}
