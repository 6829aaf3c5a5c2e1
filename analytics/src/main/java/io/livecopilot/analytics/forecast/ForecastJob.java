package io.livecopilot.analytics.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One forecasting run over a file's series: horizon, interval levels, optional stock advice; produces the
 * per-series results, as the JSON document of the {@code forecast} verb or as CSV rows. Build with
 * {@link #builder(int)}; immutable, series are forecast in parallel.
 */
public final class ForecastJob {
    /** The outcome for one series. */
    public record SeriesResult(TimeSeries series, Forecast forecast, List<String> timestamps, StockAdvice stock) {}

    private final int horizon;
    private final List<Double> levels;
    private final Integer leadTime;
    private final int review;
    private final double service;
    private final AutoForecaster forecaster;

    private ForecastJob(Builder b) {
        this.horizon = b.horizon;
        this.levels = List.copyOf(b.levels);
        this.leadTime = b.leadTime;
        this.review = b.review;
        this.service = b.service;
        this.forecaster = b.forecaster;
    }

    public static Builder builder(int horizon) { return new Builder(horizon); }

    /** Options of a {@link ForecastJob}; defaults: levels 80 and 95, no stock advice, service 0.95, review 0. */
    public static final class Builder {
        private final int horizon;
        private List<Double> levels = List.of(80.0, 95.0);
        private Integer leadTime;
        private int review;
        private double service = 0.95;
        private AutoForecaster forecaster = AutoForecaster.defaults();

        private Builder(int horizon) {
            if (horizon < 1 || horizon > 100_000) throw new IllegalArgumentException("horizon: must be between 1 and 100000, was " + horizon);
            this.horizon = horizon;
        }

        /** Central interval levels in percent, each in (0, 100). */
        public Builder levels(List<Double> v) {
            for (double l : v) {
                if (!(l > 0 && l < 100)) throw new IllegalArgumentException("level: must be between 0 and 100 (exclusive), was " + fmt(l));
            }
            levels = List.copyOf(v);
            return this;
        }

        /** Turns on stock advice with this lead time in periods. */
        public Builder leadTime(int v) {
            if (v < 1) throw new IllegalArgumentException("lead time: must be >= 1 period, was " + v);
            leadTime = v;
            return this;
        }

        /** Review period in periods (added to the lead time). Default 0. */
        public Builder review(int v) {
            if (v < 0) throw new IllegalArgumentException("review: must be >= 0 periods, was " + v);
            review = v;
            return this;
        }

        /** Cycle service level in (0, 1). Default 0.95. */
        public Builder service(double v) {
            if (!(v > 0 && v < 1)) throw new IllegalArgumentException("service: must be between 0 and 1 (exclusive), was " + v);
            service = v;
            return this;
        }

        public Builder forecaster(AutoForecaster v) {
            forecaster = v;
            return this;
        }

        public ForecastJob build() { return new ForecastJob(this); }
    }

    /** Forecasts every series (in parallel), in the order they were read. */
    public List<SeriesResult> run(List<TimeSeries> series) {
        int steps = leadTime == null ? horizon : Math.max(horizon, leadTime + review);
        return series.parallelStream().map(s -> {
            List<Integer> periods = s.periods();
            if (s.frequency() == Frequency.INDEX) {
                periods = Seasonality.detectPeriods(s.values());
            }
            Forecast full = forecaster.forecast(s.values(), periods, maseLag(s, periods), steps);
            StockAdvice stock = leadTime == null ? null : StockAdvice.of(full, leadTime, review, service);
            Forecast f = trim(full, horizon);
            return new SeriesResult(s, f, s.axis().future(s.values().length, horizon), stock);
        }).toList();
    }

    private static int maseLag(TimeSeries s, List<Integer> periods) {
        if (s.frequency() == Frequency.HOURLY) return 24;
        int lag = s.frequency().maseLag();
        return lag > 1 ? lag : 1;
    }

    private static Forecast trim(Forecast f, int h) {
        if (f.horizon() == h) return f;
        return new Forecast(f.model(), f.seasons(), f.intermittent(), java.util.Arrays.copyOf(f.mean(), h),
                java.util.Arrays.copyOf(f.sigma(), h), java.util.Arrays.copyOf(f.cumulativeSigma(), h), f.nonNegative(), f.origins());
    }

    /** The JSON document: {"series":[{"id","model","frequency","season",...,"forecast","lower","upper"}],"rejected":[...]}. */
    public Map<String, Object> toJson(List<SeriesResult> results, List<SeriesCsvReader.Rejection> rejected) {
        List<Object> out = new ArrayList<>();
        for (SeriesResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            Forecast f = r.forecast();
            m.put("id", r.series().id());
            m.put("model", f.model());
            m.put("frequency", r.series().frequency().wire());
            m.put("season", f.seasons().isEmpty() ? 1 : f.seasons().get(0));
            m.put("seasons", f.seasons());
            m.put("intermittent", f.intermittent());
            m.put("points", r.series().values().length);
            m.put("filled", r.series().filled());
            m.put("timestamps", r.timestamps());
            m.put("forecast", round(f.mean()));
            Map<String, Object> lo = new LinkedHashMap<>(), hi = new LinkedHashMap<>();
            for (double l : levels) {
                lo.put(fmt(l), round(f.lower(l)));
                hi.put(fmt(l), round(f.upper(l)));
            }
            m.put("lower", lo);
            m.put("upper", hi);
            if (r.stock() != null) {
                StockAdvice s = r.stock();
                Map<String, Object> st = new LinkedHashMap<>();
                st.put("units", s.units());
                st.put("lead_time", s.leadTime());
                st.put("review", s.review());
                st.put("service", s.service());
                st.put("mean_demand", round(s.meanDemand()));
                st.put("sd", round(s.sd()));
                st.put("safety_stock", round(s.safetyStock()));
                m.put("stock", st);
            }
            out.add(m);
        }
        List<Object> rej = new ArrayList<>();
        for (SeriesCsvReader.Rejection x : rejected) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("line", x.line());
            e.put("reason", x.reason());
            rej.add(e);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("horizon", horizon);
        doc.put("series", out);
        doc.put("rejected", rej);
        return doc;
    }

    /** CSV: header {@code series,step,forecast,lo80,hi80,lo95,hi95,timestamp[,stock_units]}, one row per step. */
    public String toCsv(List<SeriesResult> results) {
        StringBuilder sb = new StringBuilder("series,step,forecast");
        for (double l : levels) sb.append(",lo").append(fmt(l)).append(",hi").append(fmt(l));
        sb.append(",timestamp");
        if (leadTime != null) sb.append(",stock_units");
        sb.append('\n');
        for (SeriesResult r : results) {
            Forecast f = r.forecast();
            List<double[]> lo = new ArrayList<>(), hi = new ArrayList<>();
            for (double l : levels) {
                lo.add(f.lower(l));
                hi.add(f.upper(l));
            }
            for (int k = 0; k < f.horizon(); k++) {
                sb.append(csvCell(r.series().id())).append(',').append(k + 1).append(',').append(num(f.mean()[k]));
                for (int j = 0; j < levels.size(); j++) sb.append(',').append(num(lo.get(j)[k])).append(',').append(num(hi.get(j)[k]));
                sb.append(',').append(r.timestamps().get(k));
                if (leadTime != null) sb.append(',').append(k == 0 && r.stock() != null ? Long.toString(r.stock().units()) : "");
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static String csvCell(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String fmt(double level) {
        return level == Math.rint(level) ? Long.toString((long) level) : Double.toString(level);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v).contains("e") ? Double.toString(round(v)) : stripZeros(round(v));
    }

    private static String stripZeros(double v) {
        java.math.BigDecimal d = java.math.BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Rounds to 6 significant digits (forecasts carry no more precision than that). */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).doubleValue();
    }

    private static double[] round(double[] v) {
        double[] r = new double[v.length];
        for (int i = 0; i < v.length; i++) r[i] = round(v[i]);
        return r;
    }
}
