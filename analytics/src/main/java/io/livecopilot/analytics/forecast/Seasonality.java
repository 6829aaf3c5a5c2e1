package io.livecopilot.analytics.forecast;

/**
 * Seasonality tools: the autocorrelation function, the 90% seasonality test of the M4 benchmarks, classical
 * (moving-average) decomposition into seasonal indices, and period detection for integer-indexed series.
 */
public final class Seasonality {
    /** One-sided 90% critical value used by the M4 benchmarks' seasonality test. */
    static final double T_CRIT = 1.645;

    private Seasonality() {}

    /** Sample autocorrelations at lags 1..maxLag (index 0 is lag 1), as R's {@code acf}. */
    public static double[] acf(double[] x, int maxLag) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double denom = 0;
        for (double v : x) denom += (v - mean) * (v - mean);
        double[] r = new double[Math.max(0, Math.min(maxLag, n - 1))];
        if (denom == 0) return r;
        for (int k = 1; k <= r.length; k++) {
            double s = 0;
            for (int t = k; t < n; t++) s += (x[t] - mean) * (x[t - k] - mean);
            r[k - 1] = s / denom;
        }
        return r;
    }

    /**
     * The M4 seasonality test: seasonal when the series has at least three full cycles and the autocorrelation at
     * lag m exceeds its 90% limit {@code 1.645 * sqrt((1 + 2 * sum_{k<m} acf_k^2) / n)}.
     */
    public static boolean isSeasonal(double[] x, int m) {
        if (m < 2 || x.length < 3 * m) return false;
        double[] r = acf(x, m);
        if (r.length < m) return false;
        double sum = 1;
        for (int k = 0; k < m - 1; k++) sum += 2 * r[k] * r[k];
        double limit = T_CRIT * Math.sqrt(sum / x.length);
        return Math.abs(r[m - 1]) > limit;
    }

    /**
     * The strongest seasonal period of an integer-indexed series, or 1 when none passes the test: the lag
     * (2..n/3, at most 400) whose autocorrelation is a local peak, passes {@link #isSeasonal}, and is largest.
     */
    public static int detectPeriod(double[] x) {
        int maxLag = Math.min(x.length / 3, 400);
        if (maxLag < 2) return 1;
        double[] d = x.clone();
        // remove a linear trend so that trending series do not show spurious long periods
        double[] tr = Stats.linearFit(d);
        for (int t = 0; t < d.length; t++) d[t] -= tr[0] + tr[1] * t;
        double[] r = acf(d, maxLag + 1);
        int best = 1;
        double bestR = 0;
        for (int m = 2; m <= maxLag && m < r.length; m++) {
            double here = r[m - 1];
            if (here <= r[m - 2] || here < r[m]) continue;
            if (here > bestR + 0.05 && isSeasonal(d, m)) {
                best = m;
                bestR = here;
            }
        }
        return best;
    }

    /**
     * Seasonal indices of a classical decomposition with period m (R's {@code decompose}): centred moving average
     * trend, detrended values averaged per position, normalised to mean 1 (multiplicative) or 0 (additive).
     * Index i belongs to positions t with {@code t % m == i}.
     */
    public static double[] indices(double[] x, int m, boolean multiplicative) {
        int n = x.length;
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        boolean even = m % 2 == 0;
        // running sums for the moving average
        double[] cum = new double[n + 1];
        for (int t = 0; t < n; t++) cum[t + 1] = cum[t] + x[t];
        for (int t = half; t < n - half; t++) {
            double trend;
            if (even) {
                trend = (cum[t + half] - cum[t - half + 1] + 0.5 * x[t - half] + 0.5 * x[t + half]) / m;
            } else {
                trend = (cum[t + half + 1] - cum[t - half]) / m;
            }
            double v = multiplicative ? (trend == 0 ? Double.NaN : x[t] / trend) : x[t] - trend;
            if (Double.isFinite(v)) {
                sum[t % m] += v;
                count[t % m]++;
            }
        }
        double[] idx = new double[m];
        double mean = 0;
        int k = 0;
        for (int i = 0; i < m; i++) {
            idx[i] = count[i] == 0 ? (multiplicative ? 1 : 0) : sum[i] / count[i];
            mean += idx[i];
            k++;
        }
        mean /= k;
        for (int i = 0; i < m; i++) idx[i] = multiplicative ? idx[i] / mean : idx[i] - mean;
        return idx;
    }
}
