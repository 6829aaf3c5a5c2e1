package io.livecopilot.analytics.forecast;

/** The seasonal naive method: each forecast repeats the value one season (m steps) earlier. */
public final class SeasonalNaiveMethod implements ForecastMethod {
    private final int m;

    public SeasonalNaiveMethod(int m) {
        if (m < 1) throw new IllegalArgumentException("season: must be >= 1, was " + m);
        this.m = m;
    }

    @Override
    public String name() { return "snaive" + m; }

    @Override
    public double[] forecast(double[] y, int h) {
        int n = y.length;
        double[] f = new double[h];
        if (n < m) return new NaiveMethod().forecast(y, h);
        for (int k = 0; k < h; k++) f[k] = y[n - m + (k % m)];
        return f;
    }
}
