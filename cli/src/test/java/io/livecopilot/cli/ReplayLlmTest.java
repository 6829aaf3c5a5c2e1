package io.livecopilot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code replay --replies} with an OpenAI-compatible endpoint configured (here in the data directory's
 * livecopilot.yml, as LIVECOPILOT_LLM_* would): the endpoint is really called for the composer's answers, a lie of it
 * never reaches the file, the file's lines keep their order, and a late or failing endpoint leaves the drafts.
 */
class ReplayLlmTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A deadline no pause of this shared machine reaches (others' timing runs stop every JVM for up to a minute). */
    private static final long LONG = 180_000;

    @TempDir
    static Path dir;
    static Path events;
    static Path data;
    /** The replies with a failing endpoint: every reply the draft (computed once, compared by the tests). */
    static List<Map<String, Object>> drafts;
    static Map<String, Object> draftsSummary;

    @BeforeAll
    static void simulate_and_replay_with_a_failing_endpoint() throws Exception {
        events = dir.resolve("s.jsonl");
        data = dir.resolve("data");
        Simulator.write(SimulationConfig.builder().minutes(4).viewers(400).seed(11).build(), events);
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().failFirst(Integer.MAX_VALUE, 500).build()) {
            draftsSummary = replay(s.baseUrl(), LONG, dir.resolve("drafts.jsonl"), true);
            drafts = lines(dir.resolve("drafts.jsonl"));
            assertThat(s.calls()).isPositive();
        }
    }

    /** Replays the session with the endpoint at {@code baseUrl} ({@code null}: none) and returns the summary. */
    static Map<String, Object> replay(String baseUrl, long timeoutMs, Path out, boolean writeReplies) throws Exception {
        Files.createDirectories(data);
        Files.writeString(data.resolve("livecopilot.yml"), baseUrl == null ? "" :
                "llm:\n  base_url: " + baseUrl + "\n  model: liar-1\n  timeout_ms: " + timeoutMs + "\n");
        ReplayCommand cmd = new ReplayCommand();
        List<String> args = new ArrayList<>(List.of(events.toString(), "--data", data.toString(), "--json", "--no-warmup"));
        if (writeReplies) args.addAll(List.of("--replies", out.toString()));
        new CommandLine(cmd).parseArgs(args.toArray(String[]::new));
        return cmd.replay();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> lines(Path f) throws Exception {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String l : Files.readAllLines(f)) out.add(JSON.readValue(l, LinkedHashMap.class));
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> llm(Map<String, Object> summary) {
        return (Map<String, Object>) summary.get("llm");
    }

    static long n(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    static long fallback(Map<String, Object> llm, String reason) {
        return ((Number) ((Map<String, Object>) llm.get("fallbacks")).get(reason)).longValue();
    }

    /** Every line but its reply text. */
    static Map<String, Object> withoutText(Map<String, Object> line) {
        Map<String, Object> m = new LinkedHashMap<>(line);
        m.remove("reply");
        return m;
    }

    @Test
    void should_send_the_drafts_when_the_endpoint_fails_and_stop_calling_it() {
        Map<String, Object> llm = llm(draftsSummary);
        assertThat(n(llm, "replies_for_the_model")).isPositive();
        assertThat(n(llm, "written")).isZero();
        assertThat(fallback(llm, "failed") + fallback(llm, "endpoint_down")).isEqualTo(n(llm, "replies_for_the_model"));
        assertThat(fallback(llm, "endpoint_down")).isPositive(); // the breaker opened: no call for most replies
        assertThat(drafts).hasSize(((Number) draftsSummary.get("replies")).intValue());
    }

    @Test
    void should_call_a_lying_endpoint_and_write_none_of_its_lies_in_the_replies_file() throws Exception {
        AtomicInteger n = new AtomicInteger();
        // two answers in three lie (a wrong price and a payout promise, a return-freight promise), the third is a true wording
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(req -> {
            String sys = req.system();
            String draft = sys.substring(sys.indexOf("草稿：") + 3).strip();
            return switch (n.incrementAndGet() % 3) {
                case 0 -> "宝子，" + draft;
                case 1 -> draft.replaceFirst("\\d+(\\.\\d+)?元", "1元") + "，假一赔十";
                default -> draft + "，不满意随时退，来回运费我们出";
            };
        }).build()) {
            Path out = dir.resolve("liar.jsonl");
            Map<String, Object> summary = replay(s.baseUrl(), LONG, out, true);
            Map<String, Object> llm = llm(summary);
            List<Map<String, Object>> got = lines(out);

            assertThat(s.calls()).isPositive().isEqualTo((int) n(llm, "calls")); // really called, once per call (no retry needed)
            assertThat(n(llm, "replies_for_the_model")).isEqualTo(n(llm, "calls"));
            assertThat(n(llm, "written")).isPositive();
            assertThat(fallback(llm, "rejected")).isPositive();
            assertThat(n(llm, "written") + n(llm, "fell_back")).isEqualTo(n(llm, "replies_for_the_model"));

            // the same lines in the same order as with the drafts; each reply is its draft or the true wording of it
            assertThat(got).hasSameSizeAs(drafts);
            long worded = 0;
            for (int i = 0; i < got.size(); i++) {
                assertThat(withoutText(got.get(i))).isEqualTo(withoutText(drafts.get(i)));
                String reply = (String) got.get(i).get("reply");
                String draft = (String) drafts.get(i).get("reply");
                assertThat(reply).doesNotContain("假一赔十").doesNotContain("来回运费");
                if (!reply.equals(draft)) {
                    assertThat(reply).startsWith("宝子，").endsWith("（AI回复）");
                    worded++;
                }
            }
            assertThat(worded).isEqualTo(n(llm, "written"));
        }
    }

    @Test
    void should_send_the_drafts_when_the_endpoint_answers_after_the_deadline() throws Exception {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "宝子，全场1元").delayMillis(4000).build()) {
            Path out = dir.resolve("slow.jsonl");
            Map<String, Object> llm = llm(replay(s.baseUrl(), 300, out, true));
            assertThat(lines(out)).isEqualTo(drafts);
            assertThat(n(llm, "written")).isZero();
            assertThat(fallback(llm, "late") + fallback(llm, "endpoint_down")).isEqualTo(n(llm, "replies_for_the_model"));
            assertThat(fallback(llm, "endpoint_down")).isPositive(); // after a few late answers it is not waited for any more
            assertThat(s.calls()).isLessThan((int) n(llm, "replies_for_the_model"));
        }
    }

    @Test
    void should_not_call_the_endpoint_without_a_replies_file() throws Exception {
        try (LocalOpenAiServer s = LocalOpenAiServer.answering("宝子")) {
            Map<String, Object> summary = replay(s.baseUrl(), LONG, null, false);
            assertThat(s.calls()).isZero();
            assertThat(summary).doesNotContainKey("llm");
            assertThat((Long) summary.get("replies")).isPositive();
        }
    }

    @Test
    void should_add_nothing_to_the_summary_without_an_endpoint() throws Exception {
        Map<String, Object> summary = replay(null, LONG, dir.resolve("plain.jsonl"), true);
        assertThat(summary).doesNotContainKey("llm");
        assertThat(lines(dir.resolve("plain.jsonl"))).isNotEmpty();
    }
}
