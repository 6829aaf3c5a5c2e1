package io.livecopilot.llm;

import io.livecopilot.core.ErrorKind;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.ChatModel;
import io.livecopilot.core.port.ChatModel.ChatRequest;
import io.livecopilot.core.port.ChatModel.Message;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenAiCompatibleChatModelTest {
    private static final ChatRequest HELLO = ChatRequest.of(List.of(Message.system("你是场控助手"), Message.user("3号多少钱")));

    private static OpenAiCompatibleChatModel client(LocalOpenAiServer s, long timeoutMs) {
        return OpenAiCompatibleChatModel.builder().baseUrl(s.baseUrl()).apiKey("sk-secret-123").modelName("local-test")
                .timeoutMillis(timeoutMs).backoffMillis(20).build();
    }

    @Test
    void should_answer_a_plain_chat_through_the_real_client() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "3号到手价99元，" + r.lastUser().length() + "字").build();
             OpenAiCompatibleChatModel m = client(s, 5000)) {
            ChatModel.ChatResponse r = m.chat(HELLO);
            assertThat(r.text()).isEqualTo("3号到手价99元，5字");
            assertThat(r.model()).isEqualTo("openai:local-test");
            assertThat(s.requests()).hasSize(1);
            LocalOpenAiServer.Request req = s.requests().get(0);
            assertThat(req.model()).isEqualTo("local-test");
            assertThat(req.stream()).isFalse();
            assertThat(req.system()).isEqualTo("你是场控助手");
            assertThat(req.lastUser()).isEqualTo("3号多少钱");
            assertThat(req.authorization()).isEqualTo("Bearer sk-secret-123");
        }
    }

    @Test
    void should_stream_chunks_in_order_and_return_the_whole_text() {
        String answer = "亲，新疆暂不发货哦～其他地区中通包邮🚚";
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> answer).chunkChars(2).build();
             OpenAiCompatibleChatModel m = client(s, 5000)) {
            List<String> parts = new ArrayList<>();
            ChatModel.ChatResponse r = m.chatStreaming(HELLO, parts::add);
            assertThat(r.text()).isEqualTo(answer);
            assertThat(parts).hasSizeGreaterThan(5);
            assertThat(String.join("", parts)).isEqualTo(answer);
            assertThat(s.requests().get(0).stream()).isTrue();
        }
    }

    @Test
    void should_retry_server_errors_with_backoff_and_then_succeed() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "好的").failFirst(2, 500).build();
             OpenAiCompatibleChatModel m = client(s, 5000)) {
            assertThat(m.chat(HELLO).text()).isEqualTo("好的");
            assertThat(s.calls()).isEqualTo(3);
        }
    }

    @Test
    void should_give_up_after_the_retries_with_a_retriable_error() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().failFirst(100, 503).build();
             OpenAiCompatibleChatModel m = client(s, 5000)) {
            assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(LiveCopilotException.class)
                    .satisfies(e -> assertThat(((LiveCopilotException) e).kind()).isEqualTo(ErrorKind.UNAVAILABLE))
                    .hasMessageContaining("after 3 attempts").hasMessageNotContaining("sk-secret-123");
            assertThat(s.calls()).isEqualTo(3);
        }
    }

    @Test
    void should_not_retry_an_authentication_failure() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().failFirst(100, 401).build();
             OpenAiCompatibleChatModel m = client(s, 5000)) {
            assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(LiveCopilotException.class).hasMessageNotContaining("sk-secret-123");
            assertThat(s.calls()).isEqualTo(1);
        }
    }

    @Test
    void should_stop_waiting_at_the_deadline() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "太慢了").delayMillis(10_000).build();
             OpenAiCompatibleChatModel m = client(s, 300)) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> m.chat(HELLO)).isInstanceOf(LiveCopilotException.class).hasMessageContaining("within 300 ms");
            assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(8000); // well before the answer (10 s), with room for a loaded machine
            assertThatThrownBy(() -> m.chatStreaming(HELLO, p -> {})).isInstanceOf(LiveCopilotException.class);
        }
    }

    @Test
    void should_answer_with_the_builtin_model_when_the_endpoint_is_late() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "太慢了").delayMillis(10_000).build()) {
            Settings settings = Settings.load(Path.of("/nonexistent-dir"), Map.of("LIVECOPILOT_LLM_BASE_URL", s.baseUrl(),
                    "LIVECOPILOT_LLM_API_KEY", "sk-secret-123", "LIVECOPILOT_LLM_MODEL", "m1", "LIVECOPILOT_LLM_TIMEOUT_MS", "300"));
            ChatModel m = ChatModels.fromSettings(settings);
            assertThat(m).isInstanceOf(FallbackChatModel.class);
            ChatRequest req = new GroundedPrompt(List.of("P01.price: 99元"), "1号现在99元哦", "1号多少钱").toRequest(0);
            assertThat(m.chat(req).text()).isEqualTo("1号现在99元哦");
            assertThat(((FallbackChatModel) m).fallbacks()).isEqualTo(1);
            assertThat(s.calls()).isGreaterThanOrEqualTo(1);
            assertThat(m.toString() + ((FallbackChatModel) m).primary()).doesNotContain("sk-secret-123");
        }
    }

    @Test
    void should_use_the_builtin_model_when_no_endpoint_is_configured() {
        Settings settings = Settings.load(Path.of("/nonexistent-dir"), Map.of());
        assertThat(ChatModels.fromSettings(settings)).isInstanceOf(BuiltinChatModel.class);
    }

    @Test
    void should_reject_a_base_url_without_scheme() {
        assertThatThrownBy(() -> OpenAiCompatibleChatModel.builder().baseUrl("localhost:8080/v1").build())
                .hasMessageContaining("LIVECOPILOT_LLM_BASE_URL").hasMessageContaining("localhost:8080/v1");
    }
}
