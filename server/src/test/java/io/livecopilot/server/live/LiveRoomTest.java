package io.livecopilot.server.live;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.server.ModuleParts;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LiveRoomTest {
    static final long T0 = 1_795_867_200_000L;

    static List<LiveEvent> randomSession(String room, int n, long seed) {
        Random rnd = new Random(seed);
        List<LiveEvent> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long ts = T0 + i * 250L;
            String u = "u" + rnd.nextInt(500);
            out.add(switch (rnd.nextInt(6)) {
                case 0 -> new LiveEvent.Enter(ts, room, u, "recommend");
                case 1 -> new LiveEvent.Leave(ts, room, u);
                case 2 -> new LiveEvent.Comment(ts, room, u, "有没有M码");
                case 3 -> new LiveEvent.Like(ts, room, u, 1 + rnd.nextInt(5));
                case 4 -> new LiveEvent.ProductClick(ts, room, u, "P01");
                default -> new LiveEvent.Pay(ts, room, u, "o" + i, new java.math.BigDecimal("59.90"));
            });
        }
        return out;
    }

    @Test
    void should_have_the_same_metrics_when_rebuilt_as_when_fed_live() {
        ModuleParts parts = new ModuleParts(() -> io.livecopilot.core.catalog.Catalog.EMPTY, () -> null);
        LiveRoom live = new LiveRoom("r", parts);
        LiveRoom rebuilt = new LiveRoom("r", parts);
        for (LiveEvent e : randomSession("r", 20_000, 3)) {
            live.onEvent(e);
            rebuilt.restore(e);
        }
        assertThat(rebuilt.metrics()).isEqualTo(live.metrics());
        assertThat(live.events()).isEqualTo(20_000);
        assertThat(live.lastTs()).isEqualTo(T0 + 19_999 * 250L);
    }

    @Test
    void should_publish_every_comment_on_the_feed_even_without_an_assistant() {
        LiveRoom room = new LiveRoom("r", new ModuleParts(() -> io.livecopilot.core.catalog.Catalog.EMPTY, () -> null));
        room.onEvent(new LiveEvent.Comment(T0, "r", "u1", "<b>能发新疆吗</b>"));
        RoomFeed.Since s = room.feed().since(0);
        assertThat(s.items()).hasSize(1);
        assertThat(s.items().get(0).event()).isEqualTo("comment");
        assertThat(((java.util.Map<?, ?>) s.items().get(0).data()).get("comment")).isEqualTo("<b>能发新疆吗</b>");
    }

    @Test
    void should_refuse_an_event_of_another_room_and_answer_501_for_a_missing_assistant() {
        LiveRoom room = new LiveRoom("r", new ModuleParts(() -> io.livecopilot.core.catalog.Catalog.EMPTY, () -> null));
        assertThatThrownBy(() -> room.onEvent(new LiveEvent.Enter(T0, "other", "u", null)))
                .isInstanceOf(LiveCopilotException.class).hasMessageContaining("\"other\"");
        assertThatThrownBy(() -> room.topQuestions(5)).isInstanceOf(LiveCopilotException.class)
                .satisfies(e -> assertThat(((LiveCopilotException) e).kind().httpStatus()).isEqualTo(501));
    }

    @Test
    void should_replay_a_ring_buffer_after_the_last_id_and_say_when_older_items_were_dropped() {
        RoomFeed feed = new RoomFeed(4);
        for (int i = 1; i <= 10; i++) feed.publish("reply", i);
        RoomFeed.Since recent = feed.since(8);
        assertThat(recent.items()).extracting(RoomFeed.Item::id).containsExactly(9L, 10L);
        assertThat(recent.gap()).isFalse();
        RoomFeed.Since old = feed.since(2);
        assertThat(old.items()).extracting(RoomFeed.Item::id).containsExactly(7L, 8L, 9L, 10L);
        assertThat(old.gap()).isTrue();
        assertThat(feed.since(10).items()).isEmpty();
    }
}
