package io.livecopilot.analytics.factor;

/**
 * The estimated effect of one factor on one per-minute outcome.
 *
 * @param perMinute   the change of the outcome per minute while the factor is on (per one standard deviation for a
 *                    continuous factor such as price)
 * @param lower       the 2.5th percentile of the bootstrap estimates
 * @param upper       the 97.5th percentile of the bootstrap estimates
 * @param lift        {@code perMinute} relative to the session's mean of the outcome (0.8 = +80 %)
 * @param significant whether the 95 % interval excludes zero
 */
public record Effect(double perMinute, double lower, double upper, double lift, boolean significant) {}
