package io.livecopilot.analytics.forecast;

/**
 * Seasonality tools: the autocorrelation function, the 90% seasonality test of the M4 benchmarks, classical
 * (moving-average) decomposition into seasonal indices, and period detection for integer-indexed series.
 */
public final class Seasonality {
    /** One-sided 90% critical value used by the M4 benchmarks' seasonality test. */
    static final double T_CRIT = 1.645;
    static final double PERSISTENT = 0.9;
    private static final int[] CALENDAR = {24, 7, 12, 52, 4};

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
        return Math.abs(r[m - 1]) > limit(r, m, x.length, T_CRIT);
    }

    /** The ACF limit at lag m (Bartlett's variance of the sample ACF) for the critical value t. */
    private static double limit(double[] r, int m, int n, double t) {
        double sum = 1;
        for (int k = 0; k < m - 1; k++) sum += 2 * r[k] * r[k];
        return t * Math.sqrt(sum / n);
    }

    /**
     * Seasonal periods of an integer-indexed series, found with the autocorrelation function. Calendar periods
     * (24, 7, 12, 52, 4) are tried first: the one with the highest ACF among those near a local ACF peak (within
     * 0.1 of the highest ACF within 3 lags) and above the 97.5% limit wins (24 brings 168 along). Otherwise lags 2..n/3 (at most
     * 400) whose autocorrelation is a clear local peak (0.1 over the trough since m/2) above its
     * Bonferroni-corrected 95% limit (many lags are tried). The first period is the shortest
     * such lag whose peak reaches half the highest one; a second is the strongest significant multiple of it, and 168 after 24
     * (hours of a day, then of a week). A linear trend is removed first, and a persistent series (lag-1
     * autocorrelation above 0.9, e.g. a random walk) is differenced, so that slow wandering shows no period.
     * Empty when none passes.
     */
    public static java.util.List<Integer> detectPeriods(double[] x) {
        double[] d = x.clone();
        double[] tr = Stats.linearFit(d);
        for (int t = 0; t < d.length; t++) d[t] -= tr[0] + tr[1] * t;
        double[] r1 = acf(d, 1);
        if (r1.length == 1 && r1[0] > PERSISTENT) {
            double[] diff = new double[d.length - 1];
            for (int t = 1; t < d.length; t++) diff[t - 1] = d[t] - d[t - 1];
            d = diff;
        }
        int maxLag = Math.min(d.length / 3, 400);
        if (maxLag < 2) return java.util.List.of();
        // (a period needs three cycles, as in isSeasonal)
        double[] r = acf(d, maxLag + 1);
        // calendar periods first (hours of a day, days of a week, months, weeks of a year, quarters): the one with
        // the highest ACF among those at (or within 0.02 of) a local peak that pass the M4 test
        int cal = -1;
        for (int p : CALENDAR) {
            if (p > maxLag || p + 2 >= r.length) continue;
            double near = r[p - 1];
            for (int j = Math.max(1, p - 3); j <= p + 3 && j <= r.length; j++) near = Math.max(near, r[j - 1]);
            boolean strong = r[p - 1] > limit(r, p, d.length, 1.96);
            if (r[p - 1] > 0 && r[p - 1] >= near - 0.1 && strong && (cal < 0 || r[p - 1] > r[cal - 1])) cal = p;
        }
        if (cal > 0) {
            return cal == 24 && x.length >= 3 * 168 ? java.util.List.of(24, 168) : java.util.List.of(cal);
        }
        double bonferroni = Stats.normalQuantile(1 - 0.05 / maxLag);
        java.util.List<Integer> peaks = new java.util.ArrayList<>();
        double top = 0;
        for (int m = 2; m <= maxLag && m < r.length; m++) {
            double here = r[m - 1];
            if (here <= 0 || here <= r[m - 2] || here < r[m]) continue;
            // many lags are tried: demand a Bonferroni-corrected 95% limit and a clear peak over the trough since m/2
            double trough = here;
            for (int j = m / 2; j < m; j++) trough = Math.min(trough, r[j - 1]);
            if (here - trough >= 0.1 && limit(r, m, d.length, bonferroni) < here) {
                peaks.add(m);
                top = Math.max(top, here);
            }
        }
        if (peaks.isEmpty()) return java.util.List.of();
        int first = -1;
        for (int m : peaks) {
            if (r[m - 1] >= 0.5 * top) {
                first = m;
                break;
            }
        }
        int second = -1;
        for (int m = 2 * first; m <= maxLag && m < r.length; m += first) {
            boolean peak = r[m - 1] > r[m - 2] && r[m - 1] >= r[m];
            if (peak && (second < 0 || r[m - 1] > r[second - 1])) second = m;
        }
        // the multiple must carry more than the first period does (a weekly pattern over the daily one)
        if (second > 0 && r[second - 1] < r[first - 1] + 0.05) second = -1;
        // a 24-step cycle is almost surely hours of a day: the week (168) is then worth testing, whatever the ACF
        // decay says (isSeasonal decides later)
        if (first == 24 && x.length >= 3 * 168) second = 168;
        if (second > 0) return java.util.List.of(first, second);
        return java.util.List.of(first);
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
