package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.catalog.ImportResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The test catalog (12 products, not the demo one) and the question files of the tests. */
final class Fixtures {
    private Fixtures() {}

    static Catalog catalog() {
        ImportResult r = CatalogReader.readText(resource("/test-catalog.json"));
        if (!r.rejected().isEmpty()) throw new IllegalStateException("test catalog rejected: " + r.rejected());
        return r.catalog();
    }

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The non-comment lines of a resource, split at tabs. */
    static List<String[]> rows(String name) {
        List<String[]> out = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            out.add(line.split("\t", -1));
        }
        return out;
    }
}
