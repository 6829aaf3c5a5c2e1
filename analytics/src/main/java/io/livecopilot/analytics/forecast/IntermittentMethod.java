package io.livecopilot.analytics.forecast;

import java.util.Arrays;

/**
 * Methods for intermittent demand (many zero periods): Croston (smoothed demand size over smoothed interval), SBA
 * (Syntetos-Boylan bias correction {@code 1 - alpha/2}) and TSB (Teunter-Syntetos-Babai: smoothed demand
 * probability times smoothed size, which decays towards zero when demand stops). Smoothing constants are chosen
 * from a small grid by in-sample mean squared error.
 */
public final class IntermittentMethod implements ForecastMethod {
    /** The variant. */
    public enum Kind { CROSTON, SBA, TSB }

    private static final double[] GRID = {0.05, 0.1, 0.15, 0.2, 0.3, 0.4};
    private final Kind kind;

    public IntermittentMethod(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() { return kind.name().toLowerCase(java.util.Locale.ROOT); }

    @Override
    public double[] forecast(double[] y, int h) {
        double best = Double.MAX_VALUE, bestF = 0;
        for (double a : GRID) {
            for (double b : kind == Kind.TSB ? GRID : new double[] {a}) {
                double[] r = run(y, a, b);
                if (r[0] < best) {
                    best = r[0];
                    bestF = r[1];
                }
            }
        }
        double[] f = new double[h];
        Arrays.fill(f, bestF);
        return f;
    }

    /** {in-sample SSE, the flat forecast after the data}. */
    private double[] run(double[] y, double a, double b) {
        int first = -1;
        for (int t = 0; t < y.length; t++) if (y[t] != 0) { first = t; break; }
        if (first < 0) return new double[] {0, 0};
        double z = y[first];
        double p = kind == Kind.TSB ? nonZeroShare(y) : first + 1;
        int q = 1;
        double sse = 0;
        for (int t = first + 1; t < y.length; t++) {
            double f = forecastOf(z, p, a);
            sse += (y[t] - f) * (y[t] - f);
            if (kind == Kind.TSB) {
                p += b * ((y[t] != 0 ? 1 : 0) - p);
                if (y[t] != 0) z += a * (y[t] - z);
            } else if (y[t] != 0) {
                z += a * (y[t] - z);
                p += a * (q - p);
                q = 1;
            } else {
                q++;
            }
        }
        return new double[] {sse, forecastOf(z, p, a)};
    }

    private double forecastOf(double z, double p, double a) {
        return switch (kind) {
            case CROSTON -> z / p;
            case SBA -> (1 - a / 2) * z / p;
            case TSB -> p * z;
        };
    }

    private static double nonZeroShare(double[] y) {
        int c = 0;
        for (double v : y) if (v != 0) c++;
        return (double) c / y.length;
    }
}
