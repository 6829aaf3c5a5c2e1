package io.livecopilot.store;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.port.Store;

/** Opens the store that the settings ask for: the embedded database in the data directory, or PostgreSQL. */
public final class Stores {
    private Stores() {}

    /**
     * {@link PostgresStore} when {@link Settings#storeUrl()} is a {@code jdbc:postgresql:} URL, else the embedded
     * {@link DuckDbStore} in {@code dataDir/livecopilot.duckdb}.
     */
    public static Store open(Settings settings) {
        String url = settings.storeUrl();
        if (url == null || url.isBlank()) return DuckDbStore.open(settings.dataDir());
        if (url.startsWith("jdbc:postgresql:")) return PostgresStore.open(url);
        if (url.startsWith("jdbc:duckdb:")) return DuckDbStore.openFile(java.nio.file.Path.of(url.substring("jdbc:duckdb:".length())));
        throw LiveCopilotException.badInput("store url: must start with jdbc:postgresql: or jdbc:duckdb:, was \""
                + url.replaceAll("(?i)password=[^&]*", "password=***") + "\"");
    }
}
