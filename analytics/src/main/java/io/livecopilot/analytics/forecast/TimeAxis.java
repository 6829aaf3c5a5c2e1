package io.livecopilot.analytics.forecast;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The regular time grid of a series: its first timestamp, its step and how labels are written, so that position
 * p (0 = first observation) can be turned back into a timestamp, e.g. for the forecast steps.
 *
 * @param kind    how timestamps were written
 * @param start   first timestamp: epoch seconds of the local date-time, or the first integer index
 * @param step    seconds (or index units) between positions; for months and quarters the number of months
 */
public record TimeAxis(Kind kind, long start, long step) {
    /** How the timestamps of a series were written. */
    public enum Kind { INDEX, DATE, DATETIME, MONTHS }

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    /** The label of position p (for p past the data: a future step). */
    public String label(long p) {
        return switch (kind) {
            case INDEX -> Long.toString(start + p * step);
            case DATE -> LocalDateTime.ofEpochSecond(start + p * step, 0, java.time.ZoneOffset.UTC).toLocalDate().toString();
            case DATETIME -> LocalDateTime.ofEpochSecond(start + p * step, 0, java.time.ZoneOffset.UTC).format(DATE_TIME);
            case MONTHS -> LocalDateTime.ofEpochSecond(start, 0, java.time.ZoneOffset.UTC).toLocalDate()
                    .plusMonths(p * step).toString();
        };
    }

    /** Labels of the h positions after n observations. */
    public List<String> future(int n, int h) {
        List<String> out = new ArrayList<>(h);
        for (int k = 0; k < h; k++) out.add(label(n + k));
        return out;
    }

    static long epochSecond(LocalDate d) {
        return d.toEpochDay() * 86_400L;
    }
}
