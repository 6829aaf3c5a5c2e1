package io.livecopilot.analytics.forecast;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The M4 evaluation harness: forecasts every series of a set with the automatic forecaster and with the M4
 * benchmarks (Naive2, sNaive, SES, Theta, Comb, seasonally adjusted by the 90% test at the set's period as in M4's
 * code), and reports mean sMAPE, MASE and OWA relative to Naive2.
 *
 * <p>Run on the real M4 files when available ({@code --train Hourly-train.csv --test Hourly-test.csv --frequency
 * hourly}) or on the synthetic stand-ins ({@code --synthetic hourly --seed 2}).
 */
public final class M4Evaluation {
    /** Scores of one method over the set. */
    public record Score(String method, double smape, double mase, double owa) {}

    /** The result: one score per method, the CPU time the automatic forecaster took per series, interval coverage. */
    public record Result(int series, int horizon, List<Score> scores, double autoCpuMillisPerSeries, double coverage80, double coverage95) {
        public Score score(String method) {
            return scores.stream().filter(s -> s.method.equals(method)).findFirst().orElseThrow();
        }
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private M4Evaluation() {}

    /** Evaluates the set; {@code period} is the M4 seasonal period (24 hourly, 1 weekly). */
    public static Result evaluate(List<SyntheticSeries.Sample> set, Frequency freq, int period, AutoForecaster auto) {
        return evaluate(set, freq, period, auto, false);
    }

    /**
     * Evaluates the set; with {@code indexOnly} the forecaster is not told the frequency and finds the periods
     * from the autocorrelation function, as for a file whose timestamps are integers.
     */
    public static Result evaluate(List<SyntheticSeries.Sample> set, Frequency freq, int period, AutoForecaster auto, boolean indexOnly) {
        Map<String, BiFunction<double[], Integer, double[]>> methods = new LinkedHashMap<>();
        methods.put("naive2", benchmark(new NaiveMethod(), period));
        methods.put("snaive", (y, h) -> new SeasonalNaiveMethod(period).forecast(y, h));
        methods.put("ses", benchmark(ExponentialSmoothingMethod.ses(), period));
        methods.put("theta", benchmark(new ThetaMethod(), period));
        methods.put("comb", (y, h) -> {
            double[] a = benchmark(ExponentialSmoothingMethod.ses(), period).apply(y, h);
            double[] b = benchmark(ExponentialSmoothingMethod.holt(), period).apply(y, h);
            double[] c = benchmark(ExponentialSmoothingMethod.damped(), period).apply(y, h);
            double[] r = new double[h];
            for (int k = 0; k < h; k++) r[k] = (a[k] + b[k] + c[k]) / 3;
            return r;
        });
        int h = set.get(0).test().length;
        int m = methods.size() + 1;
        double[][] smape = new double[m][set.size()], mase = new double[m][set.size()];
        long[] autoNanos = new long[set.size()];
        int[] in80 = new int[set.size()], in95 = new int[set.size()];
        java.util.stream.IntStream.range(0, set.size()).parallel().forEach(i -> {
            SyntheticSeries.Sample s = set.get(i);
            int j = 0;
            for (BiFunction<double[], Integer, double[]> f : methods.values()) {
                double[] fc = f.apply(s.train(), h);
                for (int k = 0; k < h; k++) fc[k] = Math.max(0, fc[k]);
                smape[j][i] = Accuracy.smape(s.test(), fc);
                mase[j][i] = Accuracy.mase(s.train(), s.test(), fc, period);
                j++;
            }
            long t0 = CPU.getCurrentThreadCpuTime();
            List<Integer> periods = indexOnly ? Seasonality.detectPeriods(s.train()) : freq.periods();
            Forecast af = auto.forecast(s.train(), periods, period, h);
            autoNanos[i] = CPU.getCurrentThreadCpuTime() - t0;
            double[] fc = af.mean();
            double[] lo80 = af.lower(80), hi80 = af.upper(80), lo95 = af.lower(95), hi95 = af.upper(95);
            for (int k = 0; k < h; k++) {
                double v = s.test()[k];
                if (v >= lo80[k] && v <= hi80[k]) in80[i]++;
                if (v >= lo95[k] && v <= hi95[k]) in95[i]++;
            }
            smape[j][i] = Accuracy.smape(s.test(), fc);
            mase[j][i] = Accuracy.mase(s.train(), s.test(), fc, period);
        });
        List<String> names = new ArrayList<>(methods.keySet());
        names.add("auto");
        double sN = mean(smape[0]), mN = mean(mase[0]);
        List<Score> scores = new ArrayList<>();
        for (int j = 0; j < m; j++) {
            double sm = mean(smape[j]), ms = mean(mase[j]);
            scores.add(new Score(names.get(j), sm, ms, Accuracy.owa(sm, ms, sN, mN)));
        }
        double total = 0;
        for (long t : autoNanos) total += t;
        long c80 = 0, c95 = 0;
        for (int i = 0; i < set.size(); i++) {
            c80 += in80[i];
            c95 += in95[i];
        }
        double points = (double) set.size() * h;
        return new Result(set.size(), h, scores, total / 1e6 / set.size(), c80 / points, c95 / points);
    }

