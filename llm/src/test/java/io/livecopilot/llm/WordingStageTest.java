package io.livecopilot.llm;

import io.livecopilot.core.port.ChatModel.ChatRequest;
import io.livecopilot.testkit.GatedChatModel;
import io.livecopilot.testkit.LocalOpenAiServer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class WordingStageTest {
    /** A deadline no pause of this shared machine reaches (others' timing runs stop every JVM for up to a minute). */
    private static final long LONG = 180_000;
    private static final ChatRequest PROMPT = new GroundedPrompt(List.of("P01.price: 99元"), "1号现在99元哦", "1号多少钱").toRequest(0);

    private static OpenAiCompatibleChatModel remote(LocalOpenAiServer s, long timeoutMs) {
        return OpenAiCompatibleChatModel.builder().baseUrl(s.baseUrl()).modelName("local-test").timeoutMillis(timeoutMs)
                .backoffMillis(20).build();
    }

    @Test
    void should_return_the_endpoints_text_and_count_it_written_once_settled() {
        try (LocalOpenAiServer s = LocalOpenAiServer.answering("宝子，1号现在99元哦～");
             WordingStage stage = WordingStage.builder().model(remote(s, LONG)).deadlineMillis(LONG).build()) {
            WordingStage.Call c = stage.submit(PROMPT);
            assertThat(c.await()).contains("宝子，1号现在99元哦～");
            c.settle(true);
            assertThat(c.outcome()).isEqualTo(WordingStage.Outcome.WRITTEN);
            assertThat(s.calls()).isEqualTo(1);
            assertThat(s.requests().get(0).stream()).isFalse();
            assertThat(s.requests().get(0).system()).contains("草稿：1号现在99元哦");
            assertThat(stage.summary()).containsEntry("calls", 1L).containsEntry("written", 1L).containsEntry("fell_back", 0L);
        }
    }

    @Test
    void should_stream_the_call_when_asked_to_and_return_the_whole_text() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "亲，1号现在99元哦，拍下就发～").chunkChars(2).build();
             WordingStage stage = WordingStage.builder().model(remote(s, LONG)).deadlineMillis(LONG).streaming(true).build()) {
            WordingStage.Call c = stage.submit(PROMPT);
            assertThat(c.await()).contains("亲，1号现在99元哦，拍下就发～");
            c.settle(false);
            assertThat(s.requests().get(0).stream()).isTrue();
            assertThat(stage.count(WordingStage.Outcome.REJECTED)).isEqualTo(1);
            assertThat(stage.count(WordingStage.Outcome.WRITTEN)).isZero();
        }
    }

    @Test
    void should_give_up_at_the_deadline_when_the_endpoint_is_slow_and_count_it_late() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "太慢了").delayMillis(3000).build();
             WordingStage stage = WordingStage.builder().model(remote(s, 300)).deadlineMillis(300).build()) {
            WordingStage.Call c = stage.submit(PROMPT);
            assertThat(c.await()).isEmpty();
            assertThat(c.outcome()).isEqualTo(WordingStage.Outcome.LATE);
            assertThat(c.ready()).isTrue();
            assertThat(stage.count(WordingStage.Outcome.LATE)).isEqualTo(1);
            assertThat(s.calls()).isEqualTo(1);
        }
    }

    @Test
    void should_open_the_breaker_after_failures_in_a_row_and_stop_calling_the_endpoint() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().failFirst(1000, 500).build();
             WordingStage stage = WordingStage.builder().model(remote(s, LONG)).deadlineMillis(LONG).maxInFlight(1)
                     .overflow(WordingStage.Overflow.WAIT).breaker(3, 60_000).build()) {
            List<Optional<String>> out = new ArrayList<>();
            for (int i = 0; i < 10; i++) out.add(stage.submit(PROMPT).await());
            assertThat(out).allMatch(Optional::isEmpty);
            assertThat(stage.count(WordingStage.Outcome.FAILED)).isEqualTo(3);
            assertThat(stage.count(WordingStage.Outcome.DOWN)).isEqualTo(7);
            assertThat(stage.calls()).isEqualTo(3);
            assertThat(s.calls()).isEqualTo(9); // each of the 3 calls tried 3 times (2 retries)
            Map<String, Object> sum = stage.summary();
            assertThat(sum).containsEntry("fell_back", 10L).containsEntry("breaker_opened", 1L);
        }
    }

    @Test
    void should_close_the_breaker_again_when_the_endpoint_answers_after_its_open_time() {
        try (LocalOpenAiServer s = LocalOpenAiServer.builder().answer(r -> "好的").failFirst(6, 500).build();
             WordingStage stage = WordingStage.builder().model(remote(s, LONG)).deadlineMillis(LONG).maxInFlight(1)
                     .overflow(WordingStage.Overflow.WAIT).breaker(2, 0).build()) {
            assertThat(stage.submit(PROMPT).await()).isEmpty(); // attempts 1-3
            assertThat(stage.submit(PROMPT).await()).isEmpty(); // attempts 4-6: the breaker opens for 0 ms
            assertThat(stage.submit(PROMPT).await()).contains("好的");
            assertThat(stage.count(WordingStage.Outcome.DOWN)).isZero();
        }
    }


    @Test
    void should_not_call_when_every_slot_is_taken_in_a_live_room_and_count_it_busy() {
        GatedChatModel m = new GatedChatModel(LONG, r -> "好的");
        try (WordingStage stage = WordingStage.builder().model(m).deadlineMillis(LONG).maxInFlight(2).build()) {
            WordingStage.Call a = stage.submit(PROMPT);
            WordingStage.Call b = stage.submit(PROMPT);
            WordingStage.Call c = stage.submit(PROMPT);
            assertThat(c.ready()).isTrue();
            assertThat(c.await()).isEmpty();
            assertThat(c.outcome()).isEqualTo(WordingStage.Outcome.BUSY);
            assertThat(stage.summary()).containsEntry("in_flight", 2).containsEntry("calls", 2L);
            m.release();
            assertThat(a.await()).contains("好的");
            assertThat(b.await()).contains("好的");
        }
    }

    @Test
    void should_wait_for_a_free_slot_in_a_replay() throws Exception {
        GatedChatModel m = new GatedChatModel(LONG, r -> "好的");
        try (WordingStage stage = WordingStage.builder().model(m).deadlineMillis(LONG).maxInFlight(1)
                .overflow(WordingStage.Overflow.WAIT).build()) {
            WordingStage.Call a = stage.submit(PROMPT);
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ignored) {
                    // let go at once
                }
                m.release();
            });
            release.start();
            WordingStage.Call b = stage.submit(PROMPT); // waits until a's call ends
            assertThat(a.ready()).isTrue();
            assertThat(b.await()).contains("好的");
            assertThat(stage.count(WordingStage.Outcome.BUSY)).isZero();
            assertThat(stage.calls()).isEqualTo(2);
            release.join();
        }
    }
}
