package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;

import java.io.IOException;
import java.io.InputStream;

/** The test catalogs of the script tests. */
final class TestCatalogs {
    private TestCatalogs() {}

    /** Twelve products over nine categories, one sold out (P08), written for these tests. */
    static Catalog twelve() {
        try (InputStream in = TestCatalogs.class.getResourceAsStream("/catalog12.json")) {
            ImportResult r = CatalogReader.read(in);
            if (!r.rejected().isEmpty()) throw new IllegalStateException(r.rejected().toString());
            return r.catalog();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
