package io.livecopilot.analytics.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Synthetic stand-ins for the M4 hourly and weekly sets (the real data cannot be downloaded here): positive series
 * of the same lengths and horizons with the structures those sets are known for. Hourly: a daily profile (1-3
 * harmonics), a weekday/weekend pattern with its own daily shape, slow multiplicative trend and drift, level
 * shifts, AR(1) noise, lengths 700-960, horizon 48. Weekly: random walks with drift (finance-like), trended series
 * with annual patterns of period 52.18 weeks, and smooth growth curves with shifts, lengths 80-2600, horizon 13.
 * Deterministic for a seed.
 */
public final class SyntheticSeries {
    /** One series: history and the h values that follow it. */
    public record Sample(String id, double[] train, double[] test) {}

    private SyntheticSeries() {}

    /** {@code count} hourly series (M4 hourly has 414, horizon 48). */
    public static List<Sample> hourly(int count, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(hourlyOne("H" + (i + 1), root.split()));
        return out;
    }

    /** {@code count} weekly series (M4 weekly has 359, horizon 13). */
    public static List<Sample> weekly(int count, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        List<Sample> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(weeklyOne("W" + (i + 1), root.split()));
        return out;
    }

    private static Sample hourlyOne(String id, SplittableRandom r) {
        int h = 48;
        double u = r.nextDouble();
        int n = u < 0.55 ? 700 : u < 0.9 ? 960 : 700 + r.nextInt(261);
        int total = n + h;
        double level = Math.exp(Math.log(400) + 1.5 * gauss(r));
        int harmonics = 1 + r.nextInt(3);
        double[] amp = new double[harmonics], phase = new double[harmonics];
        for (int k = 0; k < harmonics; k++) {
            amp[k] = (0.15 + 0.6 * r.nextDouble()) / (k + 1);
            phase[k] = 2 * Math.PI * r.nextDouble();
        }
        boolean weekly = r.nextDouble() < 0.7;
        double weekendFactor = weekly ? 0.45 + 0.6 * r.nextDouble() : 1;
        double weekendShift = weekly ? (r.nextDouble() - 0.5) * 4 : 0; // hours the weekend profile is shifted
        double[] dayFactor = new double[7];
        for (int d = 0; d < 7; d++) dayFactor[d] = d >= 5 ? weekendFactor : 1 + (weekly ? 0.06 * gauss(r) : 0);
        double slope = 0.0002 * gauss(r);
        double rwSd = r.nextDouble() < 0.5 ? 0 : 0.004 * r.nextDouble();
        double shiftAt = r.nextDouble() < 0.3 ? r.nextInt(total) : -1;
        double shift = Math.exp(0.25 * gauss(r));
        double phi = 0.3 + 0.6 * r.nextDouble();
        double sd = 0.01 + 0.06 * r.nextDouble();
        int startDay = r.nextInt(7);
        double[] y = new double[total];
        double noise = 0, walk = 0, ampDrift = 1, phaseDrift = 0;
        double evolve = r.nextDouble() < 0.5 ? 0.03 * r.nextDouble() : 0; // seasonality that changes day by day
        for (int t = 0; t < total; t++) {
            int hour = t % 24, day = (startDay + t / 24) % 7;
            if (hour == 0) {
                ampDrift = Math.max(0.3, ampDrift + evolve * gauss(r));
                phaseDrift += evolve * gauss(r);
            }
            double shiftH = day >= 5 ? weekendShift : 0;
            double prof = 1;
            for (int k = 0; k < harmonics; k++) prof += ampDrift * amp[k] * Math.sin(2 * Math.PI * (k + 1) * (hour + shiftH) / 24 + phase[k] + phaseDrift);
            prof = Math.max(0.05, prof);
            noise = phi * noise + sd * gauss(r);
            walk += rwSd * gauss(r);
            double v = level * prof * dayFactor[day] * Math.exp(slope * t + walk + noise) * (shiftAt >= 0 && t >= shiftAt ? shift : 1);
            y[t] = Math.max(1, Math.round(v * 10) / 10.0);
        }
        return split(id, y, h);
    }

    private static Sample weeklyOne(String id, SplittableRandom r) {
        int h = 13;
        double u = r.nextDouble();
        int n = u < 0.3 ? 80 + r.nextInt(220) : u < 0.8 ? 300 + r.nextInt(800) : 1100 + r.nextInt(1500);
        int total = n + h;
        double level = Math.exp(Math.log(3000) + 1.2 * gauss(r));
        double[] y = new double[total];
        double kind = r.nextDouble();
        if (kind < 0.45) {
            // finance-like random walk with drift on the log scale
            double mu = (0.8 * gauss(r) + 0.3) / total, sd = 0.005 + 0.03 * r.nextDouble();
            double lv = Math.log(level);
            for (int t = 0; t < total; t++) {
                lv += mu + sd * gauss(r);
                y[t] = Math.exp(lv);
            }
        } else if (kind < 0.8) {
            // local trend with an annual pattern of 52.18 weeks
            double a1 = 0.05 + 0.25 * r.nextDouble(), a2 = 0.1 * r.nextDouble();
            double p1 = 2 * Math.PI * r.nextDouble(), p2 = 2 * Math.PI * r.nextDouble();
            double slope = (0.8 * gauss(r) + 0.2) / total, slopeSd = 0.00003 * r.nextDouble();
            double phi = 0.2 + 0.7 * r.nextDouble(), sd = 0.02 + 0.08 * r.nextDouble();
            double lv = Math.log(level), noise = 0;
            for (int t = 0; t < total; t++) {
                slope += slopeSd * gauss(r);
                lv += slope;
                noise = phi * noise + sd * gauss(r);
                double season = a1 * Math.sin(2 * Math.PI * t / 52.18 + p1) + a2 * Math.sin(4 * Math.PI * t / 52.18 + p2);
                y[t] = Math.exp(lv + season + noise);
            }
        } else {
            // smooth growth (logistic) with a level shift and noise
            double mid = total * (0.2 + 0.8 * r.nextDouble()), width = total * (0.05 + 0.3 * r.nextDouble());
            double rise = 0.3 + 1.5 * r.nextDouble(), sd = 0.03 + 0.12 * r.nextDouble();
            double shiftAt = r.nextDouble() < 0.4 ? r.nextInt(total) : -1, shift = 0.3 * gauss(r);
            for (int t = 0; t < total; t++) {
                double g = rise / (1 + Math.exp(-(t - mid) / width));
                y[t] = level * Math.exp(g + sd * gauss(r) + (shiftAt >= 0 && t >= shiftAt ? shift : 0));
            }
        }
        for (int t = 0; t < total; t++) y[t] = Math.max(1, Math.round(y[t] * 100) / 100.0);
        return split(id, y, h);
    }

    private static Sample split(String id, double[] y, int h) {
        int n = y.length - h;
        return new Sample(id, java.util.Arrays.copyOfRange(y, 0, n), java.util.Arrays.copyOfRange(y, n, y.length));
    }

    private static double gauss(SplittableRandom r) {
        // Box-Muller on the splittable generator (java.util.Random's nextGaussian is not splittable)
        double u1 = r.nextDouble(), u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
