package io.livecopilot.core.catalog;

import java.util.List;

/** What a catalog import produced: the good products, kept, and the bad ones, each with its place and reason. */
public record ImportResult(Catalog catalog, List<Rejection> rejected) {
    public ImportResult {
        rejected = List.copyOf(rejected);
    }

    public int imported() { return catalog.products().size(); }
}
