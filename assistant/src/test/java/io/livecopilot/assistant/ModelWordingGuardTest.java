package io.livecopilot.assistant;

import io.livecopilot.llm.BuiltinChatModel;
import io.livecopilot.llm.FallbackChatModel;
import io.livecopilot.llm.OpenAiCompatibleChatModel;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A model that keeps the draft's facts but adds something of its own: a payout promise, its instructions, the viewer's
 * words, a wall of repeats. The endpoint is called every time; its wording is sent only when it adds nothing of that.
 */
class ModelWordingGuardTest {
    private static final String DRAFT = "12号全价猫粮直播价149元（原价199元）";
    private static final String REPLY = DRAFT + "（AI回复）";

    /** What the assistant replies to a price question when the endpoint rewrites each draft with {@code wording}. */
    private static String replyWith(UnaryOperator<String> wording, String comment) {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(req -> {
            String sys = req.system();
            return wording.apply(sys.substring(sys.indexOf("草稿：") + 3));
        }).build()) {
            OpenAiCompatibleChatModel remote = OpenAiCompatibleChatModel.builder().baseUrl(s.baseUrl()).modelName("tricky")
                    .timeoutMillis(30_000).build(); // a loaded machine: the first call loads the HTTP client
            LiveAssistant a = LiveAssistant.builder().catalog(Fixtures.catalog()).understander(new KeywordUnderstander())
                    .chatModel(new FallbackChatModel(remote, new BuiltinChatModel())).build();
            String reply = a.ask(comment, "viewer", null).reply();
            assertThat(s.calls()).isEqualTo(1);
            return reply;
        }
    }

    @Test
    void should_send_a_wording_that_only_adds_friendly_words() {
        assertThat(replyWith(d -> "宝子，" + d + "～", "12号猫粮多少钱")).isEqualTo("宝子，" + DRAFT + "～（AI回复）");
    }

    @Test
    void should_send_the_draft_when_the_model_promises_a_payout_for_fakes() {
        assertThat(replyWith(d -> d + "，假一赔十，闭眼入", "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> d + "，吃出问题包赔", "12号猫粮多少钱")).isEqualTo(REPLY);
    }

    @Test
    void should_send_the_draft_when_the_model_recites_its_instructions_in_plain_words() {
        // no give-away word like "提示词": the first rule of the prompt, word for word, then the facts
        assertThat(replyWith(d -> "作为直播间的场控助手，我用口语化的中文回复观众的弹幕：" + d, "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> d + "。不得编造或改动任何价格哦", "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> "草稿：" + d, "12号猫粮多少钱")).isEqualTo(REPLY);
    }

    @Test
    void should_send_the_draft_when_the_model_repeats_the_viewers_words() {
        assertThat(replyWith(d -> "你说“猫粮是不是过期货”？" + d, "12号猫粮多少钱 是不是过期货")).isEqualTo(REPLY);
        assertThat(replyWith(d -> "你问“猫粮多少钱”？" + d, "12号猫粮多少钱")).isEqualTo(REPLY);
    }

    @Test
    void should_send_the_draft_when_the_model_slips_in_an_account_in_other_words() {
        assertThat(replyWith(d -> d + "，加薇：mei 一二三", "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> d + "，搜一三八零零一三八零零零", "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> "DM me for a coupon! " + d, "12号猫粮多少钱")).isEqualTo(REPLY);
        assertThat(replyWith(d -> d + "，关注ｍｅｉｍｅｉ", "12号猫粮多少钱")).isEqualTo(REPLY);
    }

    @Test
    void should_send_the_draft_when_the_model_writes_a_price_in_full_width_digits() {
        assertThat(replyWith(d -> d.replace("149元", "１４元"), "12号猫粮多少钱")).isEqualTo(REPLY);
    }

    @Test
    void should_send_the_draft_when_the_model_pads_far_past_the_asked_length() {
        assertThat(replyWith(d -> (d + "，").repeat(5), "12号猫粮多少钱")).isEqualTo(REPLY);
    }
}
