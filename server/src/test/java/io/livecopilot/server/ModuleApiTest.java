package io.livecopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static io.livecopilot.server.ApiTest.ev;
import static io.livecopilot.server.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The API over the build's real operators: analytics' metrics and review, the assistant with the built-in NLU. */
class ModuleApiTest {
    MemoryStore store;
    LiveCopilotServer server;
    Http admin;
    TokenStore tokens;
    String adminToken;

    @BeforeEach
    void start() {
        store = new MemoryStore();
        store.upsert(CatalogReader.readText("{\"shop\":{\"name\":\"小美服饰\",\"shipping\":{\"courier\":\"中通\",\"ships_within_hours\":48}},\"products\":["
                + "{\"id\":\"P03\",\"link_no\":3,\"name\":\"冰丝阔腿裤\",\"price\":\"129.00\",\"stock\":300}]}").catalog());
        tokens = TokenStore.inMemory();
        adminToken = tokens.issue("admin", Role.ADMIN);
        server = TestServers.builder(store).tokens(tokens).port(0).build().start();
        admin = new Http(server.port(), adminToken);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void should_answer_a_price_question_from_the_catalog_with_and_without_a_room() {
        JsonNode a = json(admin.post("/api/ask", "{\"text\":\"3号链接多少钱\"}"));
        assertThat(a.get("intent").asText()).isEqualTo("ask_price");
        assertThat(a.get("reply").asText()).contains("129");
        assertThat(a.get("sources").toString()).contains("P03.price");
        admin.post("/api/rooms/r1/events", ev("r1", 1, "product_show", null, ",\"product\":\"P03\""));
        JsonNode b = json(admin.post("/api/ask", "{\"text\":\"这个多少钱\",\"room\":\"r1\"}"));
        assertThat(b.get("intent").asText()).isEqualTo("ask_price");
        assertThat(b.get("reply").asText()).contains("129");
    }

    @Test
    void should_remember_the_product_on_show_the_coupons_and_the_last_minute_questions_after_a_restart() {
        StringBuilder s = new StringBuilder();
        s.append(ev("r1", 0, "product_show", null, ",\"product\":\"P03\"")).append('\n');
        s.append(ev("r1", 10, "coupon", null, ",\"coupon\":\"满100减20\",\"product\":\"P03\",\"discount\":\"20\"")).append('\n');
        for (int i = 0; i < 12; i++) {
            String text = i % 3 == 0 ? "能发新疆吗" : "这个多少钱";
            s.append(ev("r1", 20 + i * 2, "comment", "v" + i, ",\"text\":\"" + text + "\"")).append('\n');
        }
        assertThat(admin.post("/api/rooms/r1/events", s.toString()).statusCode()).isEqualTo(202);
        JsonNode before = json(admin.get("/api/rooms/r1/questions"));
        assertThat(before.get("top_questions").get(0).get("intent").asText()).isEqualTo("ask_price");
        assertThat(before.get("top_questions").get(0).get("product").asText()).isEqualTo("P03");
        assertThat(before.get("top_questions").get(0).get("count").asInt()).isEqualTo(8);

        server.close();
        server = TestServers.builder(store).tokens(tokens).port(0).build().start();
        admin = new Http(server.port(), adminToken);
        assertThat(server.restoredEvents()).isEqualTo(14);
        assertThat(json(admin.get("/api/rooms/r1/questions"))).isEqualTo(before);
        JsonNode a = json(admin.post("/api/ask", "{\"text\":\"这个多少钱\",\"room\":\"r1\"}"));
        assertThat(a.get("reply").asText()).isEqualTo("3号冰丝阔腿裤直播价129元，直播间发了满100减20券，领券到手109元（AI回复）");
        assertThat(a.get("sources").toString()).contains("live.coupon:满100减20");
        // nothing was suggested again: the rebuilt room's feed is empty
        assertThat(server.rooms().find("r1").orElseThrow().feed().since(0).items()).isEmpty();
    }

    @Test
    void should_compute_real_metrics_and_a_review_of_the_room() {
        StringBuilder s = new StringBuilder();
        s.append(ev("r2", 0, "enter", "u1", "")).append('\n');
        s.append(ev("r2", 5, "enter", "u2", "")).append('\n');
        s.append(ev("r2", 9, "comment", "u1", ",\"text\":\"能发新疆吗\"")).append('\n');
        s.append(ev("r2", 30, "order", "u1", ",\"order_id\":\"o1\",\"product\":\"P03\",\"qty\":1,\"amount\":\"129.00\"")).append('\n');
        s.append(ev("r2", 40, "pay", "u1", ",\"order_id\":\"o1\",\"amount\":\"129.00\"")).append('\n');
        assertThat(admin.post("/api/rooms/r2/events", s.toString()).statusCode()).isEqualTo(202);
        JsonNode m = json(admin.get("/api/rooms/r2/metrics"));
        assertThat(m.get("uv").asInt()).isEqualTo(2);
        assertThat(m.get("gmv").decimalValue()).isEqualByComparingTo("129.00");
        assertThat(m.get("buy_rate").asDouble()).isEqualTo(0.5);
        JsonNode tl = json(admin.get("/api/rooms/r2/timeline"));
        assertThat(tl.get("timeline").get(0).has("paid_orders")).isTrue();
        JsonNode report = json(admin.get("/api/rooms/r2/report"));
        assertThat(report.get("metrics").get("paid_orders").asInt()).isEqualTo(1);
        assertThat(report.has("suggestions")).isTrue();
        HttpResponse<String> html = admin.get("/api/rooms/r2/report?format=html");
        assertThat(html.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(html.body()).contains("<html").doesNotContain("能发新疆吗<script");
    }

    @Test
    void should_forecast_a_long_csv_with_stock_advice_and_name_bad_rows() {
        StringBuilder csv = new StringBuilder("series,timestamp,value\n");
        for (int d = 1; d <= 28; d++) csv.append("P03,2026-10-").append(String.format("%02d", d)).append(',').append(20 + (d % 7 == 0 ? 15 : d % 3)).append('\n');
        csv.append("P03,not-a-date,5\n");
        HttpResponse<String> r = admin.send(admin.req("/api/forecast?horizon=7&lead_time=3").header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString())).build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = json(r);
        JsonNode s0 = j.get("series").get(0);
        assertThat(s0.get("id").asText()).isEqualTo("P03");
        assertThat(s0.get("forecast")).hasSize(7);
        assertThat(s0.get("upper").has("95")).isTrue();
        assertThat(s0.get("stock").get("units").asLong()).isPositive();
        assertThat(j.get("rejected").get(0).get("line").asInt()).isEqualTo(30);
        assertThat(admin.post("/api/forecast?horizon=0", csv.toString()).statusCode()).isEqualTo(400);
    }

    @Test
    void should_write_a_script_and_flag_banned_ad_words() {
        HttpResponse<String> g = admin.post("/api/scripts", "{\"products\":[\"P03\"],\"minutes\":20,\"style\":\"warm\"}");
        assertThat(g.statusCode()).as(g.body()).isEqualTo(200);
        JsonNode s = json(g);
        assertThat(s.get("segments").size()).isGreaterThan(1);
        assertThat(s.get("segments").get(0).get("kind").asText()).isEqualTo("opening");
        assertThat(s.toString()).contains("冰丝阔腿裤");
        JsonNode c = json(admin.post("/api/scripts/check", "{\"text\":\"这是全网最低价，效果最好的阔腿裤\"}"));
        JsonNode v = c.get("results").get(0).get("violations");
        assertThat(v.size()).isGreaterThan(0);
        assertThat(v.get(0).get("kind").asText()).isEqualTo("banned_word");
        assertThat(admin.post("/api/scripts", "{\"products\":[\"NOPE\"],\"minutes\":20}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/api/scripts", "{\"products\":[\"P03\"],\"minutes\":2}").statusCode()).isEqualTo(400);
    }
}
