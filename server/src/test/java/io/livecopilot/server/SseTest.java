package io.livecopilot.server;

import io.livecopilot.server.auth.Role;
import io.livecopilot.server.auth.TokenStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static io.livecopilot.server.ApiTest.ev;
import static org.assertj.core.api.Assertions.assertThat;

class SseTest {
    MemoryStore store;
    LiveCopilotServer server;
    Http admin;

    @BeforeEach
    void start() {
        store = new MemoryStore();
        TokenStore tokens = TokenStore.inMemory();
        String t = tokens.issue("admin", Role.ADMIN);
        server = LiveCopilotServer.builder().store(store).tokens(tokens).parts(new CountingParts()).port(0).build().start();
        admin = new Http(server.port(), t);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** One SSE event as read from the wire. */
    record Sse(String id, String event, String data) {}

    /** Reads events until {@code n} of the given kind arrived (or the time is up), then closes the stream. */
    static List<Sse> read(Http h, String room, String lastId, String kind, int n, long millis) throws Exception {
        var req = h.req("/api/rooms/" + room + "/stream").header("Accept", "text/event-stream");
        if (lastId != null) req.header("Last-Event-ID", lastId);
        HttpResponse<InputStream> resp = h.client.send(req.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(resp.statusCode()).isEqualTo(200);
        assertThat(resp.headers().firstValue("Content-Type")).get().asString().startsWith("text/event-stream");
        List<Sse> out = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader br = new BufferedReader(new InputStreamReader(resp.body(), StandardCharsets.UTF_8))) {
                String id = null, event = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = br.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (event != null) {
                            synchronized (out) {
                                out.add(new Sse(id, event, data.toString()));
                                if (out.stream().filter(s -> s.event().equals(kind)).count() >= n) return;
                            }
                        }
                        id = null;
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) id = line.substring(3).strip();
                    else if (line.startsWith("event:")) event = line.substring(6).strip();
                    else if (line.startsWith("data:")) data.append(line.substring(5).strip());
                }
            } catch (Exception ignored) {
                // closed
            }
        });
        reader.start();
        reader.join(millis);
        resp.body().close();
        reader.join(1000);
        synchronized (out) {
            return List.copyOf(out);
        }
    }

    @Test
    void should_stream_replies_and_metrics_and_resume_after_last_event_id_without_gaps() throws Exception {
        admin.post("/api/rooms/r1/events", ev("r1", 1, "enter", "u1", "") + "\n" + ev("r1", 2, "comment", "u1", ",\"text\":\"能发新疆吗？\""));
        admin.get("/api/rooms/r1/metrics");
        List<Sse> first = read(admin, "r1", null, "metrics", 1, 5000);
        List<Sse> replies = first.stream().filter(s -> s.event().equals("reply")).toList();
        assertThat(replies).hasSize(1);
        assertThat(replies.get(0).data()).contains("能发新疆吗？");
        assertThat(first.stream().filter(s -> s.event().equals("metrics")).findFirst()).get()
                .satisfies(m -> assertThat(m.data()).contains("\"pv\":1"));
        String lastId = replies.get(0).id();

        // while disconnected: three more questions
        for (int i = 0; i < 3; i++) admin.post("/api/rooms/r1/events", ev("r1", 10 + i, "comment", "u" + i, ",\"text\":\"第" + i + "个问题？\""));
        admin.get("/api/rooms/r1/metrics");
        List<Sse> resumed = read(admin, "r1", lastId, "reply", 3, 5000);
        List<Sse> again = resumed.stream().filter(s -> s.event().equals("reply")).toList();
        assertThat(again).extracting(Sse::data).allSatisfy(d -> assertThat(d).doesNotContain("能发新疆吗"));
        assertThat(again).hasSize(3);
        assertThat(again.get(0).data()).contains("第0个问题？");
        assertThat(again.get(2).data()).contains("第2个问题？");
        long prev = Long.parseLong(lastId);
        for (Sse s : again) {
            assertThat(Long.parseLong(s.id())).isGreaterThan(prev);
            prev = Long.parseLong(s.id());
        }
    }

    @Test
    void should_refuse_a_stream_without_a_token() throws Exception {
        Http anon = new Http(server.port(), null);
        var resp = anon.client.send(anon.req("/api/rooms/r1/stream").header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(resp.statusCode()).isEqualTo(401);
    }

    @Test
    void should_publish_an_approved_reply_to_other_consoles() throws Exception {
        admin.post("/api/rooms/r1/events", ev("r1", 2, "comment", "u1", ",\"text\":\"有优惠券吗？\""));
        admin.get("/api/rooms/r1/metrics");
        admin.post("/api/rooms/r1/replies/r1", "{\"action\":\"edit\",\"text\":\"有的，5号链接领券立减20\"}");
        List<Sse> got = read(admin, "r1", "0", "reply", 2, 5000);
        assertThat(got.stream().filter(s -> s.event().equals("reply")).map(Sse::data).toList())
                .anySatisfy(d -> assertThat(d).contains("\"status\":\"edited\"").contains("5号链接领券立减20"));
        TimeUnit.MILLISECONDS.sleep(1);
    }
}
