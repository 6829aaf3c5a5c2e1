package io.livecopilot.server;

import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.llm.GroundedPrompt;
import io.livecopilot.llm.WordingStage;
import io.livecopilot.server.live.AssistantOperator;
import io.livecopilot.server.live.Reply;
import io.livecopilot.testkit.GatedChatModel;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A live room whose replies an LLM words (the server's delivery): a reply waits for its own wording, nothing else does. */
class ModulePartsWordingTest {
    static final long T0 = ModulePartsRestoreTest.T0;
    /** A deadline no pause of this shared machine reaches. */
    static final long LONG = 180_000;


    @Test
    void should_hold_a_reply_until_its_wording_is_done_and_let_the_rest_out_at_once() throws Exception {
        GatedChatModel m = new GatedChatModel(LONG, r -> "宝子，" + GroundedPrompt.of(r).draft());
        try (WordingStage stage = WordingStage.builder().model(m).deadlineMillis(LONG).build()) {
            ModuleParts parts = new ModuleParts(() -> ModulePartsRestoreTest.CATALOG, TestServers::understander)
                    .wording(stage, ModuleParts.Delivery.HOLD);
            AssistantOperator room = parts.assistant("r");
            assertThat(room.onEvent(new LiveEvent.Comment(T0, "r", "v1", "3号多少钱"))).isEmpty(); // being worded
            List<Reply> thanks = room.onEvent(new LiveEvent.Follow(T0 + 1_000, "r", "v2"));
            assertThat(thanks).singleElement().satisfies(r -> assertThat(r.intent()).isEqualTo("follow"));
            assertThat(room.poll()).isEmpty();

            m.release();
            List<Reply> out = List.of();
            for (long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONG); out.isEmpty() && System.nanoTime() < end; ) {
                Thread.sleep(5);
                out = room.poll();
            }
            assertThat(out).singleElement().satisfies(r -> {
                assertThat(r.reply()).isEqualTo("宝子，3号冰丝阔腿裤直播价129元（AI回复）");
                assertThat(r.comment()).isEqualTo("3号多少钱");
                assertThat(r.intent()).isEqualTo("ask_price");
                assertThat(r.status()).isEqualTo("auto");
            });
            assertThat(room.poll()).isEmpty();
            assertThat(stage.summary()).containsEntry("calls", 1L).containsEntry("written", 1L);
        }
    }

    @Test
    void should_word_nothing_without_a_stage() {
        ModuleParts parts = new ModuleParts(() -> ModulePartsRestoreTest.CATALOG, TestServers::understander);
        AssistantOperator room = parts.assistant("r");
        assertThat(room.onEvent(new LiveEvent.Comment(T0, "r", "v1", "3号多少钱")))
                .singleElement().satisfies(r -> assertThat(r.reply()).isEqualTo("3号冰丝阔腿裤直播价129元（AI回复）"));
        assertThat(parts.takeWording("r", "r-1")).isNull();
    }

    @Test
    void should_publish_a_held_reply_on_the_room_tick_without_waiting_for_another_event() throws Exception {
        GatedChatModel m = new GatedChatModel(LONG, r -> "宝子，" + GroundedPrompt.of(r).draft());
        try (WordingStage stage = WordingStage.builder().model(m).deadlineMillis(LONG).build()) {
            ModuleParts parts = new ModuleParts(() -> ModulePartsRestoreTest.CATALOG, TestServers::understander)
                    .wording(stage, ModuleParts.Delivery.HOLD);
            io.livecopilot.server.live.LiveRoom room = new io.livecopilot.server.live.LiveRoom("r", parts);
            assertThat(room.onEvent(new LiveEvent.Comment(T0, "r", "v1", "3号多少钱"))).isEmpty();
            assertThat(room.releaseHeld()).isEmpty(); // still being worded
            long before = room.feed().lastId();

            m.release();
            List<Reply> out = List.of();
            for (long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONG); out.isEmpty() && System.nanoTime() < end; ) {
                Thread.sleep(5);
                out = room.releaseHeld(); // what the server's one-second tick does
            }
            assertThat(out).singleElement().satisfies(r -> assertThat(r.reply()).isEqualTo("宝子，3号冰丝阔腿裤直播价129元（AI回复）"));
            List<io.livecopilot.server.live.RoomFeed.Item> published = room.feed().since(before).items();
            assertThat(published).singleElement().satisfies(i -> assertThat(i.event()).isEqualTo("reply"));
        }
    }
}
