package io.livecopilot.simulator;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;

import java.io.IOException;
import java.io.InputStream;

/**
 * The demo catalog written by the project: 33 products over 10 categories of a Chinese live-selling shop, with
 * size charts, variants, attributes, promotions, FAQs and the shop's shipping and after-sale policy.
 */
public final class DemoCatalog {
    /** The classpath resource that holds the catalog in the JSON form of spec/catalog.md. */
    public static final String RESOURCE = "/io/livecopilot/simulator/demo-catalog.json";

    private static volatile Catalog cached;

    private DemoCatalog() {}

    /** The demo catalog, read through {@link CatalogReader} (read once, then shared; it is immutable). */
    public static Catalog load() {
        Catalog c = cached;
        if (c == null) {
            ImportResult r = CatalogReader.readText(json());
            if (!r.rejected().isEmpty()) {
                throw LiveCopilotException.internal("demo catalog is broken: " + r.rejected(), null);
            }
            cached = c = r.catalog();
        }
        return c;
    }

    /** The demo catalog's JSON text. */
    public static String json() {
        try (InputStream in = DemoCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw LiveCopilotException.internal("missing resource " + RESOURCE, null);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read " + RESOURCE, e);
        }
    }
}