    /** An M4 benchmark: the method on the series adjusted by multiplicative decomposition when seasonal at period. */
    static BiFunction<double[], Integer, double[]> benchmark(ForecastMethod inner, int period) {
        return (y, h) -> period > 1 && Seasonality.isSeasonal(y, period)
                ? new SeasonallyAdjustedMethod(inner, period).forecast(y, h)
                : inner.forecast(y, h);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Reads the M4 competition's wide files (one row per series: id then values; train and test files). */
    public static List<SyntheticSeries.Sample> readM4(Path train, Path test) throws IOException {
        Map<String, double[]> tr = readWide(train), te = readWide(test);
        List<SyntheticSeries.Sample> out = new ArrayList<>();
        for (Map.Entry<String, double[]> e : tr.entrySet()) {
            double[] t = te.get(e.getKey());
            if (t == null) throw new IllegalArgumentException(test + ": no row for series " + e.getKey());
            out.add(new SyntheticSeries.Sample(e.getKey(), e.getValue(), t));
        }
        return out;
    }

    private static Map<String, double[]> readWide(Path file) throws IOException {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split(",");
            if (cells.length < 2) continue;
            List<Double> v = new ArrayList<>();
            for (int c = 1; c < cells.length; c++) {
                String s = cells[c].replace("\"", "").strip();
                if (!s.isEmpty() && !s.equals("NA")) v.add(Double.parseDouble(s));
            }
            out.put(cells[0].replace("\"", "").strip(), v.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    /**
     * Writes the histories as the long CSV the {@code forecast} verb reads; timestamps {@code datetime} (hourly
     * from 2016-01-01T00:00, weekly Mondays from 1970-01-05) or {@code index} (1, 2, ...).
     */
    static void writeLong(List<SyntheticSeries.Sample> set, Frequency freq, Path out, String timestamps) throws IOException {
        StringBuilder sb = new StringBuilder("series,timestamp,value\n");
        java.time.LocalDateTime start = freq == Frequency.HOURLY ? java.time.LocalDateTime.of(2016, 1, 1, 0, 0)
                : java.time.LocalDateTime.of(1970, 1, 5, 0, 0);
        for (SyntheticSeries.Sample s : set) {
            for (int t = 0; t < s.train().length; t++) {
                sb.append(s.id()).append(',');
                if (timestamps.equals("index")) {
                    sb.append(t + 1);
                } else if (freq == Frequency.HOURLY) {
                    sb.append(start.plusHours(t));
                } else {
                    sb.append(start.plusWeeks(t).toLocalDate());
                }
                sb.append(',').append(s.train()[t]).append('\n');
            }
        }
        Files.writeString(out, sb, StandardCharsets.UTF_8);
    }

    /** Scores the JSON printed by {@code forecast --json} against the held-out values, next to Naive2 and Theta. */
    static String scoreJson(List<SyntheticSeries.Sample> set, Path json, int period) throws IOException {
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        Map<String, double[]> fc = new LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode s : doc.get("series")) {
            com.fasterxml.jackson.databind.JsonNode f = s.get("forecast");
            double[] v = new double[f.size()];
            for (int k = 0; k < v.length; k++) v[k] = f.get(k).asDouble();
            fc.put(s.get("id").asText(), v);
        }
        double sN = 0, mN = 0, sT = 0, mT = 0, sA = 0, mA = 0;
        for (SyntheticSeries.Sample s : set) {
            int h = s.test().length;
            double[] a = fc.get(s.id());
            if (a == null) throw new IllegalArgumentException(json + ": no forecast for series " + s.id());
            double[] n2 = benchmark(new NaiveMethod(), period).apply(s.train(), h);
            double[] th = benchmark(new ThetaMethod(), period).apply(s.train(), h);
            sN += Accuracy.smape(s.test(), n2);
            mN += Accuracy.mase(s.train(), s.test(), n2, period);
            sT += Accuracy.smape(s.test(), th);
            mT += Accuracy.mase(s.train(), s.test(), th, period);
            sA += Accuracy.smape(s.test(), a);
            mA += Accuracy.mase(s.train(), s.test(), a, period);
        }
        return String.format(Locale.ROOT, "%s: %d series; forecast verb OWA %.3f (sMAPE %.3f, MASE %.3f); Theta OWA %.3f%n",
                json, set.size(), Accuracy.owa(sA, mA, sN, mN), sA / set.size(), mA / set.size(), Accuracy.owa(sT, mT, sN, mN));
    }

    /** Formats the result as a small table. */
    public static String table(String title, Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: %d series, horizon %d, auto %.1f ms CPU per series%n",
                title, r.series(), r.horizon(), r.autoCpuMillisPerSeries()));
        sb.append(String.format(Locale.ROOT, "auto interval coverage: 80%%: %.3f, 95%%: %.3f%n", r.coverage80(), r.coverage95()));
        sb.append(String.format(Locale.ROOT, "%-8s %8s %8s %8s%n", "method", "sMAPE", "MASE", "OWA"));
        for (Score s : r.scores()) {
            sb.append(String.format(Locale.ROOT, "%-8s %8.3f %8.3f %8.3f%n", s.method(), s.smape(), s.mase(), s.owa()));
        }
        return sb.toString();
    }

