package io.livecopilot.cli;

import io.livecopilot.assistant.LiveAssistant;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.Timestamps;
import io.livecopilot.core.port.Store;
import io.livecopilot.nlp.BuiltinUnderstander;
import io.livecopilot.simulator.DemoCatalog;
import io.livecopilot.store.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AskCommandTest {
    @TempDir
    Path dir;

    private static final long T = Timestamps.parse("2026-11-28T20:00:00+08:00");

    @Test
    void should_answer_in_the_context_of_the_rooms_recorded_events() {
        LiveAssistant inRoom = LiveAssistant.builder().catalog(DemoCatalog.load()).understander(BuiltinUnderstander.load(null)).room("r1").build();
        LiveAssistant elsewhere = LiveAssistant.builder().catalog(DemoCatalog.load()).understander(BuiltinUnderstander.load(null)).room("r2").build();
        try (Store st = Stores.open(Settings.load(dir.resolve("data"), Map.of()))) {
            st.events().append(List.of(
                    new LiveEvent.ProductShow(T, "r1", null, "P02"),
                    new LiveEvent.Coupon(T + 1000, "r1", null, "10元无门槛券", null, new BigDecimal("10.00")),
                    new LiveEvent.ProductShow(T + 2000, "r2", null, "P05")));
            assertThat(AskCommand.restore(inRoom, st, "r1")).isEqualTo(2);
            assertThat(AskCommand.restore(elsewhere, st, "nobody")).isZero();
        }
        String reply = inRoom.ask("这个多少钱", "u1", null).reply();
        assertThat(reply).startsWith("2号").contains("10元无门槛券");
        // without the room's events, "这个" names nothing: the assistant asks which one
        assertThat(elsewhere.ask("这个多少钱", "u1", null).reply()).doesNotStartWith("2号");
    }

    @Test
    void should_read_a_file_with_bytes_that_are_not_utf8_line_by_line_instead_of_failing() throws Exception {
        Path f = dir.resolve("comments.txt");
        byte[] good = "这个多少钱\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xE4, (byte) 0xB8, 'x', (byte) 0xFF, (byte) 0xC0, '\n'};
        byte[] last = "有没有M码".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        all.write(good);
        all.write(bad);
        all.write(last);
        Files.write(f, all.toByteArray());
        try (BufferedReader in = AskCommand.open(f.toString())) {
            assertThat(in.readLine()).isEqualTo("这个多少钱");
            assertThat(in.readLine()).contains("\uFFFD").contains("x");
            assertThat(in.readLine()).isEqualTo("有没有M码");
            assertThat(in.readLine()).isNull();
        }
    }
}
