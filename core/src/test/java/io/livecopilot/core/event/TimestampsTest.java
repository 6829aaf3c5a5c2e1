package io.livecopilot.core.event;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampsTest {
    private static final long T = OffsetDateTime.parse("2026-11-28T20:00:01.234+08:00").toInstant().toEpochMilli();

    @Test
    void should_parse_every_form_of_the_spec_to_the_same_instant() {
        assertThat(Timestamps.parse("2026-11-28T20:00:01.234+08:00")).isEqualTo(T);
        assertThat(Timestamps.parse("2026-11-28T12:00:01.234Z")).isEqualTo(T);
        assertThat(Timestamps.parse("2026-11-28T07:00:01.234-05:00")).isEqualTo(T);
        assertThat(Timestamps.parse("2026-11-28 20:00:01.234+08:00")).isEqualTo(T);
        assertThat(Timestamps.parse("2026-11-28T20:00:01.234567+08:00")).isEqualTo(T);
        assertThat(Timestamps.parse(Long.toString(T))).isEqualTo(T);
        assertThat(Timestamps.parse("2026-11-28T20:00:01+08:00")).isEqualTo(T - 234);
        assertThat(Timestamps.parse("2026-11-28T20:00:01.2+08:00")).isEqualTo(T - 34);
    }

    @Test
    void should_refuse_timestamps_without_offset_or_with_impossible_dates() {
        assertThatThrownBy(() -> Timestamps.parse("2026-11-28T20:00:01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an ISO-8601 timestamp with offset or epoch milliseconds: \"2026-11-28T20:00:01\"");
        assertThatThrownBy(() -> Timestamps.parse("2026-02-30T20:00:00+08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.parse("yesterday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Timestamps.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void should_write_china_time_with_milliseconds() {
        assertThat(Timestamps.iso(T)).isEqualTo("2026-11-28T20:00:01.234+08:00");
        assertThat(Timestamps.iso(0)).isEqualTo("1970-01-01T08:00:00.000+08:00");
        assertThat(Timestamps.iso(OffsetDateTime.parse("2028-02-29T23:59:59.999+08:00").toInstant().toEpochMilli()))
                .isEqualTo("2028-02-29T23:59:59.999+08:00");
    }

    @Test
    void should_round_trip_random_instants_and_agree_with_java_time() {
        SplittableRandom r = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            long ms = r.nextLong(-2_000_000_000_000L, 5_000_000_000_000L);
            String iso = Timestamps.iso(ms);
            assertThat(Timestamps.parse(iso)).isEqualTo(ms);
            assertThat(OffsetDateTime.parse(iso).toInstant().toEpochMilli()).isEqualTo(ms);
        }
    }

    @Test
    void should_read_a_stream_of_timestamps_the_same_with_the_minute_cache() {
        java.util.Random rnd = new java.util.Random(7);
        Timestamps.SameMinute cache = new Timestamps.SameMinute();
        long t = Timestamps.parse("2026-11-28T23:58:00+08:00");
        String[] odd = {"2026-11-28T20:06:60.000+08:00", "2026-11-28T20:06:0x.000+08:00", "2026-11-28T20:06:09.9x8+08:00",
                "2026-11-28T20:06:09.908+09:00", "2026-11-28T20:06:09.908Z", "2026-11-28 20:06:09.908+08:00"};
        for (int i = 0; i < 20_000; i++) {
            t += rnd.nextInt(900);
            String s = rnd.nextInt(50) == 0 ? odd[rnd.nextInt(odd.length)] : Timestamps.iso(t);
            byte[] b = ("  " + s).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(cache.parse(b, 2, b.length - 2)).as(s).isEqualTo(Timestamps.parseFast(b, 2, b.length - 2));
        }
    }
}