    /**
     * Command line: {@code --synthetic hourly|weekly [--seed N] [--count N]} or
     * {@code --train F --test F --frequency hourly|weekly}; options {@code --origins N --combine K --tolerance T --index true} (the last: periods from the ACF, as for integer timestamps);
     * {@code --write-csv F [--timestamps datetime|index]} writes the histories as a long CSV for the verb, and
     * {@code --score-json F} scores the verb's JSON output against the held-out values.
     */
    public static void main(String[] args) throws IOException {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        String kind = opt.getOrDefault("synthetic", opt.getOrDefault("frequency", "hourly"));
        Frequency freq = kind.equals("weekly") ? Frequency.WEEKLY : Frequency.HOURLY;
        long seed = Long.parseLong(opt.getOrDefault("seed", "2"));
        List<SyntheticSeries.Sample> set;
        String title;
        if (opt.containsKey("train")) {
            set = readM4(Path.of(opt.get("train")), Path.of(opt.get("test")));
            title = "M4 " + kind + " (" + opt.get("train") + ")";
        } else {
            int count = Integer.parseInt(opt.getOrDefault("count", freq == Frequency.HOURLY ? "414" : "359"));
            set = freq == Frequency.HOURLY ? SyntheticSeries.hourly(count, seed) : SyntheticSeries.weekly(count, seed);
            title = "synthetic " + kind + " (seed " + seed + ")";
        }
        if (opt.containsKey("write-csv")) {
            writeLong(set, freq, Path.of(opt.get("write-csv")), opt.getOrDefault("timestamps", "datetime"));
            return;
        }
        if (opt.containsKey("score-json")) {
            System.out.print(scoreJson(set, Path.of(opt.get("score-json")), freq.maseLag()));
            return;
        }
        AutoForecaster auto = AutoForecaster.builder()
                .origins(Integer.parseInt(opt.getOrDefault("origins", "0")))
                .combine(Integer.parseInt(opt.getOrDefault("combine", "3")))
                .tolerance(Double.parseDouble(opt.getOrDefault("tolerance", "1.5")))
                .build();
        long t0 = System.nanoTime();
        Result r = evaluate(set, freq, freq.maseLag(), auto, Boolean.parseBoolean(opt.getOrDefault("index", "false")));
        System.out.print(table(title, r));
        System.out.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }
}
