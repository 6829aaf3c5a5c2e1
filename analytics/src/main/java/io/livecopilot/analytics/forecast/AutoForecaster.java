package io.livecopilot.analytics.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic forecaster: detects seasonality, evaluates a pool of methods on rolling origins (the last h
 * points, then the h before, ...), ranks them by out-of-sample error (the mean of sMAPE and MASE relative to the
 * pool's median, as M4's OWA), averages the best few, and estimates the error spread per step from the
 * combination's own out-of-sample errors.
 *
 * <p>Build with {@link #builder()}; an instance is immutable and thread-safe.
 */
public final class AutoForecaster {
    private final int origins;
    private final int combine;
    private final double intermittentShare;
    private final double tolerance;
    private final double intervalScale;

    private AutoForecaster(Builder b) {
        this.intervalScale = b.intervalScale;
        this.tolerance = b.tolerance;
        this.origins = b.origins;
        this.combine = b.combine;
        this.intermittentShare = b.intermittentShare;
    }

    public static Builder builder() { return new Builder(); }

    /** Forecaster with the defaults (3-6 origins by horizon, mean of the best 3 within 1.5x the best score). */
    public static AutoForecaster defaults() { return builder().build(); }

    /** Options of {@link AutoForecaster}; every default is resolved here. */
    public static final class Builder {
        private int origins = 0;
        private int combine = 3;
        private double intermittentShare = 0.3;
        private double tolerance = 1.5;
        private double intervalScale = 1.2;

        /**
         * Factor on the out-of-sample error spread: few origins under-estimate it (the sample RMS of few paths is
         * biased low); calibrated on the synthetic tuning set (seed 1) for nominal coverage. Default 1.2.
         */
        public Builder intervalScale(double v) {
            if (!(v > 0)) throw new IllegalArgumentException("intervalScale: must be > 0, was " + v);
            intervalScale = v;
            return this;
        }

        /** A method joins the combination only if its error score is within this factor of the best. Default 1.5. */
        public Builder tolerance(double v) {
            if (!(v >= 1)) throw new IllegalArgumentException("tolerance: must be >= 1, was " + v);
            tolerance = v;
            return this;
        }

        /**
         * Rolling origins evaluated (at most; fewer when the series is short). Default: enough to hold out about
         * 64 points, between 3 and 6 ({@code ceil(64 / h)}: 3 for h = 48, 5 for h = 13).
         */
        public Builder origins(int v) {
            if (v < 0) throw new IllegalArgumentException("origins: must be >= 0 (0: by horizon), was " + v);
            origins = v;
            return this;
        }

        /** How many of the best-ranked methods are averaged. Default 3. */
        public Builder combine(int v) {
            if (v < 1) throw new IllegalArgumentException("combine: must be >= 1, was " + v);
            combine = v;
            return this;
        }

        /** Share of zero values from which a non-negative series is treated as intermittent. Default 0.3. */
        public Builder intermittentShare(double v) {
            if (!(v > 0 && v <= 1)) throw new IllegalArgumentException("intermittentShare: must be in (0, 1], was " + v);
            intermittentShare = v;
            return this;
        }

        public AutoForecaster build() { return new AutoForecaster(this); }
    }

    /**
     * Forecasts h steps of y.
     *
     * @param periods seasonal periods worth testing (e.g. 24 and 168 for hourly data); those that pass
     *                {@link Seasonality#isSeasonal} are used
     * @param maseLag seasonal lag of the MASE scale used when ranking methods
     */
    public Forecast forecast(double[] y, List<Integer> periods, int maseLag, int h) {
        if (h < 1) throw new IllegalArgumentException("horizon: must be >= 1, was " + h);
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException("series: must have at least one value, was empty");
        boolean nonNeg = Stats.allNonNegative(y);
        if (isConstant(y)) {
            double[] f = new NaiveMethod().forecast(y, h);
            return new Forecast("naive", List.of(), false, f, new double[h], new double[h], nonNeg, 0);
        }
        List<Integer> seasons = new ArrayList<>();
        for (int p : periods) if (Seasonality.isSeasonal(y, p)) seasons.add(p);
        boolean intermittent = nonNeg && n >= 8 && zeroShare(y) >= intermittentShare;
        List<ForecastMethod> pool = pool(seasons, intermittent);

        int minTrain = Math.max(intermittent ? 8 : 6, seasons.isEmpty() ? 0 : 2 * seasons.get(seasons.size() - 1));
        List<Integer> cuts = new ArrayList<>();
        int maxOrigins = origins > 0 ? origins : Math.max(3, Math.min(6, (64 + h - 1) / h));
        for (int i = 1; i <= maxOrigins && n - i * h >= minTrain; i++) cuts.add(n - i * h);
        if (cuts.isEmpty() && n - h >= 4) cuts.add(n - h);
        if (cuts.isEmpty()) return fallback(y, h, seasons, intermittent, nonNeg);

        // out-of-sample forecasts of every method at every origin
        List<Map<String, double[]>> atOrigin = new ArrayList<>();
        for (int c : cuts) {
            double[] train = Stats.head(y, c);
            Map<String, double[]> fc = new LinkedHashMap<>();
            for (ForecastMethod m : pool) fc.put(m.name(), clip(m.forecast(train, h), nonNeg));
            addCombinations(fc);
            atOrigin.add(fc);
        }
        List<String> names = new ArrayList<>(atOrigin.get(0).keySet());
        double[] score = new double[names.size()];
        for (int o = 0; o < cuts.size(); o++) {
            int c = cuts.get(o);
            double[] train = Stats.head(y, c);
            double[] actual = Arrays.copyOfRange(y, c, c + h);
            double[] sm = new double[names.size()], ms = new double[names.size()];
            for (int j = 0; j < names.size(); j++) {
                double[] f = atOrigin.get(o).get(names.get(j));
                sm[j] = intermittent ? Accuracy.mae(actual, f) : Accuracy.smape(actual, f);
                ms[j] = Accuracy.mase(train, actual, f, maseLag);
            }
            double smRef = positiveMedian(sm), msRef = positiveMedian(ms);
            for (int j = 0; j < names.size(); j++) score[j] += 0.5 * (sm[j] / smRef + ms[j] / msRef);
        }
        Integer[] order = new Integer[names.size()];
        for (int j = 0; j < order.length; j++) order[j] = j;
        Arrays.sort(order, Comparator.comparingDouble(j -> score[j]));
        int k = Math.min(combine, order.length);
        List<String> chosen = new ArrayList<>();
        double best = score[order[0]];
        for (int j = 0; j < k; j++) {
            // a method far behind the best only dilutes it: combine those within the tolerance
            if (j > 0 && score[order[j]] > best * tolerance + 1e-12) break;
            chosen.add(names.get(order[j]));
        }

        // errors of the chosen combination at each origin
        double[][] err = new double[cuts.size()][h];
        for (int o = 0; o < cuts.size(); o++) {
            double[] f = mean(chosen, atOrigin.get(o));
            for (int s = 0; s < h; s++) err[o][s] = y[cuts.get(o) + s] - f[s];
        }
        Map<String, double[]> full = new LinkedHashMap<>();
        for (ForecastMethod m : pool) {
            if (needed(m.name(), chosen)) full.put(m.name(), clip(m.forecast(y, h), nonNeg));
        }
        addCombinations(full);
        double[] point = clip(mean(chosen, full), nonNeg);
        double[] sigma = smoothSigma(err, h);
        double[] cum = cumulativeSigma(err, sigma);
        for (int s = 0; s < h; s++) {
            sigma[s] *= intervalScale;
            cum[s] *= intervalScale;
        }
        String model = chosen.size() == 1 ? chosen.get(0) : "mean(" + String.join(",", chosen) + ")";
        return new Forecast(model, seasons, intermittent, point, sigma, cum, nonNeg, cuts.size());
    }

    private static List<ForecastMethod> pool(List<Integer> seasons, boolean intermittent) {
        List<ForecastMethod> pool = new ArrayList<>();
        pool.add(new NaiveMethod());
        pool.add(ExponentialSmoothingMethod.ses());
        if (intermittent) {
            for (IntermittentMethod.Kind kind : IntermittentMethod.Kind.values()) pool.add(new IntermittentMethod(kind));
            // zeros that come with a season (closed nights, no sales on Mondays) are a pattern, not intermittency:
            // then the seasonal methods compete too
            if (seasons.isEmpty()) return pool;
        }
        pool.add(ExponentialSmoothingMethod.holt());
        pool.add(ExponentialSmoothingMethod.damped());
        pool.add(new ThetaMethod());
        pool.add(new DriftMethod());
        for (int p : seasons) {
            pool.add(new SeasonalNaiveMethod(p));
            pool.add(new SeasonalMeanMethod(p, 3));
            pool.add(new SeasonallyAdjustedMethod(new NaiveMethod(), p));
            pool.add(new SeasonallyAdjustedMethod(ExponentialSmoothingMethod.ses(), p));
            pool.add(new SeasonallyAdjustedMethod(ExponentialSmoothingMethod.holt(), p));
            pool.add(new SeasonallyAdjustedMethod(ExponentialSmoothingMethod.damped(), p));
            pool.add(new SeasonallyAdjustedMethod(new ThetaMethod(), p));
            if (p <= 52) pool.add(new HoltWintersMethod(p));
        }
        return pool;
    }

    /** Adds the M4 "Comb" (mean of SES, Holt and damped) for each adjustment present. */
    private static void addCombinations(Map<String, double[]> fc) {
        List<String> suffixes = new ArrayList<>();
        for (String name : fc.keySet()) if (name.startsWith("ses")) suffixes.add(name.substring(3));
        for (String sfx : suffixes) {
            List<String> parts = List.of("ses" + sfx, "holt" + sfx, "damped" + sfx);
            if (parts.stream().allMatch(fc::containsKey)) fc.put("comb" + sfx, mean(parts, fc));
        }
    }

    private static boolean needed(String method, List<String> chosen) {
        for (String c : chosen) {
            if (c.equals(method)) return true;
            if (c.startsWith("comb")) {
                String sfx = c.substring(4);
                if (method.equals("ses" + sfx) || method.equals("holt" + sfx) || method.equals("damped" + sfx)) return true;
            }
        }
        return false;
    }

    private static double[] mean(List<String> names, Map<String, double[]> fc) {
        double[] first = fc.get(names.get(0));
        double[] r = new double[first.length];
        for (String nm : names) {
            double[] f = fc.get(nm);
            for (int k = 0; k < r.length; k++) r[k] += f[k] / names.size();
        }
        return r;
    }

    /** Too short to evaluate out of sample: SES (naive below 4 points), spread from one-step changes. */
    private static Forecast fallback(double[] y, int h, List<Integer> seasons, boolean intermittent, boolean nonNeg) {
        int n = y.length;
        ForecastMethod m = n >= 4 ? ExponentialSmoothingMethod.ses() : new NaiveMethod();
        double[] f = clip(m.forecast(y, h), nonNeg);
        double s1 = 0;
        for (int t = 1; t < n; t++) s1 += (y[t] - y[t - 1]) * (y[t] - y[t - 1]);
        s1 = n > 1 ? Math.sqrt(s1 / (n - 1)) : 0;
        double[] sigma = new double[h], cum = new double[h];
        double acc = 0;
        for (int k = 0; k < h; k++) {
            sigma[k] = s1 * Math.sqrt(k + 1);
            acc += sigma[k] * sigma[k];
            cum[k] = Math.sqrt(acc);
        }
        return new Forecast(m.name(), seasons, intermittent, f, sigma, cum, nonNeg, 0);
    }

    /**
     * Per-step error spread: root mean square over origins, smoothed by a power law {@code s * k^b} fitted on the
     * log scale (b clamped to [0, 1]) so that intervals widen steadily with the horizon.
     */
    static double[] smoothSigma(double[][] err, int h) {
        double[] rms = new double[h];
        for (int s = 0; s < h; s++) {
            double acc = 0;
            for (double[] e : err) acc += e[s] * e[s];
            rms[s] = Math.sqrt(acc / err.length);
        }
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int c = 0;
        for (int s = 0; s < h; s++) {
            if (rms[s] <= 0) continue;
            double x = Math.log(s + 1), v = Math.log(rms[s]);
            sx += x;
            sy += v;
            sxx += x * x;
            sxy += x * v;
            c++;
        }
        double[] sigma = new double[h];
        if (c == 0) return sigma;
        double b = c > 1 && c * sxx - sx * sx > 0 ? (c * sxy - sx * sy) / (c * sxx - sx * sx) : 0.5;
        b = Math.max(0, Math.min(1, b));
        // level so that the smoothed curve has the same mean square as the raw one
        double raw = 0, shape = 0;
        for (int s = 0; s < h; s++) {
            raw += rms[s] * rms[s];
            shape += Math.pow(s + 1, 2 * b);
        }
        double a = Math.sqrt(raw / shape);
        for (int s = 0; s < h; s++) sigma[s] = a * Math.pow(s + 1, b);
        return sigma;
    }

    /** Spread of the summed errors over steps 1..k: the larger of the observed and the independent-steps value. */
    static double[] cumulativeSigma(double[][] err, double[] sigma) {
        int h = sigma.length;
        double[] cum = new double[h];
        double indep = 0;
        double[] running = new double[err.length];
        for (int s = 0; s < h; s++) {
            indep += sigma[s] * sigma[s];
            double acc = 0;
            for (int o = 0; o < err.length; o++) {
                running[o] += err[o][s];
                acc += running[o] * running[o];
            }
            cum[s] = Math.max(Math.sqrt(indep), Math.sqrt(acc / err.length));
        }
        return cum;
    }

    private static double positiveMedian(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        double med = s[s.length / 2];
        if (med > 0) return med;
        for (double x : s) if (x > 0) return x;
        return 1;
    }

    private static double[] clip(double[] f, boolean nonNeg) {
        if (nonNeg) for (int k = 0; k < f.length; k++) if (f[k] < 0) f[k] = 0;
        return f;
    }

    private static boolean isConstant(double[] y) {
        for (double v : y) if (v != y[0]) return false;
        return true;
    }

    private static double zeroShare(double[] y) {
        int z = 0;
        for (double v : y) if (v == 0) z++;
        return (double) z / y.length;
    }
}
