package io.livecopilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    static final String SESSION = """
            {"ts":"2026-11-28T20:00:00+08:00","room":"r1","type":"segment","kind":"opening"}
            {"ts":"2026-11-28T20:00:02+08:00","room":"r1","type":"enter","user":"u1","source":"recommend"}
            {"ts":"2026-11-28T20:00:05+08:00","room":"r1","type":"comment","user":"u1","text":"<script>alert(1)</script>3号链接多少钱"}
            not json at all
            {"ts":"2026-11-28T20:03:00+08:00","room":"r1","type":"product_show","product":"P03"}
            {"ts":"2026-11-28T20:03:05+08:00","room":"r1","type":"product_click","user":"u1","product":"P03"}
            {"ts":"2026-11-28T20:03:10+08:00","room":"r1","type":"order","user":"u1","order_id":"o1","product":"P03","qty":1,"amount":"129.00"}
            {"ts":"2026-11-28T20:03:40+08:00","room":"r1","type":"pay","order_id":"o1","amount":"129.00"}
            {"ts":"2026-11-28T20:10:00+08:00","room":"r1","type":"leave","user":"u1"}
            """;

    @Test
    void should_write_the_json_review_with_the_spec_metrics_and_report_bad_lines(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("s.jsonl"), SESSION);
        Path out = dir.resolve("r.json");
        int rc = Main.run("report", in.toString(), "--format", "json", "--out", out.toString(), "--data", dir.resolve("home").toString());
        assertThat(rc).isEqualTo(0);
        JsonNode r = new ObjectMapper().readTree(out.toFile());
        assertThat(r.get("metrics").get("gmv").decimalValue()).isEqualByComparingTo("129.00");
        assertThat(r.get("metrics").get("uv").asInt()).isEqualTo(1);
        assertThat(r.get("metrics").get("click_to_buy_rate").asDouble()).isEqualTo(1.0);
        assertThat(r.get("metrics").get("refund_rate").asDouble()).isEqualTo(0.0);
        assertThat(r.get("metrics").get("avg_watch_s").asDouble()).isEqualTo(598.0);
        assertThat(r.get("timeline")).hasSize(11);
        assertThat(r.get("products").get(0).get("product").asText()).isEqualTo("P03");
        assertThat(r.get("suggestions").size()).isPositive();
        assertThat(r.get("rejected").get(0).get("line").asInt()).isEqualTo(4);
        assertThat(r.has("factors")).isTrue();
    }

    @Test
    void should_write_one_offline_html_page(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("s.jsonl"), SESSION);
        Path out = dir.resolve("r.html");
        assertThat(Main.run("report", in.toString(), "--format", "html", "--out", out.toString(), "--data", dir.resolve("home").toString())).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("echarts").doesNotContain("<script>alert(1)");
        assertThat(html).doesNotContainPattern("<script[^>]+src=");
    }

    @Test
    void should_exit_2_on_bad_input(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "nope\n{\"ts\":1}\n");
        String data = dir.resolve("home").toString();
        assertThat(Main.run("report", bad.toString(), "--data", data)).isEqualTo(2);
        assertThat(Main.run("report", dir.resolve("missing.jsonl").toString(), "--data", data)).isEqualTo(2);
        Path ok = Files.writeString(dir.resolve("s.jsonl"), SESSION);
        assertThat(Main.run("report", ok.toString(), "--format", "pdf", "--data", data)).isEqualTo(2);
        assertThat(Main.run("report", ok.toString(), "--room", "nope", "--data", data)).isEqualTo(2);
    }
}
