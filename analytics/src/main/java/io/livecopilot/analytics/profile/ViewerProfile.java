package io.livecopilot.analytics.profile;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What one viewer likes, from their clicks, carts, orders and comments.
 *
 * @param sessions   the number of sessions (room and day) the viewer entered
 * @param categories the catalog categories by share of the viewer's weighted interest, largest first
 * @param priceBand  the band of the prices the viewer buys (or clicks, when they never bought): "0-50", "50-100",
 *                   "100-200", "200-500", "500+", or {@code null} when no price is known
 * @param products   the products the viewer is most interested in, strongest first
 */
public record ViewerProfile(String user, int sessions, int clicks, int carts, int orders, BigDecimal spend,
                            Map<String, Double> categories, String priceBand, BigDecimal medianPrice,
                            List<String> products) {}
