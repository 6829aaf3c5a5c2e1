package io.livecopilot.analytics.forecast;

import java.util.List;

/**
 * The forecast of one series: the chosen model, point forecasts, the standard deviation of the error at each step
 * and of the cumulative error over the first k steps (both estimated from rolling-origin out-of-sample errors),
 * from which prediction intervals and stock advice are derived.
 *
 * @param model           the method or combination chosen ("mean(theta_s24,snaive168,damped_s168)")
 * @param seasons         seasonal periods that passed the seasonality test (empty: none)
 * @param intermittent    whether the series was treated as intermittent demand
 * @param mean            point forecasts, steps 1..h
 * @param sigma           error standard deviation at each step (non-decreasing)
 * @param cumulativeSigma standard deviation of the summed errors of steps 1..k+1
 * @param nonNegative     whether the history had no negative value (then forecasts and bounds are floored at 0)
 * @param origins         how many rolling origins were evaluated (0: too short, defaults used)
 */
public record Forecast(String model, List<Integer> seasons, boolean intermittent, double[] mean, double[] sigma,
                       double[] cumulativeSigma, boolean nonNegative, int origins) {
    public Forecast {
        seasons = List.copyOf(seasons);
    }

    /** Number of steps. */
    public int horizon() { return mean.length; }

    /** Lower bounds of the central prediction interval at the level in percent (e.g. 95). */
    public double[] lower(double levelPercent) {
        return bound(levelPercent, -1);
    }

    /** Upper bounds of the central prediction interval at the level in percent (e.g. 95). */
    public double[] upper(double levelPercent) {
        return bound(levelPercent, 1);
    }

    private double[] bound(double levelPercent, int sign) {
        if (!(levelPercent > 0 && levelPercent < 100)) {
            throw new IllegalArgumentException("level: must be between 0 and 100 (exclusive), was " + levelPercent);
        }
        double z = Stats.normalQuantile(0.5 + levelPercent / 200);
        double[] b = new double[mean.length];
        for (int k = 0; k < b.length; k++) {
            b[k] = mean[k] + sign * z * sigma[k];
            if (nonNegative && b[k] < 0) b[k] = 0;
        }
        return b;
    }
}
