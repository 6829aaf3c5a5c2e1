package io.livecopilot.analytics.factor;

import io.livecopilot.analytics.Marker;
import io.livecopilot.analytics.MinuteRow;
import io.livecopilot.core.event.Timestamps;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The key-factor analysis of one session: a ridge regression per outcome (clicks, paid orders and GMV per minute) on
 * the timeline, with the online viewers as a control (and, for orders and GMV, the clicks of the last minutes, so
 * that their effects read as conversion), indicator columns for the minutes after each coupon release
 * (0-5 and 5-10 minutes), for each segment kind and for each product on show, and, in a second model, the log price of
 * the product on show in place of the products. Intervals are ±1.96 heteroskedasticity-robust (HC3) standard
 * errors from the ridge sandwich covariance (a bootstrap was tried first: it cannot resample a 5-minute coupon window reliably). Minutes whose paid orders stand far above the fit are
 * reported as moments.
 *
 * <p>Ridge (columns standardized, intercept free) keeps the estimate defined when factors overlap (a product is
 * pitched in its own segments); every category keeps its own column, so an effect reads as a deviation from the
 * session's usual level rather than from an arbitrary reference.
 */
public final class FactorAnalysis {
    /** The outcomes, in report order. */
    public static final List<String> OUTCOMES = List.of("clicks", "paid_orders", "gmv");
    /** Factors on for fewer minutes than this are left out (too few minutes to tell anything). */
    public static final int MIN_MINUTES_ON = 2;
    /** The coupon windows tried, in minutes, when none is fixed. */
    public static final int[] WINDOWS = {2, 3, 5, 8};
    /** Above this many coupon releases, their windows are pooled into one factor. */
    public static final int MAX_SEPARATE_COUPONS = 3;

    private final int couponWindow;
    private final boolean chooseWindow;
    private final double lambda;

    private FactorAnalysis(Builder b) {
        this.couponWindow = b.couponWindow == null ? 5 : b.couponWindow;
        this.chooseWindow = b.couponWindow == null;
        this.lambda = b.lambda;
    }

    public static Builder builder() { return new Builder(); }

    /** The analysis with the default settings: coupon window chosen by fit among 2, 3, 5 and 8 minutes, λ = 3. */
    public static FactorAnalysis standard() { return builder().build(); }

    /** Options of the analysis. */
    public static final class Builder {
        private Integer couponWindow;
        private double lambda = 3.0;

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

    private record Column(String kind, String name, String label, String product, double[] x) {
        int on() {
            int n = 0;
            for (double v : x) if (v != 0) n++;
            return n;
        }
    }

