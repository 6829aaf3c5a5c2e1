package io.livecopilot.analytics.factor;

import java.util.Map;

/**
 * One key factor of a session, with its effects on clicks, paid orders and GMV per minute.
 *
 * @param kind        {@code coupon}, {@code segment}, {@code product}, {@code price} or {@code moment}
 * @param name        the coupon id, segment kind, product id, "price" or the minute (HH:mm)
 * @param label       what it is, in Chinese ("20:45 发券 C1 后 0-5 分钟")
 * @param product     the product concerned, or {@code null}
 * @param minutes     for how many minutes of the session the factor was on
 * @param effects     by outcome: {@code clicks}, {@code paid_orders}, {@code gmv}
 * @param importance  the ranking score: the largest significant relative lift (non-significant ones count 30 %)
 * @param explanation the finding in plain Chinese, citing the numbers
 */
public record Factor(String kind, String name, String label, String product, int minutes, Map<String, Effect> effects,
                     double importance, String explanation) {}
