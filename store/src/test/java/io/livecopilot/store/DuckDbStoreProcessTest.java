package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.port.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded store seen from two processes: durability after kill -9 and the single-writer file lock. */
class DuckDbStoreProcessTest {
    @TempDir
    Path dir;

    private Process child(String mode, Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), StoreChild.class.getName(), mode, file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    @Test
    void should_keep_every_append_that_returned_when_the_process_is_killed() throws Exception {
        Path file = dir.resolve("crash.duckdb");
        Process p = child("append", file);
        long lastAcknowledged = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lastAcknowledged = Long.parseLong(line.substring("appended ".length()));
                if (lastAcknowledged >= 20_000) break;
            }
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastAcknowledged).isGreaterThanOrEqualTo(20_000);
        try (Store s = DuckDbStore.openFile(file)) {
            long n = s.events().count("crash");
            assertThat(n).isGreaterThanOrEqualTo(lastAcknowledged);
            assertThat(n % 500).as("batches are all-or-nothing").isZero();
        }
    }

    @Test
    void should_say_clearly_that_another_process_holds_the_store() throws Exception {
        Path file = dir.resolve("locked.duckdb");
        Process p = child("hold", file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("open");
            assertThatThrownBy(() -> DuckDbStore.openFile(file))
                    .isInstanceOf(LiveCopilotException.class)
                    .hasMessage("the store " + file + " is in use by another process (PID " + p.pid()
                            + "), e.g. a running 'livecopilot serve' or 'demo': stop it, or use another --data directory");
        } finally {
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
