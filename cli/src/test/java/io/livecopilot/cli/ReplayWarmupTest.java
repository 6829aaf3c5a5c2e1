package io.livecopilot.cli;

import io.livecopilot.core.event.EventReader;
import io.livecopilot.core.event.EventType;
import io.livecopilot.core.event.LiveEvent;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayWarmupTest {
    @Test
    void should_feed_every_event_type_from_files_it_removes_afterwards() {
        Set<EventType> seen = EnumSet.noneOf(EventType.class);
        List<Path> files = new ArrayList<>();
        long[] events = {0}, rejected = {0};
        double seconds = ReplayWarmup.run(f -> {
            if (!files.contains(f)) {
                files.add(f);
                EventReader.read(f, new EventReader.Sink() {
                    @Override
                    public void accept(LiveEvent e) {
                        seen.add(e.type());
                        events[0]++;
                    }

                    @Override
                    public void reject(long line, String reason) {
                        rejected[0]++;
                    }
                });
            }
        });
        assertThat(files).hasSize(3); // sessions of different sizes, fed in turn
        assertThat(files).allSatisfy(f -> assertThat(Files.exists(f)).isFalse());
        assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(EventType.COMMENT)));
        assertThat(rejected[0]).isPositive(); // the refusal path is warmed too
        assertThat(events[0]).isGreaterThan(10_000);
        assertThat(seconds).isLessThanOrEqualTo(ReplayWarmup.MAX_SECONDS + 1);
    }
}
