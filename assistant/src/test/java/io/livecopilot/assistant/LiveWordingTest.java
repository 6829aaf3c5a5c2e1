package io.livecopilot.assistant;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.llm.OpenAiCompatibleChatModel;
import io.livecopilot.llm.WordingStage;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The live stream's replies worded by an endpoint through a {@link WordingStage}: decided and gated on the draft,
 * returned at once with it, and worded off the stream's thread by the same guards as {@code ask}.
 */
class LiveWordingTest {
    private static final String DRAFT = "12号全价猫粮直播价149元（原价199元）";
    private static final long T = 1_764_331_200_000L;
    /** A deadline no pause of this shared machine reaches (others' timing runs stop every JVM for up to a minute). */
    private static final long LONG = 180_000;

    private static LocalOpenAiServer endpoint(UnaryOperator<String> wording) {
        return LocalOpenAiServer.builder().answer(req -> {
            String sys = req.system();
            return wording.apply(sys.substring(sys.indexOf("草稿：") + 3));
        }).build();
    }

    private static WordingStage stage(LocalOpenAiServer s, long deadlineMs) {
        OpenAiCompatibleChatModel remote = OpenAiCompatibleChatModel.builder().baseUrl(s.baseUrl()).modelName("live")
                .timeoutMillis(deadlineMs).backoffMillis(10).build();
        return WordingStage.builder().model(remote).deadlineMillis(deadlineMs).build();
    }

    private static LiveAssistant assistant(WordingStage stage) {
        return LiveAssistant.builder().catalog(Fixtures.catalog()).understander(new KeywordUnderstander()).room("r1")
                .wordingStage(stage).build();
    }

    private static LiveEvent.Comment comment(long ts, String user, String text) {
        return new LiveEvent.Comment(T + ts, "r1", user, text);
    }

    @Test
    void should_return_the_draft_at_once_and_send_the_endpoints_wording_when_it_passes_the_guards() {
        try (LocalOpenAiServer s = endpoint(d -> "宝子，" + d + "～"); WordingStage stage = stage(s, LONG)) {
            LiveAssistant a = assistant(stage);
            assertThat(a.wordsLive()).isTrue();
            List<SuggestedReply> rs = a.onEvent(comment(0, "u1", "12号猫粮多少钱"));
            assertThat(rs).hasSize(1);
            assertThat(rs.get(0).reply()).isEqualTo(DRAFT + "（AI回复）");
            LiveAssistant.Wording w = a.takeWording(rs.get(0).id());
            assertThat(w).isNotNull();
            assertThat(a.takeWording(rs.get(0).id())).isNull(); // taken once
            SuggestedReply sent = w.await();
            assertThat(sent.reply()).isEqualTo("宝子，" + DRAFT + "～（AI回复）");
            assertThat(sent.id()).isEqualTo(rs.get(0).id());
            assertThat(sent.status()).isEqualTo(rs.get(0).status());
            assertThat(w.outcome()).isEqualTo(WordingStage.Outcome.WRITTEN);
            assertThat(s.calls()).isEqualTo(1);
            assertThat(a.stats().modelCalls()).isEqualTo(1);
        }
    }

    @Test
    void should_send_the_draft_when_the_endpoint_lies_about_the_price_or_promises_a_payout() {
        try (LocalOpenAiServer s = endpoint(d -> d.replace("149元", "1元") + "，假一赔十"); WordingStage stage = stage(s, LONG)) {
            LiveAssistant a = assistant(stage);
            SuggestedReply r = a.onEvent(comment(0, "u1", "12号猫粮多少钱")).get(0);
            LiveAssistant.Wording w = a.takeWording(r.id());
            assertThat(w.await().reply()).isEqualTo(DRAFT + "（AI回复）");
            assertThat(w.outcome()).isEqualTo(WordingStage.Outcome.REJECTED);
            assertThat(s.calls()).isEqualTo(1);
            assertThat(a.stats().guardRejections()).isEqualTo(1);
            assertThat(stage.summary()).containsEntry("written", 0L).containsEntry("fell_back", 1L);
        }
    }

    @Test
    void should_gate_on_the_draft_and_not_call_the_endpoint_for_a_suppressed_reply() {
        try (LocalOpenAiServer s = endpoint(d -> "宝子，" + d); WordingStage stage = stage(s, LONG)) {
            LiveAssistant a = assistant(stage);
            SuggestedReply first = a.onEvent(comment(0, "u1", "12号猫粮多少钱")).get(0);
            SuggestedReply second = a.onEvent(comment(500, "u2", "12号猫粮多少钱")).get(0);
            assertThat(first.status()).isEqualTo(SuggestedReply.AUTO);
            assertThat(second.status()).isEqualTo(SuggestedReply.SUPPRESSED); // the same answer just went out
            assertThat(a.takeWording(second.id())).isNull();
            assertThat(a.takeWording(first.id()).await().reply()).startsWith("宝子，");
            assertThat(s.calls()).isEqualTo(1);
        }
    }

    @Test
    void should_send_the_draft_when_the_endpoint_is_late() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "宝子，" + DRAFT).delayMillis(3000).build();
             WordingStage stage = stage(s, 300)) {
            LiveAssistant a = assistant(stage);
            SuggestedReply r = a.onEvent(comment(0, "u1", "12号猫粮多少钱")).get(0);
            LiveAssistant.Wording w = a.takeWording(r.id());
            assertThat(w.await().reply()).isEqualTo(DRAFT + "（AI回复）");
            assertThat(w.outcome()).isEqualTo(WordingStage.Outcome.LATE);
        }
    }

    @Test
    void should_leave_thanks_and_escalations_to_the_host_unworded() {
        try (LocalOpenAiServer s = endpoint(d -> "宝子，" + d); WordingStage stage = stage(s, LONG)) {
            LiveAssistant a = assistant(stage);
            List<SuggestedReply> rs = a.onEvent(new LiveEvent.Follow(T, "r1", "u9"));
            assertThat(rs).hasSize(1);
            assertThat(a.takeWording(rs.get(0).id())).isNull();
            assertThat(s.calls()).isZero();
        }
    }
}
