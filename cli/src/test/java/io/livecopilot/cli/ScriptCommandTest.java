package io.livecopilot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptCommandTest {
    @TempDir
    Path dir;

    private Path catalog() throws Exception {
        Path f = dir.resolve("catalog.json");
        Files.writeString(f, io.livecopilot.simulator.DemoCatalog.json());
        return f;
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void should_write_a_timed_checked_script_as_json_markdown_and_html() throws Exception {
        Path json = dir.resolve("s.json"), md = dir.resolve("s.md"), html = dir.resolve("s.html");
        assertThat(Main.run("script", "generate", "--catalog", catalog().toString(), "--minutes", "30", "--seed", "4",
                "--format", "json", "--out", json.toString(), "--data", data())).isZero();
        JsonNode s = new ObjectMapper().readTree(json.toFile());
        int total = 0;
        for (JsonNode seg : s.get("segments")) total += seg.get("duration_s").asInt();
        assertThat(total).isBetween(1710, 1890);
        assertThat(s.get("segments").get(0).get("kind").asText()).isEqualTo("opening");
        assertThat(s.get("checks").get("passed").asBoolean()).isTrue();
        assertThat(s.get("ai_generated").asBoolean()).isTrue();
        assertThat(s.get("scores").get("across_seed").get("shared_sentences").asDouble()).isLessThan(0.3);
        assertThat(Main.run("script", "generate", "--catalog", catalog().toString(), "--minutes", "10", "--products", "P01,P02",
                "--style", "专业", "--format", "md", "--out", md.toString(), "--data", data())).isZero();
        assertThat(Files.readString(md)).contains("本脚本由AI生成").contains("| 时间 | 时长 | 环节 | 商品 |");
        assertThat(Main.run("script", "generate", "--catalog", catalog().toString(), "--minutes", "10", "--products", "P01",
                "--format", "html", "--out", html.toString(), "--data", data())).isZero();
        assertThat(Files.readString(html)).contains("<!DOCTYPE html>").contains("data-start=\"0\"").contains("AI生成");
    }

    @Test
    void should_reject_an_unknown_product_and_a_bad_style_with_exit_2() throws Exception {
        assertThat(Main.run("script", "generate", "--catalog", catalog().toString(), "--products", "NOPE", "--data", data())).isEqualTo(2);
        assertThat(Main.run("script", "generate", "--catalog", catalog().toString(), "--style", "loud", "--data", data())).isEqualTo(2);
    }

    @Test
    void should_check_json_lines_reporting_each_line_and_a_bad_one() throws Exception {
        Path f = dir.resolve("p.jsonl");
        Files.writeString(f, "{\"text\":\"这款是全网最便宜的\",\"product\":\"P01\"}\n{oops\n{\"text\":\"今天只要1元\"}\n");
        int code = Main.run("script", "check", f.toString(), "--catalog", catalog().toString(), "--json", "--data", data());
        assertThat(code).isEqualTo(2);
        Path txt = dir.resolve("t.txt");
        Files.writeString(txt, "家人们，这款面霜是国家级配方！");
        assertThat(Main.run("script", "check", txt.toString(), "--catalog", catalog().toString(), "--data", data())).isZero();
    }

    @Test
    void should_learn_phrases_from_past_transcripts_into_the_data_dir() throws Exception {
        Path past = dir.resolve("past");
        Files.createDirectories(past);
        Files.writeString(past.resolve("a.txt"), "主播：哈喽哈喽，欢迎各位来到我们直播间！\n接下来我们看下一款好物。\n喜欢的宝宝直接拍3号链接。\n这款只要9块9，全网最低！\n谢谢大家的支持，我们明天见。\n");
        Files.writeString(past.resolve("b.md"), "# 场次2\n欢迎新进来的朋友先点个关注。\n下面这款大家等了很久。\n想要的直接去5号链接下单。\n");
        assertThat(Main.run("script", "learn", past.toString(), "--data", data(), "--json")).isZero();
        JsonNode l = new ObjectMapper().readTree(dir.resolve("data").resolve("script/learned-phrases.json").toFile());
        assertThat(l.get("slots").get("cta").toString()).contains("{link}号链接");
        assertThat(l.get("slots").toString()).doesNotContain("9块9").doesNotContain("全网最低");
        assertThat(l.get("slots").get("greet").size()).isGreaterThanOrEqualTo(2);
        assertThat(Main.run("script", "learn", dir.resolve("none").toString(), "--data", data())).isEqualTo(2);
    }
}
