package io.livecopilot.analytics.forecast;

/**
 * Non-seasonal exponential smoothing with additive errors: simple (ETS(A,N,N)), Holt's linear trend (ETS(A,A,N))
 * and damped trend (ETS(A,Ad,N)). Smoothing parameters (and for SES the initial level) are fitted by minimising
 * the in-sample sum of squared one-step errors with Nelder-Mead.
 */
public final class ExponentialSmoothingMethod implements ForecastMethod {
    /** Which trend the model has. */
    public enum Trend { NONE, LINEAR, DAMPED }

    private static final double A_LO = 1e-4, A_HI = 0.9999, PHI_LO = 0.8, PHI_HI = 0.98;

    private final Trend trend;

    public ExponentialSmoothingMethod(Trend trend) {
        this.trend = trend;
    }

    public static ExponentialSmoothingMethod ses() { return new ExponentialSmoothingMethod(Trend.NONE); }

    public static ExponentialSmoothingMethod holt() { return new ExponentialSmoothingMethod(Trend.LINEAR); }

    public static ExponentialSmoothingMethod damped() { return new ExponentialSmoothingMethod(Trend.DAMPED); }

    @Override
    public String name() {
        return switch (trend) {
            case NONE -> "ses";
            case LINEAR -> "holt";
            case DAMPED -> "damped";
        };
    }

    /** A fitted model: parameters and final states. */
    record Fit(double alpha, double beta, double phi, double level, double slope, double sse) {
        double[] forecast(int h) {
            double[] f = new double[h];
            double damp = 0, p = 1;
            for (int k = 0; k < h; k++) {
                p *= phi;
                damp += p;
                f[k] = level + damp * slope;
            }
            return f;
        }
    }

    @Override
    public double[] forecast(double[] y, int h) {
        return fit(y).forecast(h);
    }

    Fit fit(double[] y) {
        int n = y.length;
        if (n == 0) return new Fit(0, 0, 1, 0, 0, 0);
        if (n < 3 || trend != Trend.NONE && n < 4) {
            return new Fit(1, 0, 1, y[n - 1], 0, 0);
        }
        double scale = scale(y);
        if (trend == Trend.NONE) {
            double l0 = y[0];
            double[] x = Stats.minimize(p -> run(y, Stats.squash(p[0], A_LO, A_HI), 0, 1, l0 + p[1] * scale, 0).sse(),
                    new double[] {Stats.unsquash(0.3, A_LO, A_HI), 0}, 1.0, 400);
            return run(y, Stats.squash(x[0], A_LO, A_HI), 0, 1, l0 + x[1] * scale, 0);
        }
        int k = Math.min(n, 10);
        double[] lf = Stats.linearFit(y, 0, k);
        double l0 = lf[0], b0 = lf[1];
        boolean damped = trend == Trend.DAMPED;
        double[] start = damped
                ? new double[] {Stats.unsquash(0.3, A_LO, A_HI), Stats.unsquash(0.1, 0, 1), Stats.unsquash(0.95, PHI_LO, PHI_HI)}
                : new double[] {Stats.unsquash(0.3, A_LO, A_HI), Stats.unsquash(0.1, 0, 1)};
        double[] x = Stats.minimize(p -> params(y, p, l0, b0, damped).sse(), start, 1.0, damped ? 600 : 400);
        return params(y, x, l0, b0, damped);
    }

    private static Fit params(double[] y, double[] p, double l0, double b0, boolean damped) {
        double a = Stats.squash(p[0], A_LO, A_HI);
        double b = a * Stats.squash(p[1], 0, 1);
        double phi = damped ? Stats.squash(p[2], PHI_LO, PHI_HI) : 1;
        return run(y, a, b, phi, l0 - phi * b0, b0);
    }

    /** Runs the recursions from the initial states; l0/b0 are the states before the first observation. */
    static Fit run(double[] y, double alpha, double beta, double phi, double l0, double b0) {
        double l = l0, b = b0, sse = 0;
        for (double v : y) {
            double f = l + phi * b;
            double e = v - f;
            sse += e * e;
            l = f + alpha * e;
            b = phi * b + beta * e;
        }
        return new Fit(alpha, beta, phi, l, b, sse);
    }

    static double scale(double[] y) {
        double s = 0;
        for (int t = 1; t < y.length; t++) s += Math.abs(y[t] - y[t - 1]);
        s /= Math.max(1, y.length - 1);
        if (s == 0) s = Math.max(1e-9, Math.abs(y[0]) * 0.01);
        return s;
    }
}
