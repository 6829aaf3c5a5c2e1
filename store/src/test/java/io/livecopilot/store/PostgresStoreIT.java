package io.livecopilot.store;

import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;
import io.livecopilot.testkit.StoreContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store contract against a real PostgreSQL server; runs only when {@code LIVECOPILOT_TEST_PG_URL} names one
 * ({@code jdbc:postgresql://127.0.0.1:5432/lc_test?user=postgres}): {@code mvn -pl store -am verify}.
 */
@EnabledIfEnvironmentVariable(named = "LIVECOPILOT_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresStoreIT extends StoreContract {
    private static String url() {
        return System.getenv("LIVECOPILOT_TEST_PG_URL");
    }

    @Override
    protected Store open() {
        return PostgresStore.open(url());
    }

    @Test
    void should_be_chosen_by_a_postgresql_store_url() {
        Settings s = Settings.load(Path.of("unused"), Map.of("LIVECOPILOT_STORE_URL", url()));
        try (Store other = Stores.open(s)) {
            assertThat(other).isInstanceOf(PostgresStore.class);
            assertThat(other.describe()).doesNotContain("password=").isNotBlank();
        }
    }
}
