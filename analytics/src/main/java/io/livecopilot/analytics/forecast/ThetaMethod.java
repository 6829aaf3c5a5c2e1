package io.livecopilot.analytics.forecast;

/**
 * The standard Theta method of the M4 benchmarks (Assimakopoulos and Nikolopoulos): the theta=0 line (linear
 * regression on time) extrapolated, and the theta=2 line ({@code 2y - trend}) forecast by SES, averaged with equal
 * weights. Seasonality, when present, is handled outside ({@link SeasonallyAdjustedMethod}).
 */
public final class ThetaMethod implements ForecastMethod {
    @Override
    public String name() { return "theta"; }

    @Override
    public double[] forecast(double[] y, int h) {
        int n = y.length;
        if (n < 3) return new NaiveMethod().forecast(y, h);
        double[] lf = Stats.linearFit(y);
        double[] line2 = new double[n];
        for (int t = 0; t < n; t++) line2[t] = 2 * y[t] - (lf[0] + lf[1] * t);
        double[] ses = ExponentialSmoothingMethod.ses().forecast(line2, h);
        double[] f = new double[h];
        for (int k = 0; k < h; k++) f[k] = 0.5 * ses[k] + 0.5 * (lf[0] + lf[1] * (n + k));
        return f;
    }
}
