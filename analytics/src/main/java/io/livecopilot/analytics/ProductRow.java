package io.livecopilot.analytics;

import java.math.BigDecimal;

/**
 * One product's results in a session (spec/metrics.md).
 *
 * @param clickUv         distinct users who clicked the product card
 * @param payers          distinct users who paid an order of the product
 * @param units           units of the paid orders
 * @param clickToBuyRate  payers ÷ click UV, {@code null} when nobody clicked
 */
public record ProductRow(String product, int shows, int clicks, int clickUv, int carts, int orders, int paidOrders,
                         int payers, long units, BigDecimal gmv, int refunds, BigDecimal refundAmount,
                         Double clickToBuyRate) {}
