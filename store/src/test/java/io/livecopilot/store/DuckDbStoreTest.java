package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.testkit.StoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DuckDbStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    protected Store open() {
        return DuckDbStore.open(dir);
    }

    @Test
    void should_create_the_file_in_the_data_directory_of_the_settings() {
        store.close();
        Path data = dir.resolve("home");
        try (Store s = Stores.open(Settings.load(data, Map.of()))) {
            assertThat(s.describe()).isEqualTo("duckdb:" + data.resolve("livecopilot.duckdb").toAbsolutePath());
        }
        assertThat(data.resolve("livecopilot.duckdb")).isRegularFile();
        store = open();
    }

    @Test
    void should_record_the_schema_version_once() throws Exception {
        store.close();
        store = open();
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DuckDbStore.FILE));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo("V1__catalog_and_events.sql");
            assertThat(rs.next()).isFalse();
            assertThat(Migrations.current(c)).isEqualTo(Migrations.scripts("duckdb").size());
        }
        store = open();
    }

    @Test
    void should_refuse_a_store_written_by_a_newer_schema() throws Exception {
        store.close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DuckDbStore.FILE));
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO schema_version VALUES (99, 'V99__future.sql', 0)");
        }
        assertThatThrownBy(this::open).isInstanceOf(LiveCopilotException.class)
                .hasMessage("the store's schema is version 99 but this program knows only up to 1: it was written by a newer LiveCopilot");
        store = null;
    }

    @Test
    void should_refuse_an_unknown_store_url() {
        Settings s = new Settings(dir, null, null, "m", 1000, null, "jdbc:mysql://x/y?password=secret", 7070);
        assertThatThrownBy(() -> Stores.open(s)).isInstanceOf(LiveCopilotException.class)
                .hasMessage("store url: must start with jdbc:postgresql: or jdbc:duckdb:, was \"jdbc:mysql://x/y?password=***\"");
    }
}
