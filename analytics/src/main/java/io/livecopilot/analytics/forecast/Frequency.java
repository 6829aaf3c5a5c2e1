package io.livecopilot.analytics.forecast;

import java.util.List;

/**
 * A sampling frequency of a series, with the seasonal periods worth testing and the period M4 uses to scale MASE.
 */
public enum Frequency {
    /** Steps shorter than a day other than one hour (minutes, 2 hours...): periods come from the step. */
    SUBDAILY("subdaily", List.of(), 1),
    HOURLY("hourly", List.of(24, 168), 24),
    DAILY("daily", List.of(7), 1),
    WEEKLY("weekly", List.of(52), 1),
    MONTHLY("monthly", List.of(12), 12),
    QUARTERLY("quarterly", List.of(4), 4),
    YEARLY("yearly", List.of(), 1),
    /** Integer time index: seasonality is searched with the autocorrelation function. */
    INDEX("index", List.of(), 1);

    private final String wire;
    private final List<Integer> periods;
    private final int maseLag;

    Frequency(String wire, List<Integer> periods, int maseLag) {
        this.wire = wire;
        this.periods = periods;
        this.maseLag = maseLag;
    }

    /** The name printed in outputs ("hourly", "weekly", ...). */
    public String wire() { return wire; }

    /** Seasonal periods to test, shortest first (hourly: 24 and 168). */
    public List<Integer> periods() { return periods; }

    /** The seasonal lag of the naive scale in MASE, as in the M4 evaluation (hourly 24, weekly 1, monthly 12). */
    public int maseLag() { return maseLag; }
}