    /**
     * Analyses the timeline.
     *
     * @param unitPrices the unit price of each product (GMV ÷ units, or the catalog price); products without one are
     *                   left out of the price model
     */
    public Result analyze(List<MinuteRow> rows, Map<String, BigDecimal> unitPrices) {
        int n = rows.size();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("method", "ridge regression per minute (λ=" + lambda + ", standardized columns) with online viewers (and, for orders and GMV, recent clicks) as controls; "
                + "95% intervals from heteroskedasticity-robust (HC3) sandwich standard errors");
        model.put("minutes", n);
        if (n < 10) {
            model.put("note", "too few minutes (" + n + ") to estimate factors");
            return new Result(List.of(), model);
        }
        double[][] y = new double[OUTCOMES.size()][n];
        for (int i = 0; i < n; i++) {
            MinuteRow r = rows.get(i);
            y[0][i] = r.clicks();
            y[1][i] = r.attributedPaidOrders();
            y[2][i] = r.attributedGmv().doubleValue();
        }
        double[] online = new double[n], clicks = new double[n];
        for (int i = 0; i < n; i++) {
            online[i] = rows.get(i).online();
            clicks[i] = rows.get(i).clicks();
        }
        // clicks depend on the audience; the orders and GMV credited to a minute's clicks depend on those clicks too,
        // so that their factors read as conversion
        double[][][] controls = {{online}, {online, clicks}, {online, clicks}};

        List<Column> segments = categoryColumns(rows, true);
        List<Column> products = categoryColumns(rows, false);
        // the window after a coupon release: the fixed one, or the one among WINDOWS that fits the conversions best
        int window = couponWindow;
        if (chooseWindow) {
            double best = Double.POSITIVE_INFINITY;
            for (int w : WINDOWS) {
                List<Column> trial = new ArrayList<>(couponColumns(rows, w));
                trial.addAll(segments);
                trial.addAll(products);
                trial.removeIf(c -> c.on() < MIN_MINUTES_ON || c.on() == n);
                double rss = 0;
                for (double r : fit(trial, controls[1], y[1]).residuals) rss += r * r;
                if (rss < best - 1e-9) {
                    best = rss;
                    window = w;
                }
            }
        }
        List<Column> coupons = couponColumns(rows, window);
        // a segment kind whose segments start with a coupon release (promo segments release the coupons) cannot be
        // told apart from the coupons: its effect is counted in theirs
        java.util.Set<Integer> releases = new java.util.HashSet<>();
        Map<String, int[]> starts = new HashMap<>(); // kind -> {segments started, started with a coupon}
        for (int i = 0; i < n; i++) {
            for (Marker mk : rows.get(i).markers()) if (mk.kind().equals("coupon")) releases.add(i);
        }
        for (int i = 0; i < n; i++) {
            for (Marker mk : rows.get(i).markers()) {
                if (!mk.kind().equals("segment")) continue;
                int[] c = starts.computeIfAbsent(mk.name(), k -> new int[2]);
                c[0]++;
                if (releases.contains(i)) c[1]++;
            }
        }
        List<String> merged = new ArrayList<>();
        segments.removeIf(seg -> {
            int[] c = starts.get(seg.name);
            boolean drop = c != null && c[0] > 0 && c[1] >= 0.8 * c[0];
            if (drop) merged.add(seg.name);
            return drop;
        });
        model.put("coupon_window_minutes", window);
        if (!merged.isEmpty()) model.put("segments_counted_with_coupons", merged);

        List<Column> main = new ArrayList<>(coupons);
        main.addAll(segments);
        main.addAll(products);
        main.removeIf(c -> c.on() < MIN_MINUTES_ON || c.on() == n);
        Fit[] fits = new Fit[OUTCOMES.size()];
        for (int k = 0; k < OUTCOMES.size(); k++) fits[k] = fit(main, controls[k], y[k]);

        List<Factor> factors = new ArrayList<>();
        for (int j = 0; j < main.size(); j++) {
            Column c = main.get(j);
            Map<String, Effect> effects = new LinkedHashMap<>();
            for (int k = 0; k < OUTCOMES.size(); k++) effects.put(OUTCOMES.get(k), fits[k].effect(j, mean(y[k]), 1.0));
            factors.add(new Factor(c.kind, c.name, c.label, c.product, c.on(), effects, importance(effects), explain(c.label, effects)));
        }

        // price model: the log price of the product on show instead of the products
        double[] logPrice = new double[n];
        int priced = 0;
        java.util.Set<BigDecimal> distinct = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            BigDecimal p = rows.get(i).product() == null ? null : unitPrices.get(rows.get(i).product());
            if (p != null && p.signum() > 0) {
                logPrice[i] = Math.log(p.doubleValue());
                priced++;
                distinct.add(p.stripTrailingZeros());
            } else {
                logPrice[i] = Double.NaN;
            }
        }
        if (priced >= n / 2 && distinct.size() >= 2) {
            double m = 0;
            for (double v : logPrice) if (!Double.isNaN(v)) m += v;
            m /= priced;
            for (int i = 0; i < n; i++) if (Double.isNaN(logPrice[i])) logPrice[i] = m;
            double sd = sd(logPrice);
            List<Column> priceModel = new ArrayList<>(coupons);
            priceModel.addAll(segments);
            priceModel.removeIf(c -> c.on() < MIN_MINUTES_ON || c.on() == n);
            priceModel.add(new Column("price", "price", "讲解商品价格（对数，+1 个标准差）", null, logPrice));
            int j = priceModel.size() - 1;
            Map<String, Effect> effects = new LinkedHashMap<>();
            for (int k = 0; k < OUTCOMES.size(); k++) effects.put(OUTCOMES.get(k), fit(priceModel, controls[k], y[k]).effect(j, mean(y[k]), sd));
            String label = String.format(Locale.ROOT, "讲解商品价格（价格高 %.0f%%）", (Math.exp(sd) - 1) * 100);
            factors.add(new Factor("price", "price", label, null, priced, effects, importance(effects), explain(label, effects)));
        }
        factors.sort(Comparator.comparingDouble(Factor::importance).reversed());

