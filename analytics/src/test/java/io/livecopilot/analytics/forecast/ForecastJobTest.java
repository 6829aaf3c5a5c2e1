package io.livecopilot.analytics.forecast;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ForecastJobTest {
    @Test
    void should_compute_the_order_up_to_level_from_the_lead_time_demand() {
        Forecast f = new Forecast("naive", List.of(), false, new double[] {10, 10, 10}, new double[] {2, 2, 2},
                new double[] {2, Math.sqrt(8), Math.sqrt(12)}, true, 3);
        StockAdvice a = StockAdvice.of(f, 2, 0, 0.95);
        // 20 + 1.6449 * 2.828 = 24.65 -> 25 units
        assertThat(a.meanDemand()).isEqualTo(20);
        assertThat(a.sd()).isCloseTo(Math.sqrt(8), within(1e-12));
        assertThat(a.units()).isEqualTo(25);
        assertThat(a.safetyStock()).isEqualTo(5);
        assertThat(StockAdvice.of(f, 2, 1, 0.5).units()).isEqualTo(30);
        assertThatThrownBy(() -> StockAdvice.of(f, 3, 1, 0.9)).hasMessage("forecast covers 3 steps, the interval needs 4");
        assertThatThrownBy(() -> StockAdvice.of(f, 1, 0, 1.0)).hasMessage("service: must be between 0 and 1 (exclusive), was 1.0");
    }

    @Test
    void should_print_the_json_document_of_the_forecast_verb() {
        StringBuilder csv = new StringBuilder("series,timestamp,value\n");
        for (int d = 1; d <= 28; d++) csv.append("保温杯,2026-11-").append(String.format("%02d", d)).append(',').append(d % 7 == 0 ? 30 : 10 + d % 3).append('\n');
        csv.append("保温杯,2026-11-29,oops\n");
        SeriesCsvReader.Result read = SeriesCsvReader.readText(csv.toString(), "sales.csv");
        ForecastJob job = ForecastJob.builder(7).levels(List.of(80.0, 95.0)).leadTime(3).service(0.9).build();
        List<ForecastJob.SeriesResult> results = job.run(read.series());
        Map<String, Object> doc = job.toJson(results, read.rejected());
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) ((List<Object>) doc.get("series")).get(0);
        assertThat(s.get("id")).isEqualTo("保温杯");
        assertThat(s.get("frequency")).isEqualTo("daily");
        assertThat(s.get("season")).isEqualTo(7);
        assertThat((double[]) s.get("forecast")).hasSize(7);
        assertThat(List.copyOf(((Map<?, ?>) s.get("lower")).keySet())).isEqualTo(List.of("80", "95"));
        assertThat(s.get("timestamps")).isEqualTo(List.of("2026-11-29", "2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05"));
        assertThat(((Map<?, ?>) s.get("stock")).get("lead_time")).isEqualTo(3);
        assertThat(doc.get("rejected")).asList().hasSize(1);
        String text = job.toCsv(results);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("series,step,forecast,lo80,hi80,lo95,hi95,timestamp,stock_units");
        assertThat(text.lines()).hasSize(8);
        // every 7th day (11-07, ..., 11-28) sells 30: the next peak, 12-05, is forecast
        double[] fc = (double[]) s.get("forecast");
        assertThat(fc[6]).isGreaterThan(fc[5] + 10);
    }

    @Test
    void should_reject_bad_options_with_the_constraint_and_value() {
        assertThatThrownBy(() -> ForecastJob.builder(0)).hasMessage("horizon: must be between 1 and 100000, was 0");
        assertThatThrownBy(() -> ForecastJob.builder(3).levels(List.of(80.0, 100.0)))
                .hasMessage("level: must be between 0 and 100 (exclusive), was 100");
        assertThatThrownBy(() -> ForecastJob.builder(3).leadTime(0)).hasMessage("lead time: must be >= 1 period, was 0");
    }
}
