package io.livecopilot.cli;

import io.livecopilot.core.event.EventCodec;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.port.Store;
import io.livecopilot.core.pipeline.EventCounters;
import io.livecopilot.core.pipeline.RoomPipeline;
import io.livecopilot.simulator.Simulation;
import io.livecopilot.simulator.SimulationConfig;
import io.livecopilot.simulator.Simulator;
import io.livecopilot.store.BatchingEventWriter;
import io.livecopilot.store.DuckDbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReplayCommandTest {
    @TempDir
    static Path dir;
    static Path file;
    static Simulation sim;

    @BeforeAll
    static void simulate() {
        file = dir.resolve("s.jsonl");
        sim = Simulator.write(SimulationConfig.builder().minutes(30).viewers(2000).seed(7).build(), file);
    }

    private static ReplayCommand.Replay replay(Path f, Double speed, BatchingEventWriter w) {
        ReplayCommand.Replay r = new ReplayCommand.Replay(Wiring.countingPipeline(o -> { }), speed, w, () -> 0L);
        r.run(f, 2);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> counts(Map<String, Object> summary) {
        return (Map<String, Object>) ((Map<String, Object>) summary.get("metrics")).get("counts");
    }

    @Test
    void should_count_every_event_of_a_simulated_session() {
        Map<String, Object> s = replay(file, null, null).summary();
        assertThat(s.get("events")).isEqualTo((long) sim.events().size());
        assertThat(s.get("rejected")).asList().isEmpty();
        assertThat(counts(s).get("comment")).isEqualTo(sim.truth().at("/counts/comment").asLong());
        assertThat(counts(s).get("pay")).isEqualTo(sim.truth().at("/counts/pay").asLong());
        assertThat(s.get("rooms")).isEqualTo(List.of("sim-7"));
        assertThat(s).containsKeys("seconds", "events_per_second", "replies", "top_questions");
    }

    @Test
    void should_reject_exactly_the_five_corrupted_lines_with_their_numbers() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        String[] bad = {"{\"ts\":1,\"room\":\"sim-7\",\"type\":\"teleport\",\"user\":\"u\"}", "this is not json",
                "{\"ts\":1,\"room\":\"sim-7\",\"type\":\"pay\",\"order_id\":\"o\",\"amount\":\"abc\"}", "{\"room\":\"sim-7\",\"type\":\"like\",\"user\":\"u\"}",
                "{\"ts\":1,\"room\":\"sim-7\",\"type\":\"comment\",\"user\":\"u\",\"text\":\"没写完"};
        int[] at = {10, 2000, 5000, 9000, lines.size() + 4};
        for (int i = 0; i < 5; i++) lines.add(at[i] - 1, bad[i]);
        Path f = dir.resolve("bad.jsonl");
        Files.write(f, lines);
        Map<String, Object> s = replay(f, null, null).summary();
        assertThat(s.get("events")).isEqualTo((long) sim.events().size());
        assertThat(s.get("rejected")).isEqualTo(List.of(
                Map.of("line", 10L, "reason", "type: unknown type \"teleport\""),
                Map.of("line", 2000L, "reason", "invalid JSON: Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')"),
                Map.of("line", 5000L, "reason", "amount: must be a decimal amount of yuan, was \"abc\""),
                Map.of("line", 9000L, "reason", "ts: is required"),
                Map.of("line", (long) at[4], "reason", "invalid JSON: Unexpected end-of-input in VALUE_STRING")));
    }

    @Test
    void should_name_a_missing_file_and_a_file_that_is_not_a_regular_one() {
        ReplayCommand missing = new ReplayCommand();
        missing.file = dir.resolve("nowhere.jsonl");
        org.assertj.core.api.Assertions.assertThatThrownBy(missing::call)
                .isInstanceOf(io.livecopilot.core.LiveCopilotException.class).hasMessageEndingWith("nowhere.jsonl: no such file");
        ReplayCommand directory = new ReplayCommand();
        directory.file = dir;
        org.assertj.core.api.Assertions.assertThatThrownBy(directory::call)
                .isInstanceOf(io.livecopilot.core.LiveCopilotException.class).hasMessageContaining(": not a regular file (replay reads a recorded file");
    }

    @Test
    void should_record_the_session_in_the_store_before_returning() {
        Path db = dir.resolve("store.duckdb");
        try (Store st = DuckDbStore.openFile(db)) {
            Map<String, Object> s = replay(file, null, new BatchingEventWriter(st.events(), 1000, 4)).summary();
            assertThat(s.get("stored")).isEqualTo((long) sim.events().size());
            assertThat(st.events().count("sim-7")).isEqualTo(sim.events().size());
            List<LiveEvent> back = new ArrayList<>();
            st.events().read("sim-7", back::add);
            assertThat(back).isEqualTo(sim.events());
            assertThat(st.events().sessions("sim-7", 30 * 60_000L)).hasSize(1);
        }
    }

    @Test
    void should_pace_events_by_their_timestamps_at_the_given_speed() throws Exception {
        Path f = dir.resolve("paced.jsonl");
        long t0 = SimulationConfig.DEFAULT_START;
        Files.writeString(f, EventCodec.toJson(new LiveEvent.Follow(t0, "r", "a")) + "\n"
                + EventCodec.toJson(new LiveEvent.Follow(t0 + 2000, "r", "b")) + "\n");
        ReplayCommand.Replay r = replay(f, 10.0, null);
        assertThat(r.seconds).isGreaterThanOrEqualTo(0.19);
        assertThat(r.summary().get("events")).isEqualTo(2L);
    }

    @Test
    void should_route_each_room_to_its_own_operators() {
        RoomPipeline p = new RoomPipeline(o -> { }).add(room -> new EventCounters());
        p.accept(new LiveEvent.Follow(1, "a", "u"));
        p.accept(new LiveEvent.Follow(2, "b", "u"));
        p.accept(new LiveEvent.Share(3, "a", "u"));
        assertThat(p.rooms()).containsExactly("a", "b");
        assertThat(((EventCounters) p.operators("a").get(0)).total()).isEqualTo(2);
        assertThat(((EventCounters) p.operators("b").get(0)).total()).isEqualTo(1);
        assertThat(p.summarize()).containsOnlyKeys("rooms");
    }

    @Test
    void should_see_another_process_kept_busy_beside_the_replay_and_then_choose_one_thread() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() == 2, "the rule for two cores");
        Process busy = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
        try {
            Thread.sleep(100);
            assertThat(ReplayCommand.otherRunnable(3)).isGreaterThanOrEqualTo(1);
            assertThat(ReplayCommand.defaultThreads()).isEqualTo(1);
        } finally {
            busy.destroyForcibly().waitFor();
        }
    }

    @Test
    void should_not_count_its_own_busy_threads_as_other_processes() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/task")), "needs Linux /proc");
        int before = ReplayCommand.otherRunnable(3);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> spinners = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> { while (!stop.get()) Thread.onSpinWait(); });
            t.setDaemon(true);
            t.start();
            spinners.add(t);
        }
        try {
            // three busy threads of this process: a count that took them for other processes' would grow by ~3
            assertThat(ReplayCommand.otherRunnable(3)).isLessThan(before + 3);
        } finally {
            stop.set(true);
            for (Thread t : spinners) t.join();
        }
    }
}
