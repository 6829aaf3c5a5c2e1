package io.livecopilot.core.catalog;

import java.math.BigDecimal;

/**
 * A promotion on a product: its kind (coupon, discount, gift, bundle …), the text the host reads, the discount in yuan
 * and the minimum spend it needs; amounts may be {@code null} where the promotion has none.
 */
public record Promotion(String kind, String text, BigDecimal discount, BigDecimal minSpend) {}
