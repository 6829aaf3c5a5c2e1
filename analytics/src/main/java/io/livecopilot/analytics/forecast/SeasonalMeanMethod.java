package io.livecopilot.analytics.forecast;

/**
 * The seasonal mean: each forecast is the average of the values at the same position of the last few seasons
 * (a seasonal naive method that averages out the noise of a single season).
 */
public final class SeasonalMeanMethod implements ForecastMethod {
    private final int m;
    private final int cycles;

    public SeasonalMeanMethod(int m, int cycles) {
        if (m < 2) throw new IllegalArgumentException("season: must be >= 2, was " + m);
        if (cycles < 1) throw new IllegalArgumentException("cycles: must be >= 1, was " + cycles);
        this.m = m;
        this.cycles = cycles;
    }

    @Override
    public String name() { return "smean" + m; }

    @Override
    public double[] forecast(double[] y, int h) {
        int n = y.length;
        int c = Math.min(cycles, n / m);
        if (c == 0) return new NaiveMethod().forecast(y, h);
        double[] f = new double[h];
        for (int k = 0; k < h; k++) {
            double s = 0;
            for (int j = 1; j <= c; j++) s += y[n - j * m + (k % m)];
            f[k] = s / c;
        }
        return f;
    }
}
