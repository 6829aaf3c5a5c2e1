package io.livecopilot.script;

import io.livecopilot.core.catalog.Catalog;

/** Gives tests in other packages the test catalogs. */
public final class TestCatalogAccess {
    private TestCatalogAccess() {}

    public static Catalog twelve() {
        return TestCatalogs.twelve();
    }
}
