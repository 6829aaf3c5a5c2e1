package io.livecopilot.analytics.forecast;

/** Forecast accuracy measures as defined by the M4 competition: sMAPE, MASE and their ratio to Naive2 (OWA). */
public final class Accuracy {
    private Accuracy() {}

    /** Symmetric MAPE in percent: mean of {@code 200 |y - f| / (|y| + |f|)}; a step where both are 0 counts 0. */
    public static double smape(double[] actual, double[] forecast) {
        double s = 0;
        for (int k = 0; k < actual.length; k++) {
            double d = Math.abs(actual[k]) + Math.abs(forecast[k]);
            s += d == 0 ? 0 : 200 * Math.abs(actual[k] - forecast[k]) / d;
        }
        return s / actual.length;
    }

    /**
     * Mean absolute scaled error: MAE of the forecast over the in-sample MAE of the seasonal naive method with lag
     * m (m = 1: naive). When the scale is 0 (a flat history) it falls back to the mean absolute value of the
     * history, then to 1.
     */
    public static double mase(double[] insample, double[] actual, double[] forecast, int m) {
        return mae(actual, forecast) / scale(insample, m);
    }

    /** The MASE denominator: in-sample mean absolute seasonal difference at lag m. */
    public static double scale(double[] insample, int m) {
        int lag = insample.length > m ? m : 1;
        double s = 0;
        int c = 0;
        for (int t = lag; t < insample.length; t++) {
            s += Math.abs(insample[t] - insample[t - lag]);
            c++;
        }
        double sc = c == 0 ? 0 : s / c;
        if (sc == 0) {
            for (double v : insample) sc += Math.abs(v);
            sc = insample.length == 0 ? 0 : sc / insample.length;
        }
        return sc == 0 ? 1 : sc;
    }

    /** Mean absolute error. */
    public static double mae(double[] actual, double[] forecast) {
        double s = 0;
        for (int k = 0; k < actual.length; k++) s += Math.abs(actual[k] - forecast[k]);
        return s / actual.length;
    }

    /** Overall weighted average as in M4: {@code (sMAPE / sMAPE_naive2 + MASE / MASE_naive2) / 2} of the means. */
    public static double owa(double smape, double mase, double smapeNaive2, double maseNaive2) {
        return 0.5 * (smape / smapeNaive2 + mase / maseNaive2);
    }
}
