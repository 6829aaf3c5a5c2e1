package io.livecopilot.core.port;

/** A store that keeps both the catalog and the event log: the embedded database by default, PostgreSQL when configured. */
public interface Store extends AutoCloseable {
    CatalogStore catalog();

    EventLog events();

    /** A short description for logs ("duckdb:/home/x/.livecopilot/livecopilot.duckdb"), never containing secrets. */
    String describe();

    @Override
    void close();
}
