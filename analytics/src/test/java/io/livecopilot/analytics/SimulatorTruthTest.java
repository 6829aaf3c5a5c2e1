package io.livecopilot.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import io.livecopilot.analytics.review.SessionReview;
import io.livecopilot.simulator.DemoCatalog;
import io.livecopilot.simulator.Simulation;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The analytics against the simulator's truth file (module simulator: known effects, realized counts). */
class SimulatorTruthTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 7})
    @SuppressWarnings("unchecked")
    void should_match_the_truth_of_a_simulated_90_minute_session(long seed) {
        Simulation sim = Simulator.run(SimulationConfig.builder().minutes(90).seed(seed).build());
        RoomMetrics m = new RoomMetrics();
        sim.events().forEach(m::accept);
        JsonNode truth = sim.truth();

        // every metric equals the naive implementation on realistic data
        RoomMetricsTest.assertSameMetrics(m.summary(), NaiveMetrics.compute(sim.events()));
        assertThat(m.summary().get("uv")).isEqualTo(truth.get("counts").get("uv").asInt());
        assertThat(m.summary().get("paid_orders")).isEqualTo(truth.get("counts").get("pay").asLong());

        // products ranked by GMV, with their counts
        List<JsonNode> expected = new ArrayList<>();
        truth.get("products").forEach(p -> {
            if (new BigDecimal(p.get("gmv").asText()).signum() > 0) expected.add(p);
        });
        expected.sort(Comparator.comparing((JsonNode p) -> new BigDecimal(p.get("gmv").asText())).reversed());
        List<ProductRow> actual = m.products().stream().filter(p -> p.gmv().signum() > 0).toList();
        assertThat(actual).extracting(p -> p.gmv().toPlainString())
                .containsExactlyElementsOf(expected.stream().map(p -> new BigDecimal(p.get("gmv").asText()).setScale(2).toPlainString()).toList());
        for (JsonNode p : expected) {
            ProductRow row = actual.stream().filter(r -> r.product().equals(p.get("id").asText())).findFirst().orElseThrow();
            assertThat(row.paidOrders()).isEqualTo(p.get("paid_orders").asInt());
            assertThat(row.units()).isEqualTo(p.get("units").asLong());
            assertThat(row.clicks()).isEqualTo(p.get("clicks").asInt());
        }

        // the released coupons are among the top three factors
        Map<String, Object> review = SessionReview.builder().catalog(DemoCatalog.load()).build().review(sim.events());
        List<Map<String, Object>> factors = (List<Map<String, Object>>) review.get("factors");
        assertThat(factors.subList(0, 3)).as(factors.stream().map(f -> f.get("label") + " " + f.get("importance")).toList().toString())
                .anySatisfy(f -> assertThat(f.get("kind")).isEqualTo("coupon"));
    }
}
