package io.livecopilot.core.port;

import io.livecopilot.core.catalog.Catalog;

/** Where the catalog is kept. */
public interface CatalogStore {
    /** The stored catalog, {@link Catalog#EMPTY} when nothing was imported. */
    Catalog load();

    /** Adds the catalog's products (replacing those with the same id) and its shop when known; durable on return. */
    void upsert(Catalog catalog);

    /** Removes every product and the shop. */
    void clear();
}
