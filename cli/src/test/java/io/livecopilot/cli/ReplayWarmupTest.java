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
        List<Long> rejectedPerFile = new ArrayList<>();
        long[] events = {0};
        double seconds = ReplayWarmup.run(f -> {
            if (!files.contains(f)) {
                files.add(f);
                long[] rejected = {0};
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
                rejectedPerFile.add(rejected[0]);
            }
        });
        // it ends with C2 held until the replay's clock ends (released by the replay; here by hand)
        assertThat(ReplayWarmup.c2Held()).isTrue();
        ReplayWarmup.releaseC2();
        assertThat(ReplayWarmup.c2Held()).isFalse();
        // five sessions of different sizes and lengths, fed in turn: first with the other shapes and broken lines, then without
        assertThat(files).hasSize(10);
        assertThat(files).allSatisfy(f -> assertThat(Files.exists(f)).isFalse());
        assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(EventType.COMMENT)));
        assertThat(rejectedPerFile.subList(0, 5)).allSatisfy(n -> assertThat(n).isPositive()); // the refusal path is warmed too
        assertThat(rejectedPerFile.subList(5, 10)).containsOnly(0L); // but not every round
        assertThat(events[0]).isGreaterThan(10_000);
        assertThat(seconds).isLessThanOrEqualTo(ReplayWarmup.MAX_SECONDS + 10); // the cap, and its ten first rounds
    }

    @Test
    void should_bring_a_young_collection_about_and_leave_room_for_the_replay() {
        long before = collections();
        ReplayWarmup.collectYoung();
        assertThat(collections()).isGreaterThan(before);
        assertThat(ReplayWarmup.edenRoom(1_000_000)).isTrue();
    }

    private static long collections() {
        long n = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) n += Math.max(0, gc.getCollectionCount());
        return n;
    }

    @Test
    void should_tell_an_idle_compiler_queue_from_a_busy_one() {
        assertThat(ReplayWarmup.idleQueue("Current compiles: \n\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n\n")).isTrue();
        assertThat(ReplayWarmup.idleQueue("Current compiles: \nC2 CompilerThread0  3871       4       java.lang.invoke.MethodType::makeImpl (109 bytes)\n"
                + "\nC1 compile queue:\nEmpty\n\nC2 compile queue:\nEmpty\n")).isFalse();
        assertThat(ReplayWarmup.idleQueue("Current compiles: \n\nC1 compile queue:\n 501       3       java.lang.invoke.MemberName::checkForTypeAlias (172 bytes)\n"
                + "\nC2 compile queue:\nEmpty\n")).isFalse();
    }

    @Test
    void should_hold_new_c2_compilations_through_the_jvms_diagnostic_command_until_released() throws Exception {
        ReplayWarmup.holdC2();
        try {
            assertThat(ReplayWarmup.c2Held()).isTrue();
            String directives = (String) java.lang.management.ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesPrint",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            assertThat(directives).contains("*.*").containsPattern("(?i)exclude:\\s*true");
        } finally {
            ReplayWarmup.releaseC2();
        }
        assertThat(ReplayWarmup.c2Held()).isFalse();
    }
}
