package io.livecopilot.testkit;

import io.livecopilot.core.catalog.AftersalePolicy;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.ShippingPolicy;
import io.livecopilot.core.catalog.Shop;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.EventLog.SessionInfo;
import io.livecopilot.core.port.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract of the {@link Store} ports: every implementation (embedded, PostgreSQL) extends this class and passes
 * the same tests. Rooms are named per test so that a shared database can run it.
 */
public abstract class StoreContract {
    /** 2026-11-28T20:00:00+08:00. */
    protected static final long T0 = 1_795_867_200_000L;

    protected Store store;
    protected String room;

    /** Opens the store under test at its location; called again by the durability tests to reopen it. */
    protected abstract Store open();

    @BeforeEach
    void openStore() {
        store = open();
        room = "contract-" + getClass().getSimpleName() + "-" + Long.toHexString(System.nanoTime()) + "-";
        store.catalog().clear();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    protected Store reopen() {
        store.close();
        store = open();
        return store;
    }

    private static Product product(String id, int link, String name, String price) {
        return new Product(id, link, name, List.of(name + "别名"), "女装", new BigDecimal(price), null, 10, List.of("黑色"),
                null, java.util.Map.of("面料", "棉"), List.of("好看"), null, null, null, null, null, null);
    }

    @Test
    void should_load_an_empty_catalog_when_nothing_was_imported() {
        assertThat(store.catalog().load()).isEqualTo(Catalog.EMPTY);
    }

    @Test
    void should_keep_the_catalog_across_reopening_in_list_order() {
        Shop shop = new Shop("小店", new ShippingPolicy("中通", 48, true, List.of("新疆")), new AftersalePolicy(7, true, null));
        Catalog c = new Catalog(shop, List.of(product("P02", 2, "裙子", "129.00"), product("P01", 1, "T恤", "59.90")));
        store.catalog().upsert(c);
        assertThat(reopen().catalog().load()).isEqualTo(c);
    }

    @Test
    void should_replace_products_by_id_and_add_new_ones_at_the_end() {
        store.catalog().upsert(new Catalog(Shop.UNKNOWN, List.of(product("A", 1, "甲", "1.00"), product("B", 2, "乙", "2.00"))));
        Shop shop = new Shop("店", null, null);
        store.catalog().upsert(new Catalog(shop, List.of(product("C", 3, "丙", "3.00"), product("A", 1, "甲新", "9.90"))));
        Catalog now = store.catalog().load();
        assertThat(now.products()).extracting(Product::id).containsExactly("A", "B", "C");
        assertThat(now.byId("A").orElseThrow().name()).isEqualTo("甲新");
        assertThat(now.shop()).isEqualTo(shop);
        store.catalog().upsert(new Catalog(Shop.UNKNOWN, List.of(product("D", 4, "丁", "4.00"))));
        assertThat(store.catalog().load().shop()).isEqualTo(shop);
        store.catalog().clear();
        assertThat(store.catalog().load()).isEqualTo(Catalog.EMPTY);
    }

    /** One event of every type, in the given room. */
    protected static List<LiveEvent> everyType(String room, long t) {
        return List.of(
                new LiveEvent.Enter(t, room, "u1", "recommend"),
                new LiveEvent.Online(t + 1, room, null, 120),
                new LiveEvent.Comment(t + 2, room, "u1", "3号链接多少钱😀\"引号\""),
                new LiveEvent.Like(t + 3, room, "u1", 12),
                new LiveEvent.Follow(t + 4, room, "u1"),
                new LiveEvent.Share(t + 5, room, "u1"),
                new LiveEvent.Gift(t + 6, room, "u1", new BigDecimal("9.90")),
                new LiveEvent.Segment(t + 7, room, null, "pitch", "P03", "s1"),
                new LiveEvent.ProductShow(t + 8, room, null, "P03"),
                new LiveEvent.ProductClick(t + 9, room, "u1", "P03"),
                new LiveEvent.AddToCart(t + 10, room, "u1", "P03", 2),
                new LiveEvent.Order(t + 11, room, "u1", "o1", "P03", 2, new BigDecimal("258.00")),
                new LiveEvent.Pay(t + 12, room, "u1", "o1", new BigDecimal("258.00")),
                new LiveEvent.Refund(t + 13, room, "u1", "o1", new BigDecimal("0.005")),
                new LiveEvent.Coupon(t + 14, room, null, "满200减30", null, new BigDecimal("30.00")),
                new LiveEvent.Leave(t + 15, room, "u1"));
    }

    @Test
    void should_read_back_every_event_type_unchanged() {
        List<LiveEvent> all = everyType(room + "r", T0);
        store.events().append(all);
        List<LiveEvent> back = new ArrayList<>();
        store.events().read(room + "r", back::add);
        assertThat(back).containsExactlyElementsOf(all);
    }

    @Test
    void should_read_in_timestamp_order_with_ties_in_append_order() {
        String r = room + "order";
        store.events().append(List.of(new LiveEvent.Follow(T0 + 50, r, "late"), new LiveEvent.Follow(T0, r, "tie1")));
        store.events().append(List.of(new LiveEvent.Follow(T0, r, "tie2"), new LiveEvent.Follow(T0 - 10, r, "early")));
        List<String> users = new ArrayList<>();
        store.events().read(r, e -> users.add(e.user()));
        assertThat(users).containsExactly("early", "tie1", "tie2", "late");
        List<String> window = new ArrayList<>();
        store.events().read(r, T0, T0 + 50, e -> window.add(e.user()));
        assertThat(window).containsExactly("tie1", "tie2");
    }

    @Test
    void should_count_rooms_and_events_and_split_sessions_at_gaps() {
        String a = room + "a", b = room + "b";
        List<LiveEvent> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) batch.add(new LiveEvent.Like(T0 + i * 1000L, a, "u" + i, 1));
        for (int i = 0; i < 30; i++) batch.add(new LiveEvent.Like(T0 + 86_400_000L + i * 60_000L, a, "u" + i, 1));
        batch.add(new LiveEvent.Enter(T0, b, "x", null));
        store.events().append(batch);
        assertThat(store.events().rooms()).filteredOn(x -> x.startsWith(room)).containsExactly(a, b);
        assertThat(store.events().count(a)).isEqualTo(130);
        assertThat(store.events().count(b)).isEqualTo(1);
        assertThat(store.events().count(room + "none")).isZero();
        assertThat(store.events().sessions(a, 30 * 60_000L)).containsExactly(
                new SessionInfo(a, T0, T0 + 99_000L, 100),
                new SessionInfo(a, T0 + 86_400_000L, T0 + 86_400_000L + 29 * 60_000L, 30));
        assertThat(store.events().sessions(a, 30_000L)).hasSize(31);
        assertThat(store.events().sessions(room + "none", 1000)).isEmpty();
    }

