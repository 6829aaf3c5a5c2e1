package io.livecopilot.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.livecopilot.server.ApiTest.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 202 means durable: a real server in a child JVM over the embedded store takes a catalog and 20,000 events, is
 * killed with SIGKILL the moment after the last 202, and a new one started on the same data directory has exactly
 * the same metrics.
 */
class DurableIngestTest {
    static final String TOKEN = "lc_test-token-for-the-crash-test-0123456789";
    @TempDir
    Path dir;
    Process child;

    @AfterEach
    void kill() {
        if (child != null) child.destroyForcibly();
    }

    Process startChild(Path portFile) throws Exception {
        Files.deleteIfExists(portFile);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                ServerChild.class.getName(), dir.toString(), portFile.toString());
        pb.environment().put("LIVECOPILOT_TOKEN", TOKEN);
        pb.environment().remove("LIVECOPILOT_STORE_URL");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("child.log").toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.exists(portFile)) {
            if (!p.isAlive()) throw new AssertionError("child died: " + Files.readString(dir.resolve("child.log")));
            if (System.nanoTime() > deadline) throw new AssertionError("child did not start: " + Files.readString(dir.resolve("child.log")));
            Thread.sleep(50);
        }
        return p;
    }

    @Test
    void should_keep_every_event_answered_202_across_a_kill_9() throws Exception {
        Path portFile = dir.resolve("port");
        child = startChild(portFile);
        Http h = new Http(Integer.parseInt(Files.readString(portFile)), TOKEN);
        assertThat(h.post("/api/catalog", "{\"products\":[{\"id\":\"P01\",\"link_no\":1,\"name\":\"冰丝阔腿裤\",\"price\":\"129.00\"}]}").statusCode()).isEqualTo(200);

        Random rnd = new Random(42);
        List<String> lines = new ArrayList<>();
        Set<String> users = new HashSet<>();
        int pv = 0, comments = 0, paid = 0;
        long t0 = 1_795_867_200_000L; // 2026-11-28T20:00+08:00
        for (int i = 0; i < 20_000; i++) {
            long ts = t0 + i * 180L;
            String u = "u" + rnd.nextInt(3000);
            int k = rnd.nextInt(10);
            String head = "{\"ts\":" + ts + ",\"room\":\"R\",\"user\":\"" + u + "\",";
            if (k < 4) { lines.add(head + "\"type\":\"enter\"}"); pv++; users.add(u); }
            else if (k < 7) { lines.add(head + "\"type\":\"comment\",\"text\":\"第" + i + "条：能便宜点吗\"}"); comments++; }
            else if (k < 8) { lines.add(head + "\"type\":\"pay\",\"order_id\":\"o" + i + "\",\"amount\":\"129.00\"}"); paid++; }
            else lines.add(head + "\"type\":\"like\",\"count\":3}");
        }
        for (int i = 0; i < lines.size(); i += 1000) {
            HttpResponse<String> r = h.post("/api/rooms/R/events", String.join("\n", lines.subList(i, i + 1000)));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
            assertThat(json(r).get("accepted").asInt()).isEqualTo(1000);
        }
        child.destroyForcibly(); // SIGKILL, the moment after the last 202
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        child = startChild(portFile);
        Http again = new Http(Integer.parseInt(Files.readString(portFile)), TOKEN);
        JsonNode m = json(again.get("/api/rooms/R/metrics"));
        assertThat(m.get("pv").asLong()).isEqualTo(pv);
        assertThat(m.get("uv").asLong()).isEqualTo(users.size());
        assertThat(m.get("comments").asLong()).isEqualTo(comments);
        assertThat(m.get("paid_orders").asLong()).isEqualTo(paid);
        assertThat(json(again.get("/api/products")).get("products").get(0).get("name").asText()).isEqualTo("冰丝阔腿裤");
        assertThat(new File(dir.toFile(), "tokens.json")).exists().content().doesNotContain(TOKEN);
    }
}
