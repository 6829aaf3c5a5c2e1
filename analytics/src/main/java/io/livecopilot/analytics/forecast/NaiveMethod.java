package io.livecopilot.analytics.forecast;

import java.util.Arrays;

/** The naive method: every forecast equals the last observation. */
public final class NaiveMethod implements ForecastMethod {
    @Override
    public String name() { return "naive"; }

    @Override
    public double[] forecast(double[] y, int h) {
        double[] f = new double[h];
        Arrays.fill(f, y.length == 0 ? 0 : y[y.length - 1]);
        return f;
    }
}