        // moments: minutes whose paid orders stand far above the main model's fit
        double[] resid = fits[1].residuals;
        double rs = sd(resid);
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        Arrays.sort(idx, Comparator.comparingDouble(i -> -resid[i]));
        for (int r = 0; r < Math.min(3, n); r++) {
            int i = idx[r];
            if (rs == 0 || resid[i] < 2 * rs) break;
            MinuteRow row = rows.get(i);
            String hhmm = hhmm(row.minute());
            double expected = row.attributedPaidOrders() - resid[i];
            String text = String.format(Locale.ROOT, "%s 这一分钟的点击带来成交 %d 单，比同等在线人数、点击与环节下的预期（%.1f 单）多 %.1f 单%s。",
                    hhmm, row.attributedPaidOrders(), expected, resid[i], row.product() == null ? "" : "（讲解 " + row.product() + "）");
            Map<String, Effect> eff = Map.of("paid_orders", new Effect(resid[i], Double.NaN, Double.NaN, resid[i] / Math.max(1e-9, mean(y[1])), true));
            factors.add(new Factor("moment", hhmm, hhmm + " 转化异常高", row.product(), 1, eff, 0, text));
        }
        model.put("r2", Map.of("clicks", fits[0].r2, "paid_orders", fits[1].r2, "gmv", fits[2].r2));
        model.put("outcomes", Map.of("clicks", "product clicks in the minute",
                "paid_orders", "paid orders credited to the minute of the click that led to them (else of the order)",
                "gmv", "their paid amounts"));
        model.put("controls", Map.of("clicks", List.of("online"), "paid_orders", List.of("online", "clicks"), "gmv", List.of("online", "clicks")));
        model.put("ranking", "by the smallest relative effect the 95% interval allows (|effect| − 1.96 s.e., over the outcome's mean), "
                + "paid orders weighted 1, GMV 0.6, clicks 0.5");
        model.put("coupon_windows", List.of("0-" + window, window + "-" + 2 * window));
        return new Result(factors, model);
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

    /** The smallest relative effect the 95 % interval allows, weighted by outcome (paid orders 1, GMV 0.6, clicks 0.5). */
    private static double importance(Map<String, Effect> effects) {
        double best = 0;
        for (Map.Entry<String, Effect> e : effects.entrySet()) {
            Effect f = e.getValue();
            double w = switch (e.getKey()) {
                case "paid_orders" -> 1.0;
                case "gmv" -> 0.6;
                default -> 0.5;
            };
            if (f.perMinute() == 0 || f.lift() == 0) continue;
            double half = (f.upper() - f.lower()) / 2;
            double sure = Math.max(0, Math.abs(f.perMinute()) - half) * Math.abs(f.lift() / f.perMinute());
            double s = w * sure;
            if (Double.isFinite(s)) best = Math.max(best, s);
        }
        return best;
    }

    private static String explain(String label, Map<String, Effect> effects) {
        StringBuilder sb = new StringBuilder(label).append("：");
        String[] names = {"点击", "成交订单", "成交金额"};
        String[] units = {"次/分钟", "单/分钟", "元/分钟"};
        int k = 0;
        for (String o : OUTCOMES) {
            Effect e = effects.get(o);
            if (k > 0) sb.append("；");
            sb.append(names[k]).append(String.format(Locale.ROOT, " %+.2f %s（95%%区间 %.2f ~ %.2f，相对平均 %+.0f%%%s）",
                    e.perMinute(), units[k], e.lower(), e.upper(), e.lift() * 100, e.significant() ? "，显著" : "，不显著"));
            k++;
        }
        return sb.append("。").toString();
    }

    static String hhmm(long ts) {
        return Timestamps.iso(ts).substring(11, 16);
    }

