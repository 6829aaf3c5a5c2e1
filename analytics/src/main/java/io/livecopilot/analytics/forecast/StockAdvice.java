package io.livecopilot.analytics.forecast;

/**
 * Stock advice for one series: the order-up-to level that covers the demand of the protection interval (lead
 * time plus review period) with the requested service level (cycle service level, i.e. the probability of no
 * stock-out), from the forecast distribution.
 *
 * @param leadTime    periods until an order placed now arrives
 * @param review      periods until the next chance to order
 * @param service     requested probability of meeting all demand of the interval
 * @param meanDemand  expected demand over the protection interval (sum of the point forecasts)
 * @param sd          standard deviation of that demand (from the cumulative out-of-sample errors)
 * @param units       units to have on hand and on order: {@code ceil(meanDemand + z * sd)}, at least 0
 * @param safetyStock {@code units - meanDemand}
 */
public record StockAdvice(int leadTime, int review, double service, double meanDemand, double sd, long units, double safetyStock) {
    /**
     * Computes the advice from a forecast that covers at least {@code leadTime + review} steps.
     *
     * @throws IllegalArgumentException when the forecast is too short or a parameter is out of range
     */
    public static StockAdvice of(Forecast f, int leadTime, int review, double service) {
        if (leadTime < 1) throw new IllegalArgumentException("lead time: must be >= 1 period, was " + leadTime);
        if (review < 0) throw new IllegalArgumentException("review: must be >= 0 periods, was " + review);
        if (!(service > 0 && service < 1)) throw new IllegalArgumentException("service: must be between 0 and 1 (exclusive), was " + service);
        int k = leadTime + review;
        if (f.horizon() < k) throw new IllegalArgumentException("forecast covers " + f.horizon() + " steps, the interval needs " + k);
        double mean = 0;
        for (int s = 0; s < k; s++) mean += f.mean()[s];
        double sd = f.cumulativeSigma()[k - 1];
        double z = Stats.normalQuantile(service);
        double level = mean + z * sd;
        long units = (long) Math.ceil(Math.max(0, level) - 1e-9);
        return new StockAdvice(leadTime, review, service, mean, sd, units, units - mean);
    }
}
