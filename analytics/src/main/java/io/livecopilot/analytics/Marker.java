package io.livecopilot.analytics;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A marker on the per-minute timeline: a coupon released, a product shown or a segment started.
 *
 * @param kind     {@code coupon}, {@code product_show} or {@code segment}
 * @param name     the coupon id, the product id or the segment kind
 * @param product  the product concerned, or {@code null}
 * @param discount the coupon's discount in yuan, or {@code null}
 */
public record Marker(long ts, String kind, String name, String product, BigDecimal discount) implements Serializable {}
