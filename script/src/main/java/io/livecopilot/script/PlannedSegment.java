package io.livecopilot.script;

import io.livecopilot.core.catalog.Product;

import java.util.List;

/**
 * One slot of the run of show before it is written: its kind, the product it is about (none for opening,
 * interaction and closing), the product's role, the seconds it is given and the share of them that is speech (the
 * rest is showing the product, waiting for the lucky draw or reading comments).
 *
 * @param related products the segment may name besides its own (the agenda, poll options, recap)
 */
public record PlannedSegment(SegmentKind kind, Product product, ProductRole role, int seconds, double speechShare,
                             List<Product> related) {
    public PlannedSegment {
        related = related == null ? List.of() : List.copyOf(related);
    }

    /** The product's id, or {@code null}. */
    public String productId() {
        return product == null ? null : product.id();
    }
}
