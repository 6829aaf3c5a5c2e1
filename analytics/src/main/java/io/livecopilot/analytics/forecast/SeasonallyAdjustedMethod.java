package io.livecopilot.analytics.forecast;

/**
 * A method applied to the seasonally adjusted series: classical decomposition with period m (multiplicative when
 * the series is positive, additive otherwise), the inner method on the adjusted values, forecasts reseasonalised
 * with the indices. With the naive method inside this is M4's "Naive2".
 */
public final class SeasonallyAdjustedMethod implements ForecastMethod {
    private final ForecastMethod inner;
    private final int m;

    public SeasonallyAdjustedMethod(ForecastMethod inner, int m) {
        if (m < 2) throw new IllegalArgumentException("season: must be >= 2, was " + m);
        this.inner = inner;
        this.m = m;
    }

    @Override
    public String name() { return inner.name() + "_s" + m; }

    @Override
    public double[] forecast(double[] y, int h) {
        int n = y.length;
        if (n < 2 * m) return inner.forecast(y, h);
        boolean mult = Stats.allPositive(y);
        double[] idx = Seasonality.indices(y, m, mult);
        double[] adj = new double[n];
        for (int t = 0; t < n; t++) adj[t] = mult ? y[t] / idx[t % m] : y[t] - idx[t % m];
        double[] f = inner.forecast(adj, h);
        for (int k = 0; k < h; k++) {
            double s = idx[(n + k) % m];
            f[k] = mult ? f[k] * s : f[k] + s;
        }
        return f;
    }
}
