package io.livecopilot.server;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.server.live.LiveRoom;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** A room rebuilt while the language models still load: its assistant gets the room's state once they are there. */
class ModulePartsRestoreTest {
    static final long T0 = 1_795_867_200_000L;
    static final Catalog CATALOG = CatalogReader.readText("{\"products\":["
            + "{\"id\":\"P01\",\"link_no\":1,\"name\":\"羊毛围巾\",\"price\":\"99.00\"},"
            + "{\"id\":\"P03\",\"link_no\":3,\"name\":\"冰丝阔腿裤\",\"price\":\"129.00\",\"stock\":300}]}").catalog();

    @Test
    void should_fold_the_stored_events_into_the_assistant_once_the_understander_is_ready() {
        AtomicReference<CommentUnderstander> nlu = new AtomicReference<>();
        ModuleParts parts = new ModuleParts(() -> CATALOG, nlu::get).whileLoading();
        LiveRoom room = new LiveRoom("r", parts);
        room.restore(new LiveEvent.ProductShow(T0, "r", null, "P03"));
        room.restore(new LiveEvent.Coupon(T0 + 1_000, "r", null, "满100减20", null, new BigDecimal("20")));
        for (int i = 0; i < 6; i++) room.restore(new LiveEvent.Comment(T0 + 10_000 + i * 1_000, "r", "v" + i, "这个多少钱"));
        // a live comment while the models load: no reply, but it is remembered too
        assertThat(room.onEvent(new LiveEvent.Comment(T0 + 20_000, "r", "w", "这个多少钱"))).isEmpty();
        assertThat(room.topQuestions(3)).isEmpty();

        nlu.set(TestServers.understander());
        List<Map<String, Object>> top = room.topQuestions(3);
        assertThat(top).hasSize(1);
        assertThat(top.get(0)).containsEntry("intent", "ask_price").containsEntry("product", "P03").containsEntry("count", 7);
        assertThat(room.ask("这个多少钱", "x", null).get("reply")).isEqualTo("3号冰丝阔腿裤直播价129元，直播间发了满100减20券，领券到手109元（AI回复）");
        // the feed has the live comment, untagged, and no reply
        assertThat(room.feed().since(0).items()).singleElement().satisfies(i -> assertThat(i.event()).isEqualTo("comment"));
    }
}
