package io.livecopilot.analytics.forecast;

import io.livecopilot.core.LiveCopilotException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeriesCsvReaderTest {
    private static SeriesCsvReader.Result read(String csv) {
        return SeriesCsvReader.readText(csv, "sales.csv");
    }

    private static String rows(String id, String... stampsAndValues) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < stampsAndValues.length; i += 2) sb.append(id).append(',').append(stampsAndValues[i]).append(',').append(stampsAndValues[i + 1]).append('\n');
        return sb.toString();
    }

    @Test
    void should_detect_each_frequency_from_the_timestamps() {
        String csv = "series,timestamp,value\n"
                + rows("h", "2026-11-28T20:00", "1", "2026-11-28T21:00", "2", "2026-11-28 22:00:00", "3")
                + rows("d", "2026-11-01", "1", "2026-11-02", "2", "2026-11-03", "3")
                + rows("w", "2026-11-02", "1", "2026-11-09", "2", "2026-11-16", "3")
                + rows("m", "2026-01", "1", "2026-02", "2", "2026-03", "3")
                + rows("q", "2025-01-01", "1", "2025-04-01", "2", "2025-07-01", "3")
                + rows("y", "2021-06-30", "1", "2022-06-30", "2", "2023-06-30", "3")
                + rows("i", "1", "1", "2", "2", "3", "3")
                + rows("m30", "2026-11-28T20:00:00+08:00", "1", "2026-11-28T20:30:00+08:00", "2", "2026-11-28T21:00:00+08:00", "3");
        SeriesCsvReader.Result r = read(csv);
        assertThat(r.rejected()).isEmpty();
        assertThat(r.series()).extracting(s -> s.id() + ":" + s.frequency().wire() + ":" + s.periods())
                .containsExactly("h:hourly:[24, 168]", "d:daily:[7]", "w:weekly:[52]", "m:monthly:[12]", "q:quarterly:[4]",
                        "y:yearly:[]", "i:index:[]", "m30:subdaily:[48, 336]");
        assertThat(r.series().get(0).axis().future(3, 2)).containsExactly("2026-11-28T23:00:00", "2026-11-29T00:00:00");
        assertThat(r.series().get(3).axis().future(3, 2)).containsExactly("2026-04-01", "2026-05-01");
        assertThat(r.series().get(6).axis().future(3, 1)).containsExactly("4");
    }

    @Test
    void should_report_bad_rows_with_line_and_reason_and_keep_the_good_ones() {
        String csv = "series,timestamp,value\n"
                + "连衣裙,2026-11-01,12\n"
                + "连衣裙,2026-11-02,abc\n"
                + "连衣裙,2026/11/03,5\n"
                + ",2026-11-04,5\n"
                + "连衣裙,2026-11-04\n"
                + "连衣裙,2026-11-05,NaN\n"
                + "连衣裙,2026-11-06,9\n"
                + "连衣裙,2026-11-06,10\n"
                + "连衣裙,2026-11-07,8\n"
                + "连衣裙,2026-11-08,7\n"
                + "连衣裙,7,10\n";
        SeriesCsvReader.Result r = read(csv);
        assertThat(r.rejected()).containsExactly(
                new SeriesCsvReader.Rejection(3, "value: not a number, was \"abc\""),
                new SeriesCsvReader.Rejection(4, "timestamp: not an integer index, ISO date or ISO date-time, was \"2026/11/03\""),
                new SeriesCsvReader.Rejection(5, "series: must not be empty"),
                new SeriesCsvReader.Rejection(6, "expected at least 3 columns, found 2"),
                new SeriesCsvReader.Rejection(7, "value: must be finite, was \"NaN\""),
                new SeriesCsvReader.Rejection(9, "timestamp: duplicate for series \"连衣裙\" (first at line 8)"),
                new SeriesCsvReader.Rejection(12, "timestamp: series \"连衣裙\" uses date timestamps (line 2), this row integer"));
        TimeSeries s = r.series().get(0);
        assertThat(s.id()).isEqualTo("连衣裙");
        assertThat(s.values()).containsExactly(12, 11.4, 10.8, 10.2, 9.6, 9, 8, 7);
        assertThat(s.filled()).isEqualTo(4);
        assertThat(r.rows()).isEqualTo(11);
    }

    @Test
    void should_fill_missing_days_of_intermittent_demand_with_zeros() {
        String csv = "series,timestamp,value\n" + rows("口红", "2026-11-01", "3", "2026-11-02", "0", "2026-11-05", "2", "2026-11-06", "0", "2026-11-07", "0");
        TimeSeries s = read(csv).series().get(0);
        assertThat(s.values()).containsExactly(3, 0, 0, 0, 2, 0, 0);
        assertThat(s.filled()).isEqualTo(2);
    }

    @Test
    void should_read_series_in_any_order_with_quoted_ids_and_columns_in_any_order() {
        String csv = "value,series,timestamp\n"
                + "2,\"b, large\",2\n1,a,1\n1,\"b, large\",1\n2,a,2\n3,a,3\n";
        SeriesCsvReader.Result r = read(csv);
        assertThat(r.series()).extracting(TimeSeries::id).containsExactly("b, large", "a");
        assertThat(r.series().get(1).values()).containsExactly(1, 2, 3);
    }

    @Test
    void should_reject_a_file_without_the_header() {
        assertThatThrownBy(() -> read("a,1,2\na,2,3\n"))
                .isInstanceOf(LiveCopilotException.class)
                .hasMessage("sales.csv:1: header must name the columns series,timestamp,value, was \"a,1,2\"");
        assertThatThrownBy(() -> read("")).hasMessage("sales.csv:1: empty file, expected a header series,timestamp,value");
    }

    @Test
    void should_reject_rows_off_the_grid_and_series_too_sparse() {
        String csv = "series,timestamp,value\n" + rows("a", "0", "1", "10", "2", "20", "3", "25", "4")
                + rows("b", "2026-11-01T00:00", "1", "2026-11-01T01:00", "2", "2026-11-01T02:00", "3", "2026-11-01T02:30", "4");
        SeriesCsvReader.Result r = read(csv);
        // integer indices use the gcd of the gaps (5), so 25 is on the grid and 5 and 15 are gaps
        assertThat(r.series().get(0).values()).containsExactly(1, 1.5, 2, 2.5, 3, 4);
        assertThat(r.rejected()).containsExactly(new SeriesCsvReader.Rejection(9, "timestamp: off the series' grid (step 3600 s)"));
        SeriesCsvReader.Result sparse = read("series,timestamp,value\nz,1,1\nz,2,1\nz,9000000,3\n");
        assertThat(sparse.series()).isEmpty();
        assertThat(sparse.rejected().get(0).reason()).isEqualTo("series \"z\": too sparse: 3 rows spread over 9000000 grid steps");
    }

    @Test
    void should_read_a_large_file_quickly_enough_for_a_test() {
        StringBuilder sb = new StringBuilder("series,timestamp,value\n");
        for (int s = 0; s < 20; s++) for (int t = 0; t < 5000; t++) sb.append("s").append(s).append(',').append(t).append(',').append(t % 7).append('\n');
        SeriesCsvReader.Result r = read(sb.toString());
        assertThat(r.series()).hasSize(20);
        assertThat(r.rows()).isEqualTo(100_000);
        assertThat(r.series().get(19).values()).hasSize(5000);
        assertThat(List.copyOf(r.rejected())).isEmpty();
    }
}