    @Test
    void should_keep_appended_events_across_reopening() {
        String r = room + "durable";
        store.events().append(everyType(r, T0));
        assertThat(reopen().events().count(r)).isEqualTo(16);
        store.events().append(everyType(r, T0 + 100));
        List<LiveEvent> back = new ArrayList<>();
        store.events().read(r, back::add);
        assertThat(back).hasSize(32);
        assertThat(back.get(31)).isEqualTo(new LiveEvent.Leave(T0 + 115, r, "u1"));
    }

    @Test
    void should_append_a_large_random_batch_exactly() {
        String r = room + "big";
        SplittableRandom rnd = new SplittableRandom(7);
        List<LiveEvent> batch = new ArrayList<>();
        long likes = 0;
        for (int i = 0; i < 50_000; i++) {
            int n = 1 + rnd.nextInt(5);
            likes += n;
            batch.add(new LiveEvent.Like(T0 + rnd.nextInt(3_600_000), r, "u" + rnd.nextInt(2000), n));
        }
        store.events().append(batch);
        assertThat(store.events().count(r)).isEqualTo(50_000);
        long[] sum = {0, Long.MIN_VALUE};
        boolean[] ordered = {true};
        store.events().read(r, e -> {
            sum[0] += ((LiveEvent.Like) e).count();
            if (e.ts() < sum[1]) ordered[0] = false;
            sum[1] = e.ts();
        });
        assertThat(sum[0]).isEqualTo(likes);
        assertThat(ordered[0]).isTrue();
    }
}
