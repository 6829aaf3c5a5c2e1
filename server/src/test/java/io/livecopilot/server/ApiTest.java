package io.livecopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    MemoryStore store;
    TokenStore tokens;
    LiveCopilotServer server;
    Http admin;
    String adminToken, managerToken, analystToken;

    @BeforeEach
    void start() {
        store = new MemoryStore();
        tokens = TokenStore.inMemory();
        adminToken = tokens.issue("admin", Role.ADMIN);
        managerToken = tokens.issue("m1", Role.MANAGER);
        analystToken = tokens.issue("a1", Role.ANALYST);
        server = newServer(LiveCopilotServer.builder());
        admin = new Http(server.port(), adminToken);
    }

    LiveCopilotServer newServer(LiveCopilotServer.Builder b) {
        return b.store(store).tokens(tokens).parts(new CountingParts()).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    static String ev(String room, int sec, String type, String user, String extra) {
        return "{\"ts\":\"2026-11-28T20:" + String.format("%02d:%02d", sec / 60 % 60, sec % 60) + "+08:00\",\"room\":\"" + room
                + "\",\"type\":\"" + type + "\"" + (user == null ? "" : ",\"user\":\"" + user + "\"") + extra + "}";
    }

    @Test
    void should_answer_health_without_a_token() {
        HttpResponse<String> r = new Http(server.port(), null).get("/api/health");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("status").asText()).isEqualTo("ok");
        assertThat(json(r).get("version").asText()).isNotBlank();
    }

    @Test
    void should_refuse_a_missing_or_wrong_token_with_401_and_a_json_error() {
        HttpResponse<String> none = new Http(server.port(), null).get("/api/products");
        HttpResponse<String> wrong = new Http(server.port(), "lc_not-the-token-at-all").get("/api/products");
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(none).get("error").asText()).isEqualTo("unauthorized");
        assertThat(json(wrong).get("detail").asText()).isEqualTo("invalid token");
        assertThat(admin.get("/api/products").statusCode()).isEqualTo(200);
    }

    @Test
    void should_refuse_with_403_what_the_role_may_not_do() {
        Http analyst = new Http(server.port(), analystToken);
        Http manager = new Http(server.port(), managerToken);
        HttpResponse<String> r = analyst.post("/api/rooms/r1/events", ev("r1", 1, "enter", "u1", ""));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).get("error").asText()).isEqualTo("forbidden");
        assertThat(manager.post("/api/catalog", "{\"products\":[]}").statusCode()).isEqualTo(403);
        assertThat(manager.post("/api/rooms/r1/events", ev("r1", 1, "enter", "u1", "")).statusCode()).isEqualTo(202);
        assertThat(analyst.get("/api/rooms/r1/metrics").statusCode()).isEqualTo(200);
        assertThat(manager.post("/api/forecast", "series,timestamp,value\n").statusCode()).isEqualTo(403);
    }

    @Test
    void should_accept_a_json_array_and_report_each_refused_event_by_index() {
        String body = "[" + ev("r1", 1, "enter", "u1", "") + ",{\"ts\":\"x\",\"room\":\"r1\",\"type\":\"enter\",\"user\":\"u2\"},"
                + ev("other", 2, "enter", "u3", "") + "," + ev("r1", 3, "comment", "u1", ",\"text\":\"3号链接多少钱？\"") + "]";
        HttpResponse<String> r = admin.post("/api/rooms/r1/events", body);
        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode j = json(r);
        assertThat(j.get("accepted").asInt()).isEqualTo(2);
        assertThat(j.get("rejected")).hasSize(2);
        assertThat(j.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(j.get("rejected").get(0).get("reason").asText()).startsWith("ts:");
        assertThat(j.get("rejected").get(1).get("index").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").get(1).get("reason").asText()).contains("room");
        assertThat(store.count("r1")).isEqualTo(2);
        assertThat(store.count("other")).isZero();
    }

    @Test
    void should_accept_json_lines_with_indexes_counted_from_zero() {
        String body = ev("r1", 1, "enter", "u1", "") + "\n" + "not json\n" + ev("r1", 2, "pay", "u1", ",\"order_id\":\"o1\",\"amount\":\"129.00\"") + "\n";
        JsonNode j = json(admin.post("/api/rooms/r1/events", body));
        assertThat(j.get("accepted").asInt()).isEqualTo(2);
        assertThat(j.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        JsonNode m = json(admin.get("/api/rooms/r1/metrics"));
        assertThat(m.get("pv").asInt()).isEqualTo(1);
        assertThat(m.get("paid_orders").asInt()).isEqualTo(1);
    }

    @Test
    void should_answer_400_when_no_event_is_valid_and_404_for_an_unknown_room() {
        HttpResponse<String> r = admin.post("/api/rooms/r1/events", "{\"nope\":1}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("rejected").get(0).get("reason").asText()).contains("type");
        HttpResponse<String> nf = admin.get("/api/rooms/nobody/metrics");
        assertThat(nf.statusCode()).isEqualTo(404);
        assertThat(json(nf).get("error").asText()).isEqualTo("not_found");
        assertThat(json(nf).get("detail").asText()).isEqualTo("room \"nobody\" has no events");
    }

    @Test
    void should_keep_exact_metrics_for_many_random_events_posted_in_chunks() {
        Random rnd = new Random(7);
        List<String> lines = new ArrayList<>();
        java.util.Set<String> users = new java.util.HashSet<>();
        int pv = 0, comments = 0, paid = 0;
        for (int i = 0; i < 5000; i++) {
            String u = "u" + rnd.nextInt(800);
            switch (rnd.nextInt(3)) {
                case 0 -> { lines.add(ev("big", i % 3600, "enter", u, "")); pv++; users.add(u); }
                case 1 -> { lines.add(ev("big", i % 3600, "comment", u, ",\"text\":\"有没有M码\"")); comments++; }
                default -> { lines.add(ev("big", i % 3600, "pay", u, ",\"order_id\":\"o" + i + "\",\"amount\":\"59.90\"")); paid++; }
            }
        }
        for (int i = 0; i < lines.size(); i += 700) {
            HttpResponse<String> r = admin.post("/api/rooms/big/events", String.join("\n", lines.subList(i, Math.min(lines.size(), i + 700))));
            assertThat(r.statusCode()).isEqualTo(202);
        }
        JsonNode m = json(admin.get("/api/rooms/big/metrics"));
        assertThat(m.get("pv").asInt()).isEqualTo(pv);
        assertThat(m.get("uv").asInt()).isEqualTo(users.size());
        assertThat(m.get("comments").asInt()).isEqualTo(comments);
        assertThat(m.get("paid_orders").asInt()).isEqualTo(paid);

        // a new server over the same store rebuilds the same numbers
        server.close();
        server = newServer(LiveCopilotServer.builder());
        JsonNode again = json(new Http(server.port(), adminToken).get("/api/rooms/big/metrics"));
        assertThat(again).isEqualTo(m);
        assertThat(server.restoredEvents()).isEqualTo(5000);
    }

    @Test
    void should_answer_503_with_retry_after_when_the_ingest_queue_is_full_and_take_nothing() throws Exception {
        server.close();
        server = newServer(LiveCopilotServer.builder().ingestCapacity(10));
        Http h = new Http(server.port(), adminToken);
        store.gate = new CountDownLatch(1);
        StringBuilder eight = new StringBuilder();
        for (int i = 0; i < 8; i++) eight.append(ev("q", i, "enter", "u" + i, "")).append('\n');
        var first = h.client.sendAsync(h.req("/api/rooms/q/events").POST(java.net.http.HttpRequest.BodyPublishers.ofString(eight.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        while (server.ingestor().pending() < 8) Thread.sleep(5);
        HttpResponse<String> busy = h.post("/api/rooms/q/events", eight.toString());
        assertThat(busy.statusCode()).isEqualTo(503);
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(json(busy).get("error").asText()).isEqualTo("unavailable");
        HttpResponse<String> tooBig = h.post("/api/rooms/q/events", eight.toString() + eight);
        assertThat(tooBig.statusCode()).isEqualTo(400);
        store.gate.countDown();
        assertThat(first.get().statusCode()).isEqualTo(202);
        assertThat(store.count("q")).isEqualTo(8);
    }

    @Test
    void should_answer_503_and_not_202_when_the_store_fails() {
        store.failAppends = new IllegalStateException("disk full");
        HttpResponse<String> r = admin.post("/api/rooms/r1/events", ev("r1", 1, "enter", "u1", ""));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(json(r).get("detail").asText()).contains("disk full");
        assertThat(r.body()).doesNotContain("at io.livecopilot");
    }

    @Test
    void should_answer_json_errors_for_bad_bodies_oversized_bodies_and_unknown_routes() {
        HttpResponse<String> bad = admin.post("/api/ask", "{not json");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json(bad).get("error").asText()).isEqualTo("bad_input");
        server.close();
        server = newServer(LiveCopilotServer.builder().maxRequestBytes(1000));
        Http h = new Http(server.port(), adminToken);
        HttpResponse<String> big = h.post("/api/rooms/r1/events", "x".repeat(5000));
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(json(big).has("error")).isTrue();
        HttpResponse<String> none = h.get("/api/nothing-here");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(json(none).get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void should_answer_501_naming_the_missing_part() {
        HttpResponse<String> r = admin.post("/api/scripts", "{\"products\":[\"P01\"],\"minutes\":30}");
        assertThat(r.statusCode()).isEqualTo(501);
        assertThat(json(r).get("error").asText()).isEqualTo("not_available");
        assertThat(json(r).get("detail").asText()).contains("script");
    }

    @Test
    void should_send_security_headers_and_no_cors_headers() {
        HttpResponse<String> r = admin.get("/api/health");
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString().contains("default-src 'self'");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(r.headers().firstValue("Content-Type")).get().asString().contains("charset=utf-8");
    }

    @Test
    void should_rate_limit_a_caller_with_429() {
        server.close();
        server = newServer(LiveCopilotServer.builder().rateLimit(1, 3));
        Http h = new Http(server.port(), adminToken);
        int limited = 0;
        for (int i = 0; i < 10; i++) if (h.get("/api/products").statusCode() == 429) limited++;
        assertThat(limited).isGreaterThanOrEqualTo(6);
    }

    @Test
    void should_keep_chinese_text_intact_through_the_catalog() {
        String catalog = "{\"shop\":{\"name\":\"小美的店\"},\"products\":[{\"id\":\"P01\",\"link_no\":1,\"name\":\"冰丝阔腿裤\",\"price\":\"129.00\"},"
                + "{\"id\":\"P02\",\"name\":\"坏的\",\"price\":\"-5\"}]}";
        JsonNode r = json(admin.post("/api/catalog", catalog));
        assertThat(r.get("imported").asInt()).isEqualTo(1);
        assertThat(r.get("rejected").get(0).get("reason").asText()).isNotBlank();
        JsonNode p = json(admin.get("/api/products"));
        assertThat(p.get("products").get(0).get("name").asText()).isEqualTo("冰丝阔腿裤");
        assertThat(p.get("shop").get("name").asText()).isEqualTo("小美的店");
    }

    @Test
    void should_issue_tokens_with_roles() {
        JsonNode t = json(admin.post("/api/tokens", "{\"name\":\"ops\",\"role\":\"analyst\"}"));
        Http ops = new Http(server.port(), t.get("token").asText());
        assertThat(json(ops.get("/api/whoami")).get("role").asText()).isEqualTo("analyst");
        assertThat(ops.post("/api/tokens", "{\"name\":\"x\",\"role\":\"admin\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void should_approve_a_suggested_reply_and_404_an_unknown_one() {
        admin.post("/api/rooms/r1/events", ev("r1", 1, "comment", "u1", ",\"text\":\"能发新疆吗？\""));
        admin.get("/api/rooms/r1/metrics"); // waits for the live pipeline
        JsonNode ok = json(admin.post("/api/rooms/r1/replies/r1", "{\"action\":\"approve\"}"));
        assertThat(ok.get("status").asText()).isEqualTo("approved");
        assertThat(ok.get("comment").asText()).isEqualTo("能发新疆吗？");
        assertThat(admin.post("/api/rooms/r1/replies/zzz", "{\"action\":\"approve\"}").statusCode()).isEqualTo(404);
        assertThat(admin.post("/api/rooms/r1/replies/r1", "{\"action\":\"edit\"}").statusCode()).isEqualTo(400);
        assertThat(admin.post("/api/rooms/r1/replies/r1", "{\"action\":\"burn\"}").statusCode()).isEqualTo(400);
    }
}
