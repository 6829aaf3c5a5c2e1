package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.event.LiveEvent;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** An assistant rebuilt from a room's stored events (a server restart) knows what the live one knew, and says nothing again. */
class LiveAssistantRestoreTest {
    private static final long T0 = 1_764_331_200_000L;
    private final Catalog catalog = Fixtures.catalog();

    private LiveAssistant assistant(AtomicInteger understood) {
        KeywordUnderstander k = new KeywordUnderstander();
        return LiveAssistant.builder().catalog(catalog).room("r1").understander((text, c, show) -> {
            understood.incrementAndGet();
            return k.understand(text, c, show);
        }).build();
    }

    /** Ten minutes of a room: products shown, coupons, clicks, orders, and a question burst in the last minute. */
    private static List<LiveEvent> session() {
        List<LiveEvent> ev = new ArrayList<>();
        Random r = new Random(5);
        ev.add(new LiveEvent.ProductShow(T0, "r1", null, "P01"));
        for (int i = 0; i < 400; i++) ev.add(new LiveEvent.Comment(T0 + 1000 + i * 500L, "r1", "old" + i, i % 2 == 0 ? "1号多少钱" : "能发新疆吗"));
        ev.add(new LiveEvent.Coupon(T0 + 300_000, "r1", null, "满80减15", "P03", new BigDecimal("15")));
        ev.add(new LiveEvent.ProductShow(T0 + 420_000, "r1", null, "P03"));
        ev.add(new LiveEvent.ProductClick(T0 + 430_000, "r1", "fan", "P05"));
        ev.add(new LiveEvent.Order(T0 + 431_000, "r1", "fan", "o1", "P05", 1, new BigDecimal("99")));
        for (int i = 0; i < 300; i++) {
            long ts = T0 + 545_000 + i * 180L;
            String text = switch (r.nextInt(3)) {
                case 0 -> "这个多少钱";
                case 1 -> "新疆包邮吗";
                default -> "主播好";
            };
            ev.add(new LiveEvent.Comment(ts, "r1", "v" + i, text));
            if (i % 50 == 0) ev.add(new LiveEvent.Enter(ts, "r1", "e" + i, "recommend"));
        }
        return ev;
    }

    @Test
    void should_know_the_product_on_show_coupons_viewers_and_the_last_minute_questions_after_a_restore() {
        AtomicInteger liveCalls = new AtomicInteger(), restoredCalls = new AtomicInteger();
        LiveAssistant live = assistant(liveCalls);
        LiveAssistant rebuilt = assistant(restoredCalls);
        for (LiveEvent e : session()) {
            live.onEvent(e);
            rebuilt.restore(e);
        }
        assertThat(rebuilt.productOnShow()).isEqualTo("P03");
        assertThat(rebuilt.stats().replies()).isZero();
        assertThat(rebuilt.pending()).isEmpty();
        assertThat(rebuilt.topQuestions(5)).isEqualTo(live.topQuestions(5));
        assertThat(rebuilt.topQuestions(5)).extracting(QuestionGroup::intent).containsExactly("ask_shipping", "ask_price");
        assertThat(rebuilt.topQuestions(5).get(1).product()).isEqualTo("P03");
        // only the comments of the last minute were understood again, not the whole session
        assertThat(restoredCalls.get()).isEqualTo(300);
        assertThat(rebuilt.ask("这个多少钱", "new", null).reply())
                .isEqualTo("3号316保温杯直播价89元（原价129元），直播间发了满80减15券，领券到手74元（AI回复）");
        // the viewer who clicked and bought the face mask gets the same recommendation from both
        assertThat(rebuilt.ask("推荐一个", "fan", null).recommend()).isEqualTo(live.ask("推荐一个", "fan", null).recommend());
    }

    @Test
    void should_forget_restored_questions_once_the_live_window_moves_past_them() {
        LiveAssistant a = assistant(new AtomicInteger());
        for (LiveEvent e : session()) a.restore(e);
        long last = T0 + 545_000 + 299 * 180L;
        a.onEvent(new LiveEvent.Comment(last + 120_000, "r1", "late", "主播好"));
        assertThat(a.topQuestions(5)).isEmpty();
    }

    @Test
    void should_rebuild_through_a_backlog_the_same_as_directly() {
        AtomicInteger n = new AtomicInteger();
        LiveAssistant direct = assistant(n);
        LiveAssistant later = assistant(n);
        RoomBacklog backlog = new RoomBacklog();
        for (LiveEvent e : session()) {
            direct.restore(e);
            backlog.add(e);
        }
        // 300 comments of the window, 2 products shown, 1 coupon, 1 click and 1 order; entries are not kept
        assertThat(backlog.size()).isEqualTo(305);
        backlog.drainTo(later);
        assertThat(backlog.size()).isZero();
        assertThat(later.productOnShow()).isEqualTo("P03");
        assertThat(later.topQuestions(5)).isEqualTo(direct.topQuestions(5));
        assertThat(later.ask("这个多少钱", "x", null).reply()).isEqualTo(direct.ask("这个多少钱", "y", null).reply());
    }

    @Test
    void should_keep_a_backlog_bounded_on_a_very_long_session() {
        RoomBacklog b = new RoomBacklog(60_000, 1_000);
        for (int i = 0; i < 200_000; i++) {
            long ts = T0 + i * 10L;
            b.add(new LiveEvent.Comment(ts, "r1", "u" + i, "多少钱"));
            b.add(new LiveEvent.ProductClick(ts, "r1", "u" + i, "P0" + (1 + i % 9)));
            if (i % 100 == 0) b.add(new LiveEvent.Coupon(ts, "r1", null, "减" + i, null, BigDecimal.ONE));
            if (i % 7 == 0) b.add(new LiveEvent.ProductShow(ts, "r1", null, "P0" + (1 + i % 9)));
        }
        assertThat(b.size()).isLessThanOrEqualTo(1_000 + 1_000 + LiveCoupons.MAX + 16);
    }
}