    private static final class Fit {
        final double[] beta;      // per column on the original scale; the controls come last
        final double[] se;        // standard errors on the original scale
        final double[] residuals;
        final double r2;

        Fit(double[] beta, double[] se, double[] residuals, double r2) {
            this.beta = beta;
            this.se = se;
            this.residuals = residuals;
            this.r2 = r2;
        }

        Effect effect(int j, double mean, double scale) {
            double b = beta[j] * scale, half = 1.959964 * se[j] * scale;
            double lo = b - half, hi = b + half;
            return new Effect(b, lo, hi, mean == 0 ? 0 : b / mean, lo > 0 || hi < 0);
        }
    }

    /**
     * Ridge on standardized columns (intercept free), with the sandwich covariance
     * σ² (Z'Z + λI)⁻¹ Z'Z (Z'Z + λI)⁻¹ for the standard errors, σ² from the residuals.
     */
    private Fit fit(List<Column> cols, double[][] controls, double[] y) {
        int n = y.length, p = cols.size() + controls.length;
        double[][] x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < cols.size(); j++) x[i][j] = cols.get(j).x[i];
            for (int c = 0; c < controls.length; c++) x[i][cols.size() + c] = controls[c][i];
        }
        double[] mx = new double[p], sx = new double[p];
        double my = mean(y);
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) mx[j] += x[i][j] / n;
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) sx[j] += (x[i][j] - mx[j]) * (x[i][j] - mx[j]) / n;
        for (int j = 0; j < p; j++) sx[j] = Math.sqrt(sx[j]);
        double[][] z = new double[n][p];
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) z[i][j] = sx[j] == 0 ? 0 : (x[i][j] - mx[j]) / sx[j];
        RealMatrix zm = new Array2DRowRealMatrix(z, false);
        RealMatrix ztz = zm.transpose().multiply(zm);
        RealMatrix a = ztz.copy();
        for (int j = 0; j < p; j++) a.addToEntry(j, j, lambda);
        RealMatrix ainv = new LUDecomposition(a).getSolver().getInverse();
        double[] yc = new double[n];
        for (int i = 0; i < n; i++) yc[i] = y[i] - my;
        double[] g = ainv.operate(zm.transpose().operate(yc));
        double[] resid = new double[n];
        double ss = 0, st = 0;
        for (int i = 0; i < n; i++) {
            double f = my;
            for (int j = 0; j < p; j++) f += g[j] * z[i][j];
            resid[i] = y[i] - f;
            ss += resid[i] * resid[i];
            st += yc[i] * yc[i];
        }
        // HC3: each residual inflated by its leverage, so that a factor on for a few noisy minutes gets a wide interval
        RealMatrix h = zm.multiply(ainv);
        double[][] meat = new double[p][p];
        for (int i = 0; i < n; i++) {
            double hii = 0;
            for (int j = 0; j < p; j++) hii += h.getEntry(i, j) * z[i][j];
            double w = resid[i] * resid[i] / Math.pow(Math.max(1e-6, 1 - hii), 2);
            for (int j = 0; j < p; j++) {
                if (z[i][j] == 0) continue;
                for (int k = 0; k < p; k++) meat[j][k] += w * z[i][j] * z[i][k];
            }
        }
        RealMatrix cov = ainv.multiply(new Array2DRowRealMatrix(meat, false)).multiply(ainv);
        double[] beta = new double[p], se = new double[p];
        for (int j = 0; j < p; j++) {
            beta[j] = sx[j] == 0 ? 0 : g[j] / sx[j];
            se[j] = sx[j] == 0 ? 0 : Math.sqrt(Math.max(0, cov.getEntry(j, j))) / sx[j];
        }
        return new Fit(beta, se, resid, st == 0 ? 0 : 1 - ss / st);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double d : v) s += d;
        return v.length == 0 ? 0 : s / v.length;
    }

    private static double sd(double[] v) {
        double m = mean(v), s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return v.length < 2 ? 0 : Math.sqrt(s / (v.length - 1));
    }

    static Map<String, BigDecimal> noPrices() { return new HashMap<>(); }
}
