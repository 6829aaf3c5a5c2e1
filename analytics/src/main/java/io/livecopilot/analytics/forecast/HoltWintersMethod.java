package io.livecopilot.analytics.forecast;

/**
 * Seasonal exponential smoothing with a damped trend and additive errors: ETS(A,Ad,M) when the series is positive
 * (multiplicative seasonality), ETS(A,Ad,A) otherwise. Initial seasonal indices come from a classical
 * decomposition of the first cycles; alpha, beta, gamma and phi are fitted by Nelder-Mead on the in-sample sum of
 * squared one-step errors.
 */
public final class HoltWintersMethod implements ForecastMethod {
    private static final double PHI_LO = 0.8, PHI_HI = 0.98;
    private final int m;

    public HoltWintersMethod(int m) {
        if (m < 2) throw new IllegalArgumentException("season: must be >= 2, was " + m);
        this.m = m;
    }

    @Override
    public String name() { return "ets_damped_s" + m; }

    @Override
    public double[] forecast(double[] all, int h) {
        // the recent past is what matters for the states; a window of ~12 cycles keeps fitting fast
        double[] y = all.length > Math.max(12 * m, 300) ? Stats.tail(all, Math.max(12 * m, 300)) : all;
        int n = y.length;
        if (n < 3 * m) return new SeasonallyAdjustedMethod(ExponentialSmoothingMethod.damped(), m).forecast(y, h);
        boolean mult = Stats.allPositive(y);
        int initLen = Math.min(n, Math.max(4 * m, 2 * m + 10));
        double[] head = Stats.head(y, initLen);
        double[] s0 = Seasonality.indices(head, m, mult);
        double[] adj = new double[Math.min(n, 2 * m)];
        for (int t = 0; t < adj.length; t++) adj[t] = mult ? y[t] / s0[t % m] : y[t] - s0[t % m];
        double[] lf = Stats.linearFit(adj);
        double l0 = lf[0], b0 = lf[1];
        double[] start = {Stats.unsquash(0.2, 1e-4, 0.9999), Stats.unsquash(0.05, 0, 1), Stats.unsquash(0.1, 0, 1),
                Stats.unsquash(0.95, PHI_LO, PHI_HI)};
        double[] x = Stats.minimize(p -> run(y, p, l0, b0, s0, mult, null, 0), start, 1.0, 300);
        double[] f = new double[h];
        run(y, x, l0, b0, s0, mult, f, h);
        return f;
    }

    /** Runs the recursions; returns the SSE and, when out is given, writes the h forecasts after the data. */
    private double run(double[] y, double[] p, double l0, double b0, double[] s0, boolean mult, double[] out, int h) {
        double a = Stats.squash(p[0], 1e-4, 0.9999);
        double b = a * Stats.squash(p[1], 0, 1);
        double g = (1 - a) * Stats.squash(p[2], 0, 1);
        double phi = Stats.squash(p[3], PHI_LO, PHI_HI);
        double[] s = s0.clone();
        double l = l0 - phi * b0, tr = b0, sse = 0;
        for (int t = 0; t < y.length; t++) {
            int i = t % m;
            double base = l + phi * tr;
            double si = s[i];
            double mu = mult ? base * si : base + si;
            double e = y[t] - mu;
            sse += e * e;
            if (mult) {
                l = base + a * e / si;
                tr = phi * tr + b * e / si;
                s[i] = si + g * e / (base == 0 ? 1e-12 : base);
            } else {
                l = base + a * e;
                tr = phi * tr + b * e;
                s[i] = si + g * e;
            }
        }
        if (out != null) {
            double damp = 0, pw = 1;
            for (int k = 0; k < h; k++) {
                pw *= phi;
                damp += pw;
                double base = l + damp * tr;
                double si = s[(y.length + k) % m];
                out[k] = mult ? base * si : base + si;
            }
        }
        return Double.isFinite(sse) ? sse : Double.MAX_VALUE;
    }
}
