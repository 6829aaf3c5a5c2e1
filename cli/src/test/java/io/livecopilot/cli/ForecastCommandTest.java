package io.livecopilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForecastCommandTest {
    /** 4 weeks of daily sales of two products, one with a weekend peak, one intermittent, plus bad rows. */
    static String sales() {
        StringBuilder sb = new StringBuilder("series,timestamp,value\n");
        for (int d = 1; d <= 28; d++) {
            String day = String.format("2026-11-%02d", d);
            sb.append("保温杯,").append(day).append(',').append(d % 7 == 0 || d % 7 == 6 ? 40 : 12 + d % 3).append('\n');
            sb.append("羽绒服,").append(day).append(',').append(d % 4 == 0 ? 3 : 0).append('\n');
        }
        sb.append("保温杯,2026-11-29,很多\n");
        sb.append("羽绒服,昨天,1\n");
        return sb.toString();
    }

    @Test
    void should_write_the_json_forecast_with_intervals_stock_and_rejected_rows(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("sales.csv"), sales());
        Path out = dir.resolve("f.json");
        int rc = Main.run("forecast", in.toString(), "--horizon", "7", "--level", "80,95", "--lead-time", "2",
                "--service", "0.9", "--json", "--out", out.toString());
        assertThat(rc).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        assertThat(r.get("series")).hasSize(2);
        JsonNode cup = r.get("series").get(0);
        assertThat(cup.get("id").asText()).isEqualTo("保温杯");
        assertThat(cup.get("frequency").asText()).isEqualTo("daily");
        assertThat(cup.get("season").asInt()).isEqualTo(7);
        assertThat(cup.get("forecast")).hasSize(7);
        // 12-05 and 12-06 are the weekend peak days (day numbers 35 and 34 are 0 and 6 mod 7)
        assertThat(cup.get("forecast").get(5).asDouble()).isGreaterThan(cup.get("forecast").get(3).asDouble() + 15);
        for (int k = 0; k < 7; k++) {
            assertThat(cup.get("lower").get("95").get(k).asDouble()).isLessThanOrEqualTo(cup.get("lower").get("80").get(k).asDouble());
            assertThat(cup.get("upper").get("95").get(k).asDouble()).isGreaterThanOrEqualTo(cup.get("forecast").get(k).asDouble());
        }
        JsonNode coat = r.get("series").get(1);
        assertThat(coat.get("intermittent").asBoolean()).isTrue();
        assertThat(coat.get("stock").get("units").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(cup.get("stock").get("lead_time").asInt()).isEqualTo(2);
        List<Integer> lines = new java.util.ArrayList<>();
        r.get("rejected").forEach(x -> lines.add(x.get("line").asInt()));
        assertThat(lines).containsExactly(58, 59);
        assertThat(r.get("rejected").get(1).get("reason").asText()).startsWith("timestamp: not an integer index");
    }

    @Test
    void should_write_csv_rows_without_json(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("sales.csv"), sales());
        Path out = dir.resolve("f.csv");
        assertThat(Main.run("forecast", in.toString(), "--horizon", "3", "--out", out.toString())).isZero();
        List<String> rows = Files.readAllLines(out);
        assertThat(rows.get(0)).isEqualTo("series,step,forecast,lo80,hi80,lo95,hi95,timestamp");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(1)).startsWith("保温杯,1,").endsWith(",2026-11-29");
    }

    @Test
    void should_exit_2_on_bad_input(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("sales.csv"), sales());
        assertThat(Main.run("forecast", dir.resolve("missing.csv").toString(), "--horizon", "3")).isEqualTo(2);
        assertThat(Main.run("forecast", in.toString(), "--horizon", "0")).isEqualTo(2);
        assertThat(Main.run("forecast", in.toString())).isEqualTo(2);
        Path noHeader = Files.writeString(dir.resolve("x.csv"), "a,1,2\n");
        assertThat(Main.run("forecast", noHeader.toString(), "--horizon", "3")).isEqualTo(2);
    }
}
