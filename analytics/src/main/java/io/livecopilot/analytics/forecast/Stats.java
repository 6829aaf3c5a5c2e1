package io.livecopilot.analytics.forecast;

/** Small numeric helpers shared by the forecasting methods. */
final class Stats {
    private Stats() {}

    /** Least-squares line over t = 0..n-1: {intercept, slope}. */
    static double[] linearFit(double[] y) {
        return linearFit(y, 0, y.length);
    }

    /** Least-squares line over t = 0..len-1 of y[from..from+len): {intercept, slope}. */
    static double[] linearFit(double[] y, int from, int len) {
        if (len == 0) return new double[] {0, 0};
        if (len == 1) return new double[] {y[from], 0};
        double tm = (len - 1) / 2.0, ym = 0;
        for (int i = 0; i < len; i++) ym += y[from + i];
        ym /= len;
        double sxy = 0, sxx = 0;
        for (int i = 0; i < len; i++) {
            double dt = i - tm;
            sxy += dt * (y[from + i] - ym);
            sxx += dt * dt;
        }
        double b = sxx == 0 ? 0 : sxy / sxx;
        return new double[] {ym - b * tm, b};
    }

    static double mean(double[] y) {
        double s = 0;
        for (double v : y) s += v;
        return y.length == 0 ? 0 : s / y.length;
    }

    static boolean allPositive(double[] y) {
        for (double v : y) if (!(v > 0)) return false;
        return true;
    }

    static boolean allNonNegative(double[] y) {
        for (double v : y) if (v < 0) return false;
        return true;
    }

    static double[] tail(double[] y, int len) {
        double[] r = new double[len];
        System.arraycopy(y, y.length - len, r, 0, len);
        return r;
    }

    static double[] head(double[] y, int len) {
        double[] r = new double[len];
        System.arraycopy(y, 0, r, 0, len);
        return r;
    }

    /** Standard normal quantile (Commons Math). */
    static double normalQuantile(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    private static final org.apache.commons.math3.distribution.NormalDistribution STANDARD_NORMAL =
            new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);

    /**
     * Minimises f from x0 with Nelder-Mead (Commons Math {@code SimplexOptimizer}); returns the best point seen,
     * also when the evaluation budget runs out.
     */
    static double[] minimize(java.util.function.ToDoubleFunction<double[]> f, double[] x0, double step, int maxEval) {
        double[][] best = {x0.clone()};
        double[] bestV = {f.applyAsDouble(x0)};
        org.apache.commons.math3.analysis.MultivariateFunction tracked = x -> {
            double v = f.applyAsDouble(x);
            if (!Double.isFinite(v)) v = Double.MAX_VALUE;
            if (v < bestV[0]) {
                bestV[0] = v;
                best[0] = x.clone();
            }
            return v;
        };
        double[] steps = new double[x0.length];
        java.util.Arrays.fill(steps, step);
        try {
            new org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer(1e-6, 1e-10).optimize(
                    new org.apache.commons.math3.optim.MaxEval(maxEval),
                    new org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction(tracked),
                    org.apache.commons.math3.optim.nonlinear.scalar.GoalType.MINIMIZE,
                    new org.apache.commons.math3.optim.InitialGuess(x0),
                    new org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex(steps));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // keep the best point seen within the budget
        }
        return best[0];
    }

    /** Logistic function mapping the real line onto (lo, hi). */
    static double squash(double x, double lo, double hi) {
        return lo + (hi - lo) / (1 + Math.exp(-x));
    }

    /** Inverse of {@link #squash}. */
    static double unsquash(double v, double lo, double hi) {
        double p = (v - lo) / (hi - lo);
        p = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
        return Math.log(p / (1 - p));
    }
}
