package io.livecopilot.analytics.factor;

/**
 * The estimated effect of one factor on one per-minute outcome: multiplicative, with a 95 % interval.
 *
 * @param perMinute   the change of the outcome per minute at the session's mean level while the factor is on (per one
 *                    standard deviation for a continuous factor such as price)
 * @param lower       the lower end of the 95 % interval of {@code perMinute}
 * @param upper       the upper end
 * @param lift        the relative change (0.8 = +80 %, i.e. ×1.8)
 * @param significant whether the 95 % interval excludes zero
 */
public record Effect(double perMinute, double lower, double upper, double lift, boolean significant) {
    /** The lower end of the interval as a relative change. */
    public double lowerLift() {
        return perMinute == 0 ? 0 : lift * lower / perMinute;
    }

    /** The upper end of the interval as a relative change. */
    public double upperLift() {
        return perMinute == 0 ? 0 : lift * upper / perMinute;
    }
}
