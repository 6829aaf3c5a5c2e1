package io.livecopilot.analytics.forecast;

/** The random walk with drift: the last value plus the average change per step over the history, times k. */
public final class DriftMethod implements ForecastMethod {
    @Override
    public String name() { return "drift"; }

    @Override
    public double[] forecast(double[] y, int h) {
        int n = y.length;
        if (n < 2) return new NaiveMethod().forecast(y, h);
        double slope = (y[n - 1] - y[0]) / (n - 1);
        double[] f = new double[h];
        for (int k = 0; k < h; k++) f[k] = y[n - 1] + slope * (k + 1);
        return f;
    }
}
