package io.livecopilot.analytics.forecast;

/**
 * A forecasting method: given the history of one regularly spaced series, the point forecasts for the next h steps.
 * Implementations are stateless and thread-safe; fitting happens inside {@link #forecast}.
 */
public interface ForecastMethod {
    /** Short name printed in outputs ("theta", "damped", "snaive168", ...). */
    String name();

    /** Point forecasts for steps 1..h after the last value of y (y is not modified). */
    double[] forecast(double[] y, int h);
}
