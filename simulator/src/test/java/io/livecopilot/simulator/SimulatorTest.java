package io.livecopilot.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.EventType;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.Intent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatorTest {
    @TempDir
    Path dir;

    private static SimulationConfig.Builder small() {
        return SimulationConfig.builder().minutes(30).viewers(2000).seed(7);
    }

    @Test
    void should_write_the_same_bytes_for_the_same_seed_and_other_bytes_for_another() throws Exception {
        Path a = dir.resolve("a.jsonl"), b = dir.resolve("b.jsonl"), c = dir.resolve("c.jsonl");
        Simulator.write(small().build(), a);
        Simulator.write(small().build(), b);
        Simulator.write(small().seed(8).build(), c);
        assertThat(Files.mismatch(a, b)).isEqualTo(-1);
        assertThat(Files.mismatch(Simulator.truthPath(a), Simulator.truthPath(b))).isEqualTo(-1);
        assertThat(Files.mismatch(a, c)).isNotEqualTo(-1);
        assertThat(Simulator.truthPath(a).getFileName().toString()).isEqualTo("a.jsonl.truth.json");
    }

    @Test
    void should_contain_every_event_type_and_read_back_without_a_single_rejection() throws Exception {
        Path f = dir.resolve("s.jsonl");
        Simulation s = Simulator.write(small().build(), f);
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        for (LiveEvent e : s.events()) types.add(e.type());
        assertThat(types).containsAll(EnumSet.of(EventType.ENTER, EventType.LEAVE, EventType.COMMENT, EventType.LIKE, EventType.FOLLOW,
                EventType.SEGMENT, EventType.PRODUCT_SHOW, EventType.PRODUCT_CLICK, EventType.ORDER, EventType.PAY, EventType.COUPON,
                EventType.ONLINE, EventType.SHARE, EventType.GIFT, EventType.ADD_TO_CART, EventType.REFUND));
        List<LiveEvent> back = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        EventReader.Stats st = EventReader.read(f, new EventReader.Sink() {
            @Override
            public void accept(LiveEvent e) { back.add(e); }

            @Override
            public void reject(long line, String reason) { bad.add(line + ": " + reason); }
        });
        assertThat(bad).isEmpty();
        assertThat(st.accepted()).isEqualTo(s.events().size());
        assertThat(back).isEqualTo(s.events());
        JsonNode truth = s.truth();
        assertThat(truth.at("/counts/events").asLong()).isEqualTo(s.events().size());
        assertThat(truth.at("/counts/uv").asInt()).isEqualTo(2000);
    }

    @Test
    void should_keep_time_order_and_the_session_window_and_a_consistent_funnel() {
        Simulation s = Simulator.run(small().build());
        long start = SimulationConfig.DEFAULT_START, end = start + 30 * 60_000L;
        long prev = Long.MIN_VALUE;
        Map<String, BigDecimal> orders = new HashMap<>();
        Set<String> paid = new HashSet<>();
        Set<String> inside = new HashSet<>();
        for (LiveEvent e : s.events()) {
            assertThat(e.ts()).isBetween(start, end - 1).isGreaterThanOrEqualTo(prev);
            prev = e.ts();
            assertThat(e.room()).isEqualTo("sim-7");
            if (e instanceof LiveEvent.Enter) assertThat(inside.add(e.user())).as("enter twice without leaving").isTrue();
            if (e instanceof LiveEvent.Leave) assertThat(inside.remove(e.user())).as("leave without entering").isTrue();
            if (e instanceof LiveEvent.Order o) orders.put(o.orderId(), o.amount());
            if (e instanceof LiveEvent.Pay p) {
                assertThat(orders.get(p.orderId())).isEqualTo(p.amount());
                paid.add(p.orderId());
            }
            if (e instanceof LiveEvent.Refund r) assertThat(paid).contains(r.orderId());
            if (e instanceof LiveEvent.Order o) assertThat(o.product()).isNotIn("P04", "P18"); // sold out
        }
    }

    @Test
    void should_draw_comments_from_every_intent_with_hostile_ones_among_them() {
        Simulation s = Simulator.run(small().build());
        JsonNode intents = s.truth().get("comment_intents");
        for (Intent i : Intent.values()) assertThat(intents.get(i.wire()).asInt()).as(i.wire()).isPositive();
        long comments = s.events().stream().filter(e -> e instanceof LiveEvent.Comment).count();
        assertThat(s.truth().at("/counts/comment").asLong()).isEqualTo(comments);
        List<String> texts = s.events().stream().filter(e -> e instanceof LiveEvent.Comment).map(e -> ((LiveEvent.Comment) e).text()).toList();
        assertThat(texts).anyMatch(t -> t.contains("忽略之前的指令") || t.contains("ignore previous"));
        assertThat(texts).anyMatch(t -> t.matches(".*(\\d+号|#\\d+|[一二三四五六七八九十]号).*"));
        assertThat(texts).anyMatch(t -> t.contains("斤"));
        assertThat(new HashSet<>(texts).size()).isGreaterThan(300);
    }

    @Test
    void should_convert_more_clicks_while_coupons_run_when_the_uplift_is_larger() {
        double weak = uplift(1.0), strong = uplift(3.0);
        assertThat(strong).isGreaterThan(weak * 1.8);
    }

    private static double uplift(double configured) {
        Simulation s = Simulator.run(SimulationConfig.builder().minutes(60).viewers(8000).seed(11).couponUplift(configured)
                .segmentOrderMultiplier("promo", 1.0).segmentOrderMultiplier("pitch", 1.0).build());
        return s.truth().at("/effects/coupon/realized_uplift").asDouble();
    }

    @Test
    void should_sell_more_of_a_product_with_more_appeal() {
        Simulation s = Simulator.run(SimulationConfig.builder().minutes(90).viewers(10_000).seed(3).build());
        double bestAppeal = -1, worstAppeal = 99, bestClicksPerShow = 0, worstClicksPerShow = 0;
        for (JsonNode p : s.truth().get("products")) {
            double a = p.get("appeal").asDouble(), cps = p.get("clicks").asDouble() / Math.max(1, p.get("shows").asInt());
            if (a > bestAppeal) { bestAppeal = a; bestClicksPerShow = cps; }
            if (a < worstAppeal) { worstAppeal = a; worstClicksPerShow = cps; }
        }
        assertThat(bestAppeal).isGreaterThan(worstAppeal);
        assertThat(bestClicksPerShow).isGreaterThan(worstClicksPerShow);
    }

    @Test
    void should_refuse_bad_parameters_naming_them() {
        assertThatThrownBy(() -> SimulationConfig.builder().minutes(0).build())
                .isInstanceOf(LiveCopilotException.class).hasMessage("minutes: must be between 1 and 1440, was 0");
        assertThatThrownBy(() -> SimulationConfig.builder().payRate(1.5).build())
                .isInstanceOf(LiveCopilotException.class).hasMessage("payRate: must be a probability in [0, 1], was 1.5");
        assertThatThrownBy(() -> SimulationConfig.builder().segmentOrderMultiplier("dance", 1).build())
                .isInstanceOf(LiveCopilotException.class)
                .hasMessage("segmentOrderMultiplier: kind must be one of [opening, pitch, interaction, promo, closing, other], was \"dance\"");
        assertThatThrownBy(() -> SimulationConfig.builder().products(99).build())
                .isInstanceOf(LiveCopilotException.class).hasMessage("products: must be between 1 and 33, was 99");
    }

    @Test
    void should_run_a_tiny_session_and_a_long_one() throws Exception {
        Simulation tiny = Simulator.run(SimulationConfig.builder().minutes(1).viewers(1).seed(1).build());
        assertThat(tiny.events()).isNotEmpty();
        Simulation big = Simulator.run(SimulationConfig.builder().minutes(180).viewers(50_000).seed(5).build());
        assertThat(big.events().size()).isGreaterThan(400_000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Simulator.writeEvents(big.events().subList(0, 1000), bytes);
        assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().map(EventCodec::parseLine).toList())
                .isEqualTo(big.events().subList(0, 1000));
    }
}
