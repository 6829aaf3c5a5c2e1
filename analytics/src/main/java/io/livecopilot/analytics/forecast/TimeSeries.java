package io.livecopilot.analytics.forecast;

import java.util.List;

/**
 * One regularly spaced series read from a file, ready to forecast.
 *
 * @param id        the series name
 * @param frequency the detected frequency
 * @param periods   seasonal periods worth testing for this frequency (hourly: 24 and 168)
 * @param axis      the time grid (to label future steps)
 * @param values    the values, one per grid position, gaps filled
 * @param filled    how many grid positions had no row and were filled (linear interpolation; 0 for intermittent demand)
 */
public record TimeSeries(String id, Frequency frequency, List<Integer> periods, TimeAxis axis, double[] values, int filled) {
    public TimeSeries {
        periods = List.copyOf(periods);
    }
}
