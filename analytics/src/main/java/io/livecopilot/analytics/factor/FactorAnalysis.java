package io.livecopilot.analytics.factor;

import io.livecopilot.analytics.Marker;
import io.livecopilot.analytics.MinuteRow;
import io.livecopilot.core.event.Timestamps;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The key-factor analysis of one session: which coupons, segments, products, prices and moments moved clicks,
 * conversion and GMV, estimated from the per-minute timeline.
 *
 * <p>Three log-linear (Poisson) regressions, fitted by penalized iteratively reweighted least squares:
 * <ul>
 *   <li>clicks per minute while a product is on show, with the online viewers as exposure (so the audience is
 *       controlled for);</li>
 *   <li>conversion: the paid orders credited to the minute of the click that led to them, with that minute's clicks
 *       as exposure (minutes without clicks say nothing about conversion);</li>
 *   <li>GMV per click: the paid amounts credited the same way (quasi-Poisson), same exposure.</li>
 * </ul>
 * The columns are indicators for the minutes after coupon releases (a window and the one after it; the window chosen
 * by fit among {@link #WINDOWS} minutes), for each segment kind and for each product on show, and, in a second model,
 * the log price of the product on show in place of the products. A factor's effect is multiplicative (+170 % = ×2.7)
 * with a 95 % interval from quasi-Poisson standard errors (the model's covariance scaled by the
 * overdispersion, at least 1). Columns are standardized
 * and lightly ridge-penalized (intercept free) so that overlapping factors (a product pitched in its own segments)
 * stay estimable; every category keeps its own column, so an effect reads as a deviation from the session's usual
 * level. Segment kinds that start with a coupon release (promo segments release the coupons) cannot be told apart
 * from the coupons and are counted with them. Minutes that converted far above the fit are reported as moments.
 *
 * <p>Factors are ranked by the smallest effect their interval allows (|log effect| − 1.96 s.e.), conversion weighted
 * 1, clicks 0.5 and GMV per click 0.3 (mostly the price of what is on show): a large but uncertain effect ranks below
 * a smaller certain one. The first three never are all of one kind (see {@link #diversifyTop}).
 */
public final class FactorAnalysis {
    /** The outcomes, in report order. */
    public static final List<String> OUTCOMES = List.of("clicks", "paid_orders", "gmv");
    /** Factors on for fewer minutes than this are left out (too few minutes to tell anything). */
    public static final int MIN_MINUTES_ON = 2;
    /** Below this many product clicks in the session, conversion is measured per online viewer. */
    public static final int MIN_CLICKS = 30;
    /** The coupon windows tried, in minutes, when none is fixed. */
    public static final int[] WINDOWS = {2, 3, 5, 8};
    /** Windows longer than the shortest are not tried when the coupons would then cover more of the session than this. */
    public static final double MAX_COUPON_COVERAGE = 0.4;
    /** Above this many coupon releases, their windows are pooled into one factor. */
    public static final int MAX_SEPARATE_COUPONS = 3;
    private static final double[] WEIGHTS = {0.5, 1.0, 0.3};

    private final Integer couponWindow;
    private final double lambda;

    private FactorAnalysis(Builder b) {
        this.couponWindow = b.couponWindow;
        this.lambda = b.lambda;
    }

    public static Builder builder() { return new Builder(); }

    /** The analysis with the default settings: coupon window chosen by fit, ridge λ = 1. */
    public static FactorAnalysis standard() { return builder().build(); }

    /** Options of the analysis. */
    public static final class Builder {
        private Integer couponWindow;
        private double lambda = 1.0;

        /** Fixes the window after a coupon release instead of choosing it by fit. */
        public Builder couponWindowMinutes(int minutes) {
            if (minutes < 1) throw new IllegalArgumentException("couponWindowMinutes: must be ≥ 1, was " + minutes);
            this.couponWindow = minutes;
            return this;
        }

        public Builder ridge(double lambda) {
            if (!(lambda > 0)) throw new IllegalArgumentException("ridge: must be > 0, was " + lambda);
            this.lambda = lambda;
            return this;
        }

        public FactorAnalysis build() { return new FactorAnalysis(this); }
    }

    /** The result: the factors, most important first, then the moments; and a description of the model. */
    public record Result(List<Factor> factors, Map<String, Object> model) {}

    private record Column(String kind, String name, String label, String product, double[] x, boolean continuous) {
        Column(String kind, String name, String label, String product, double[] x) {
            this(kind, name, label, product, x, false);
        }

        int on() {
            int n = 0;
            for (double v : x) if (v != 0) n++;
            return n;
        }
    }

    /**
     * Analyses the timeline.
     *
     * @param unitPrices the unit price of each product (the catalog price, or GMV ÷ units); products without one are
     *                   left out of the price model
     */
    public Result analyze(List<MinuteRow> rows, Map<String, BigDecimal> unitPrices) {
        int n = rows.size();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("method", "Poisson regressions per minute (penalized IRLS, λ=" + lambda + " on standardized columns): clicks with "
                + "online viewers as exposure; paid orders and GMV credited to the minute of their click, with that minute's clicks as "
                + "exposure (conversion); effects are multiplicative with 95% intervals from quasi-Poisson standard errors (scaled by the overdispersion)");
        model.put("minutes", n);
        if (n < 10) {
            model.put("note", "too few minutes (" + n + ") to estimate factors");
            return new Result(List.of(), model);
        }
        double[][] y = new double[3][n];
        double[][] exposure = new double[3][n];
        for (int i = 0; i < n; i++) {
            MinuteRow r = rows.get(i);
            y[0][i] = r.clicks();
            y[1][i] = r.attributedPaidOrders();
            y[2][i] = r.attributedGmv().doubleValue();
            // clicks need a product on show; conversion needs clicks: other minutes say nothing about them
            exposure[0][i] = r.product() == null ? 0 : r.online();
            exposure[1][i] = r.clicks();
            exposure[2][i] = r.clicks();
        }
        long totalClicks = Arrays.stream(y[0]).mapToLong(v -> (long) v).sum();
        if (totalClicks < MIN_CLICKS) {
            // no click data: conversion per online viewer instead of per click
            for (int i = 0; i < n; i++) exposure[1][i] = exposure[2][i] = rows.get(i).online();
            model.put("note", "fewer than " + MIN_CLICKS + " product clicks: orders and GMV are modelled per online viewer");
        }

        List<Column> segments = categoryColumns(rows, true);
        List<Column> products = categoryColumns(rows, false);
        int window = couponWindow != null ? couponWindow : 5;
        if (couponWindow == null) {
            double best = Double.POSITIVE_INFINITY;
            for (int w : WINDOWS) {
                List<Column> couponTrial = couponColumns(rows, w);
                // a window so long that the coupons cover most of the session leaves nothing to compare with
                if (w != WINDOWS[0] && !couponTrial.isEmpty() && coverage(couponTrial, n) > MAX_COUPON_COVERAGE) continue;
                List<Column> trial = usable(concat(couponTrial, withoutCouponSegments(rows, segments, null), products), n);
                Fit f = fit(trial, y[1], exposure[1]);
                if (f != null && f.deviance < best - 1e-9) {
                    best = f.deviance;
                    window = w;
                }
            }
        }
        List<Column> coupons = couponColumns(rows, window);
        List<String> merged = new ArrayList<>();
        List<Column> keptSegments = withoutCouponSegments(rows, segments, merged);
        model.put("coupon_window_minutes", window);
        if (!merged.isEmpty()) model.put("segments_counted_with_coupons", merged);

        List<Column> main = usable(concat(coupons, keptSegments, products), n);
        Fit[] fits = new Fit[3];
        for (int k = 0; k < 3; k++) fits[k] = fit(main, y[k], exposure[k]);

        List<Factor> factors = new ArrayList<>();
        for (int j = 0; j < main.size(); j++) {
            Column c = main.get(j);
            Map<String, Effect> effects = new LinkedHashMap<>();
            for (int k = 0; k < 3; k++) effects.put(OUTCOMES.get(k), fits[k] == null ? null : fits[k].effect(j, 1.0));
            effects.values().removeIf(java.util.Objects::isNull);
            if (effects.isEmpty()) continue;
            factors.add(new Factor(c.kind, c.name, c.label, c.product, c.on(), effects, importance(effects, fits, j, 1.0), explain(c.label, effects)));
        }

        Column price = priceColumn(rows, unitPrices);
        if (price != null) {
            double sd = sd(price.x);
            List<Column> priceModel = usable(concat(coupons, keptSegments, List.of(price)), n);
            int j = priceModel.indexOf(price);
            if (j >= 0 && sd > 0) {
                Map<String, Effect> effects = new LinkedHashMap<>();
                Fit[] pf = new Fit[3];
                for (int k = 0; k < 3; k++) {
                    pf[k] = fit(priceModel, y[k], exposure[k]);
                    Effect e = pf[k] == null ? null : pf[k].effect(j, sd);
                    if (e != null) effects.put(OUTCOMES.get(k), e);
                }
                String label = String.format(Locale.ROOT, "讲解商品价格（贵 %.0f%%，即 1 个标准差）", (Math.exp(sd) - 1) * 100);
                factors.add(new Factor("price", "price", label, null, n, effects, importance(effects, pf, j, sd), explain(label, effects)));
            }
        }
        factors.sort(Comparator.comparingDouble(Factor::importance).reversed());
        diversifyTop(factors);

        if (fits[1] != null) factors.addAll(moments(rows, fits[1], y[1]));
        Map<String, Object> fitInfo = new LinkedHashMap<>();
        for (int k = 0; k < 3; k++) fitInfo.put(OUTCOMES.get(k), fits[k] == null ? null : round(fits[k].pseudoR2));
        model.put("pseudo_r2", fitInfo);
        model.put("coupon_windows", List.of("0-" + window, window + "-" + 2 * window));
        model.put("ranking", "by the smallest effect the 95% interval allows (|log effect| − 1.96 s.e.), conversion weighted 1, clicks 0.5, GMV per click 0.3");
        return new Result(factors, model);
    }

    /**
     * At most two factors of one kind among the first three (products and price count as one kind): when the top
     * three are all products (say), the best
     * factor of another kind with a real effect moves up to third place, so that the head of the list shows different
     * levers.
     */
    static void diversifyTop(List<Factor> sorted) {
        if (sorted.size() < 4) return;
        String k0 = family(sorted.get(0).kind());
        if (!k0.equals(family(sorted.get(1).kind())) || !k0.equals(family(sorted.get(2).kind()))) return;
        for (int i = 3; i < sorted.size(); i++) {
            Factor f = sorted.get(i);
            if (!family(f.kind()).equals(k0) && f.importance() > 0) {
                sorted.remove(i);
                sorted.add(2, f);
                return;
            }
        }
    }

    /** Products and the price of the product on show are one family of levers (what is sold). */
    private static String family(String kind) {
        return kind.equals("price") ? "product" : kind;
    }

    /** The share of minutes inside the first window after any release. */
    private static double coverage(List<Column> coupons, int n) {
        boolean[] in = new boolean[n];
        for (Column c : coupons) if (c.label.contains("后 0-") || c.label.startsWith("发券后 0-")) for (int i = 0; i < n; i++) if (c.x[i] != 0) in[i] = true;
        int k = 0;
        for (boolean b : in) if (b) k++;
        return (double) k / n;
    }

    @SafeVarargs
    private static List<Column> concat(List<Column>... lists) {
        List<Column> out = new ArrayList<>();
        for (List<Column> l : lists) out.addAll(l);
        return out;
    }

    private static List<Column> usable(List<Column> cols, int n) {
        List<Column> out = new ArrayList<>(cols);
        out.removeIf(c -> !c.continuous && (c.on() < MIN_MINUTES_ON || c.on() == n));
        return out;
    }

    /** Minutes whose conversions stand far above the fit (Pearson residual over 3). */
    private static List<Factor> moments(List<MinuteRow> rows, Fit fit, double[] y) {
        int n = rows.size();
        Integer[] idx = new Integer[n];
        double[] pearson = new double[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
            pearson[i] = fit.mu[i] > 0 ? (y[i] - fit.mu[i]) / Math.sqrt(fit.mu[i]) : 0;
        }
        Arrays.sort(idx, Comparator.comparingDouble(i -> -pearson[i]));
        List<Factor> out = new ArrayList<>();
        for (int r = 0; r < Math.min(3, n); r++) {
            int i = idx[r];
            if (pearson[i] < 3 || y[i] < 3) break;
            MinuteRow row = rows.get(i);
            String hhmm = hhmm(row.minute());
            double extra = y[i] - fit.mu[i];
            String text = String.format(Locale.ROOT, "%s 这一分钟的 %d 次点击带来成交 %d 单，比同等点击、环节与商品下的预期（%.1f 单）多 %.1f 单%s。",
                    hhmm, row.clicks(), row.attributedPaidOrders(), fit.mu[i], extra, row.product() == null ? "" : "（讲解 " + row.product() + "）");
            Map<String, Effect> eff = Map.of("paid_orders", new Effect(extra, Double.NaN, Double.NaN, y[i] / fit.mu[i] - 1, true));
            out.add(new Factor("moment", hhmm, hhmm + " 转化异常高", row.product(), 1, eff, 0, text));
        }
        return out;
    }

    /**
     * Indicator columns for the minutes after coupon releases: per release when there are at most
     * {@value #MAX_SEPARATE_COUPONS}, else pooled over all releases (many short windows cannot be told apart).
     */
    private List<Column> couponColumns(List<MinuteRow> rows, int couponWindow) {
        int n = rows.size();
        List<int[]> at = new ArrayList<>(); // row index, marker index
        for (int i = 0; i < n; i++) {
            List<Marker> markers = rows.get(i).markers();
            for (int j = 0; j < markers.size(); j++) if (markers.get(j).kind().equals("coupon")) at.add(new int[] {i, j});
        }
        List<Column> cols = new ArrayList<>();
        if (at.size() > MAX_SEPARATE_COUPONS) {
            for (int w = 0; w < 2; w++) {
                double[] x = new double[n];
                for (int[] a : at) for (int k = a[0] + w * couponWindow; k < Math.min(n, a[0] + (w + 1) * couponWindow); k++) x[k] = 1;
                cols.add(new Column("coupon", "coupons", "发券后 " + (w * couponWindow) + "-" + ((w + 1) * couponWindow)
                        + " 分钟（全场 " + at.size() + " 次发券合并）", null, x));
            }
            return cols;
        }
        for (int[] a : at) {
            int i = a[0];
            Marker m = rows.get(i).markers().get(a[1]);
            String what = "发券 " + m.name() + (m.product() != null ? "（" + m.product() + "）" : "")
                    + (m.discount() != null ? "减" + m.discount().stripTrailingZeros().toPlainString() + "元" : "");
            for (int w = 0; w < 2; w++) {
                double[] x = new double[n];
                for (int k = i + w * couponWindow; k < Math.min(n, i + (w + 1) * couponWindow); k++) x[k] = 1;
                String label = hhmm(m.ts()) + " " + what + " 后 " + (w * couponWindow) + "-" + ((w + 1) * couponWindow) + " 分钟";
                cols.add(new Column("coupon", m.name(), label, m.product(), x));
            }
        }
        return cols;
    }

    /** The segment columns without the kinds whose segments (80 % or more) start in a minute with a coupon release. */
    private static List<Column> withoutCouponSegments(List<MinuteRow> rows, List<Column> segments, List<String> merged) {
        int n = rows.size();
        Set<Integer> releases = new HashSet<>();
        Map<String, int[]> starts = new HashMap<>(); // kind -> {segments started, started with a coupon}
        for (int i = 0; i < n; i++) for (Marker mk : rows.get(i).markers()) if (mk.kind().equals("coupon")) releases.add(i);
        for (int i = 0; i < n; i++) {
            for (Marker mk : rows.get(i).markers()) {
                if (!mk.kind().equals("segment")) continue;
                int[] c = starts.computeIfAbsent(mk.name(), k -> new int[2]);
                c[0]++;
                if (releases.contains(i)) c[1]++;
            }
        }
        List<Column> out = new ArrayList<>();
        for (Column seg : segments) {
            int[] c = starts.get(seg.name);
            if (c != null && c[0] > 0 && c[1] >= 0.8 * c[0]) {
                if (merged != null) merged.add(seg.name);
            } else {
                out.add(seg);
            }
        }
        return out;
    }

    private static List<Column> categoryColumns(List<MinuteRow> rows, boolean segment) {
        int n = rows.size();
        Map<String, double[]> byValue = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String v = segment ? rows.get(i).segment() : rows.get(i).product();
            if (v == null) continue;
            byValue.computeIfAbsent(v, k -> new double[n])[i] = 1;
        }
        List<Column> cols = new ArrayList<>();
        byValue.forEach((v, x) -> cols.add(segment
                ? new Column("segment", v, "环节：" + segmentName(v), null, x)
                : new Column("product", v, "讲解商品：" + v, v, x)));
        return cols;
    }

    /** The log price of the product on show (minutes without a priced product get the mean), or {@code null}. */
    private static Column priceColumn(List<MinuteRow> rows, Map<String, BigDecimal> unitPrices) {
        int n = rows.size(), priced = 0;
        double[] x = new double[n];
        Set<BigDecimal> distinct = new HashSet<>();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal p = rows.get(i).product() == null ? null : unitPrices.get(rows.get(i).product());
            if (p != null && p.signum() > 0) {
                x[i] = Math.log(p.doubleValue());
                sum += x[i];
                priced++;
                distinct.add(p.stripTrailingZeros());
            } else {
                x[i] = Double.NaN;
            }
        }
        if (priced < n / 2 || distinct.size() < 2) return null;
        double mean = sum / priced;
        for (int i = 0; i < n; i++) if (Double.isNaN(x[i])) x[i] = mean;
        return new Column("price", "price", "讲解商品价格", null, x, true);
    }

    /** The Chinese name of a segment kind of spec/events.md. */
    public static String segmentName(String kind) {
        return switch (kind) {
            case "opening" -> "开场";
            case "pitch" -> "商品讲解";
            case "interaction" -> "互动";
            case "promo" -> "促销";
            case "closing" -> "收尾";
            default -> kind;
        };
    }

    /** The smallest log effect the 95 % interval allows, weighted by outcome. */
    private static double importance(Map<String, Effect> effects, Fit[] fits, int j, double scale) {
        double best = 0;
        for (int k = 0; k < 3; k++) {
            if (fits[k] == null || !Double.isFinite(fits[k].se[j])) continue;
            double b = Math.abs(fits[k].beta[j] * scale), se = fits[k].se[j] * scale;
            double s = WEIGHTS[k] * Math.max(0, b - 1.959964 * se);
            if (Double.isFinite(s)) best = Math.max(best, s);
        }
        return best;
    }

    private static String explain(String label, Map<String, Effect> effects) {
        StringBuilder sb = new StringBuilder(label).append("：");
        Map<String, String> names = Map.of("clicks", "点击（按在线人数）", "paid_orders", "点击成交转化", "gmv", "每次点击的成交额");
        int k = 0;
        for (String o : OUTCOMES) {
            Effect e = effects.get(o);
            if (e == null) continue;
            if (k++ > 0) sb.append("；");
            sb.append(names.get(o)).append(String.format(Locale.ROOT, " %s（95%%区间 %s ~ %s，%s）",
                    pct(e.lift()), pct(e.lowerLift()), pct(e.upperLift()), e.significant() ? "显著" : "不显著"));
        }
        return sb.append("。").toString();
    }

    private static String pct(double lift) {
        return String.format(Locale.ROOT, "%+.0f%%", lift * 100);
    }

    static String hhmm(long ts) {
        return Timestamps.iso(ts).substring(11, 16);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** A fitted Poisson model: coefficients and standard errors per column (original scale), fitted means. */
    private static final class Fit {
        final double[] beta, se, mu;
        final double meanY, deviance, pseudoR2;

        Fit(double[] beta, double[] se, double[] mu, double meanY, double deviance, double pseudoR2) {
            this.beta = beta;
            this.se = se;
            this.mu = mu;
            this.meanY = meanY;
            this.deviance = deviance;
            this.pseudoR2 = pseudoR2;
        }

        /** The effect of column j when it moves by {@code scale} (1 for an indicator, one s.d. for price). */
        /** {@code null} when the data say nothing about the column (it never varies where the outcome is observed). */
        Effect effect(int j, double scale) {
            if (!Double.isFinite(se[j])) return null;
            double b = beta[j] * scale, half = 1.959964 * se[j] * scale;
            double lift = Math.expm1(b), lo = Math.expm1(b - half), hi = Math.expm1(b + half);
            return new Effect(meanY * lift, meanY * lo, meanY * hi, lift, lo > 0 || hi < 0);
        }
    }

    /**
     * Penalized Poisson regression by IRLS: log E[y] = log(exposure) + b0 + Σ b_j z_j with standardized z and a ridge
     * penalty λ on the b_j; rows with zero exposure carry no information and are skipped. {@code null} when it does
     * not converge or there is nothing to fit.
     */
    private Fit fit(List<Column> cols, double[] y, double[] exposure) {
        int rowsAll = y.length, p = cols.size();
        List<Integer> use = new ArrayList<>();
        for (int i = 0; i < rowsAll; i++) if (exposure[i] > 0) use.add(i);
        int n = use.size();
        double totalY = 0, totalE = 0;
        for (int i : use) {
            totalY += y[i];
            totalE += exposure[i];
        }
        if (n < 5 || totalY <= 0) return null;
        double[] mx = new double[p], sx = new double[p];
        for (int i : use) for (int j = 0; j < p; j++) mx[j] += cols.get(j).x[i] / n;
        for (int i : use) for (int j = 0; j < p; j++) sx[j] += Math.pow(cols.get(j).x[i] - mx[j], 2) / n;
        for (int j = 0; j < p; j++) sx[j] = Math.sqrt(sx[j]);
        int q = p + 1; // intercept last
        double[][] z = new double[n][q];
        double[] yy = new double[n], off = new double[n];
        for (int r = 0; r < n; r++) {
            int i = use.get(r);
            for (int j = 0; j < p; j++) z[r][j] = sx[j] == 0 ? 0 : (cols.get(j).x[i] - mx[j]) / sx[j];
            z[r][p] = 1;
            yy[r] = y[i];
            off[r] = Math.log(exposure[i]);
        }
        double[] g = new double[q];
        g[p] = Math.log(totalY / totalE);
        double[] mu = new double[n];
        RealMatrix ainv = null;
        double[] w = new double[n];
        if (n <= q) return null;
        for (int iter = 0; iter < 50; iter++) {
            double[][] a = new double[q][q];
            double[] b = new double[q];
            for (int r = 0; r < n; r++) {
                double eta = off[r];
                for (int j = 0; j < q; j++) eta += g[j] * z[r][j];
                mu[r] = Math.exp(Math.min(30, eta));
                w[r] = Math.max(mu[r], 1e-9);
                double work = eta - off[r] + (yy[r] - mu[r]) / w[r];
                for (int j = 0; j < q; j++) {
                    if (z[r][j] == 0) continue;
                    b[j] += w[r] * z[r][j] * work;
                    for (int k = j; k < q; k++) a[j][k] += w[r] * z[r][j] * z[r][k];
                }
            }
            for (int j = 0; j < q; j++) {
                for (int k = 0; k < j; k++) a[j][k] = a[k][j];
                if (j < p) a[j][j] += lambda;
            }
            double[] next;
            try {
                ainv = new LUDecomposition(new Array2DRowRealMatrix(a, false)).getSolver().getInverse();
                next = ainv.operate(new ArrayRealVector(b, false)).toArray();
            } catch (SingularMatrixException e) {
                return null;
            }
            double change = 0;
            for (int j = 0; j < q; j++) change = Math.max(change, Math.abs(next[j] - g[j]));
            g = next;
            if (change < 1e-8) break;
        }
        double dev = 0, nullDev = 0, rate = totalY / totalE;
        for (int r = 0; r < n; r++) {
            double eta = off[r];
            for (int j = 0; j < q; j++) eta += g[j] * z[r][j];
            mu[r] = Math.exp(Math.min(30, eta));
            dev += devianceTerm(yy[r], mu[r]);
            nullDev += devianceTerm(yy[r], Math.exp(off[r]) * rate);
        }
        // quasi-Poisson: the model's covariance A⁻¹ (ZᵀWZ) A⁻¹ scaled by the dispersion φ = Pearson χ² / (n − q)
        double[][] info = new double[q][q];
        double pearson = 0;
        for (int r = 0; r < n; r++) {
            pearson += Math.pow(yy[r] - mu[r], 2) / Math.max(mu[r], 1e-9);
            for (int j = 0; j < q; j++) {
                if (z[r][j] == 0) continue;
                for (int k = 0; k < q; k++) info[j][k] += mu[r] * z[r][j] * z[r][k];
            }
        }
        double phi = Math.max(1, pearson / Math.max(1, n - q));
        RealMatrix cov = ainv.multiply(new Array2DRowRealMatrix(info, false)).multiply(ainv).scalarMultiply(phi);
        double[] beta = new double[p], se = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = sx[j] == 0 ? 0 : g[j] / sx[j];
            se[j] = sx[j] == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(Math.max(0, cov.getEntry(j, j))) / sx[j];
        }
        double[] muAll = new double[rowsAll];
        for (int r = 0; r < n; r++) muAll[use.get(r)] = mu[r];
        return new Fit(beta, se, muAll, totalY / rowsAll, dev, nullDev == 0 ? 0 : 1 - dev / nullDev);
    }

    private static double devianceTerm(double y, double mu) {
        return 2 * ((y > 0 ? y * Math.log(y / mu) : 0) - (y - mu));
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double d : v) m += d;
        m /= v.length;
        double s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }
}
