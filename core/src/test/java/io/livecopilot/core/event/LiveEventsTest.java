package io.livecopilot.core.event;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LiveEventsTest {
    @Test
    void should_read_the_same_time_room_and_type_as_the_interface_for_every_type() {
        List<LiveEvent> all = EventCodecTest.oneOfEachType();
        assertThat(all).extracting(LiveEvents::type).containsExactly(EventType.values());
        for (LiveEvent e : all) {
            assertThat(LiveEvents.ts(e)).as("ts of %s", e).isEqualTo(e.ts());
            assertThat(LiveEvents.room(e)).as("room of %s", e).isSameAs(e.room());
            assertThat(LiveEvents.type(e)).as("type of %s", e).isSameAs(e.type());
        }
    }

    @Test
    void should_agree_with_the_interface_on_many_random_events_of_every_type() {
        SplittableRandom rnd = new SplittableRandom(7);
        List<LiveEvent> events = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            long ts = rnd.nextLong(-4_000_000_000_000L, 4_000_000_000_000L);
            String room = "房间" + rnd.nextInt(5);
            String user = rnd.nextInt(10) == 0 ? null : "u" + rnd.nextInt(3000);
            BigDecimal money = BigDecimal.valueOf(rnd.nextInt(100_000), 2);
            events.add(switch (EventType.values()[rnd.nextInt(EventType.values().length)]) {
                case ENTER -> new LiveEvent.Enter(ts, room, user, "recommend");
                case LEAVE -> new LiveEvent.Leave(ts, room, user);
                case ONLINE -> new LiveEvent.Online(ts, room, null, rnd.nextInt(10_000));
                case COMMENT -> new LiveEvent.Comment(ts, room, user, "多少钱");
                case LIKE -> new LiveEvent.Like(ts, room, user, 1 + rnd.nextInt(20));
                case FOLLOW -> new LiveEvent.Follow(ts, room, user);
                case SHARE -> new LiveEvent.Share(ts, room, user);
                case GIFT -> new LiveEvent.Gift(ts, room, user, money);
                case SEGMENT -> new LiveEvent.Segment(ts, room, null, "pitch", "P01", null);
                case PRODUCT_SHOW -> new LiveEvent.ProductShow(ts, room, null, "P01");
                case PRODUCT_CLICK -> new LiveEvent.ProductClick(ts, room, user, "P01");
                case ADD_TO_CART -> new LiveEvent.AddToCart(ts, room, user, "P01", 1);
                case ORDER -> new LiveEvent.Order(ts, room, user, "o" + i, "P01", 1, money);
                case PAY -> new LiveEvent.Pay(ts, room, user, "o" + i, money);
                case REFUND -> new LiveEvent.Refund(ts, room, user, "o" + i, money);
                case COUPON -> new LiveEvent.Coupon(ts, room, null, "满99减10", null, money);
            });
        }
        for (LiveEvent e : events) {
            assertThat(LiveEvents.ts(e)).isEqualTo(e.ts());
            assertThat(LiveEvents.room(e)).isSameAs(e.room());
            assertThat(LiveEvents.type(e)).isSameAs(e.type());
        }
    }
}
