package io.livecopilot.analytics.forecast;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reader of long-format series files: a CSV with a header naming the columns {@code series}, {@code timestamp}
 * and {@code value} (any order, extra columns ignored), one observation per row, series in any order. Timestamps
 * are integers (a time index), ISO dates ({@code 2026-11-28}, {@code 2026-11}), or ISO date-times with or without
 * an offset ({@code 2026-11-28T20:00}, {@code 2026-11-28 20:00:00}). Bad rows are rejected with their line and
 * reason; the good rows are used. Each series is put on its regular grid (frequency from the spacing of its
 * timestamps), gaps are filled.
 */
public final class SeriesCsvReader {
    /** A rejected row (or, with the line of its first row, a whole series). */
    public record Rejection(int line, String reason) {}

    /** What was read: the series, the rejections and the number of data rows. */
    public record Result(List<TimeSeries> series, List<Rejection> rejected, int rows) {}

    /** Largest grid a series may span, relative to its number of rows, before it is rejected as too sparse. */
    private static final int MAX_SPARSITY = 50;
    private static final CsvMapper CSV = new CsvMapper();

    private SeriesCsvReader() {}

    /** Reads a file; an unreadable file or a bad header is a {@code LiveCopilotException} of kind bad input. */
    public static Result read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw io.livecopilot.core.LiveCopilotException.badInput(file + ": cannot read: " + e.getMessage());
        }
        return readText(text, file.toString());
    }

    /** Reads CSV text; {@code name} is used in error messages. */
    public static Result readText(String text, String name) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Rejection> rejected = new ArrayList<>();
        Map<String, Builder> byId = new LinkedHashMap<>();
        int rows = 0;
        try (Reader r = new StringReader(text);
             JsonParser p = CSV.getFactory().createParser(r)) {
            ((CsvParser) p).setSchema(CsvSchema.emptySchema());
                        ((CsvParser) p).enable(CsvParser.Feature.TRIM_SPACES);
            int[] col = null;
            JsonToken tok;
            while ((tok = p.nextToken()) != null) {
                if (tok != JsonToken.START_ARRAY) continue;
                int line = p.currentLocation().getLineNr();
                List<String> cells = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) cells.add(p.getText());
                if (cells.stream().allMatch(String::isBlank)) continue;
                if (col == null) {
                    col = header(cells, name, line);
                    continue;
                }
                rows++;
                int need = Math.max(col[0], Math.max(col[1], col[2])) + 1;
                if (cells.size() < need) {
                    rejected.add(new Rejection(line, "expected at least " + need + " columns, found " + cells.size()));
                    continue;
                }
                String id = cells.get(col[0]).strip();
                if (id.isEmpty()) {
                    rejected.add(new Rejection(line, "series: must not be empty"));
                    continue;
                }
                Stamp ts;
                try {
                    ts = Stamp.parse(cells.get(col[1]));
                } catch (IllegalArgumentException e) {
                    rejected.add(new Rejection(line, "timestamp: " + e.getMessage()));
                    continue;
                }
                String raw = cells.get(col[2]).strip();
                double v;
                try {
                    v = Double.parseDouble(raw);
                } catch (NumberFormatException e) {
                    rejected.add(new Rejection(line, "value: not a number, was \"" + abbreviate(raw) + "\""));
                    continue;
                }
                if (!Double.isFinite(v)) {
                    rejected.add(new Rejection(line, "value: must be finite, was \"" + abbreviate(raw) + "\""));
                    continue;
                }
                Builder b = byId.computeIfAbsent(id, Builder::new);
                String problem = b.add(ts, v, line);
                if (problem != null) rejected.add(new Rejection(line, problem));
            }
            if (col == null) throw io.livecopilot.core.LiveCopilotException.badInput(name + ":1: empty file, expected a header series,timestamp,value");
        } catch (IOException | RuntimeException e) {
            if (e instanceof io.livecopilot.core.LiveCopilotException lce) throw lce;
            throw io.livecopilot.core.LiveCopilotException.badInput(name + ": invalid CSV: " + e.getMessage());
        }
        List<TimeSeries> series = new ArrayList<>();
        for (Builder b : byId.values()) {
            try {
                series.add(b.build(rejected));
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejection(b.firstLine, "series \"" + abbreviate(b.id) + "\": " + e.getMessage()));
            }
        }
        rejected.sort(java.util.Comparator.comparingInt(Rejection::line));
        return new Result(series, rejected, rows);
    }

    private static int[] header(List<String> cells, String name, int line) {
        int[] col = {-1, -1, -1};
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).strip().toLowerCase(Locale.ROOT);
            switch (c) {
                case "series", "id", "series_id", "unique_id" -> col[0] = col[0] < 0 ? i : col[0];
                case "timestamp", "time", "date", "ds", "period" -> col[1] = col[1] < 0 ? i : col[1];
                case "value", "y", "units", "quantity", "demand" -> col[2] = col[2] < 0 ? i : col[2];
                default -> { }
            }
        }
        if (col[0] < 0 || col[1] < 0 || col[2] < 0) {
            throw io.livecopilot.core.LiveCopilotException.badInput(name + ":" + line
                    + ": header must name the columns series,timestamp,value, was \"" + abbreviate(String.join(",", cells)) + "\"");
        }
        return col;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /** A parsed timestamp: its kind and a number (index, or epoch seconds of the local date-time). */
    record Stamp(TimeAxis.Kind kind, long value) {
        static Stamp parse(String raw) {
            String s = raw.strip();
            if (s.isEmpty()) throw new IllegalArgumentException("must not be empty");
            if (s.matches("-?\\d{1,15}")) return new Stamp(TimeAxis.Kind.INDEX, Long.parseLong(s));
            try {
                if (s.matches("\\d{4}-\\d{2}")) {
                    return new Stamp(TimeAxis.Kind.DATE, TimeAxis.epochSecond(LocalDate.parse(s + "-01")));
                }
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) return new Stamp(TimeAxis.Kind.DATE, TimeAxis.epochSecond(LocalDate.parse(s)));
                String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
                LocalDateTime ldt;
                try {
                    ldt = LocalDateTime.parse(t);
                } catch (DateTimeParseException e) {
                    ldt = OffsetDateTime.parse(t).toLocalDateTime();
                }
                return new Stamp(TimeAxis.Kind.DATETIME, ldt.toEpochSecond(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not an integer index, ISO date or ISO date-time, was \"" + abbreviate(s) + "\"");
            }
        }
    }

    /** Collects one series' rows, then puts them on their grid. */
    private static final class Builder {
        final String id;
        int firstLine = -1;
        TimeAxis.Kind kind;
        long[] times = new long[16];
        double[] values = new double[16];
        int[] lines = new int[16];
        int size;

        Builder(String id) {
            this.id = id;
        }

        String add(Stamp ts, double v, int line) {
            if (kind == null) {
                kind = ts.kind();
                firstLine = line;
            } else if (kind != ts.kind() && !(isDateLike(kind) && isDateLike(ts.kind()))) {
                return "timestamp: series \"" + abbreviate(id) + "\" uses " + word(kind) + " timestamps (line " + firstLine
                        + "), this row " + word(ts.kind());
            }
            if (ts.kind() == TimeAxis.Kind.DATETIME) kind = TimeAxis.Kind.DATETIME;
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                values = Arrays.copyOf(values, size * 2);
                lines = Arrays.copyOf(lines, size * 2);
            }
            times[size] = ts.value();
            values[size] = v;
            lines[size] = line;
            size++;
            return null;
        }

        private static boolean isDateLike(TimeAxis.Kind k) {
            return k == TimeAxis.Kind.DATE || k == TimeAxis.Kind.DATETIME;
        }

        private static String word(TimeAxis.Kind k) {
            return k == TimeAxis.Kind.INDEX ? "integer" : "date";
        }

        TimeSeries build(List<Rejection> rejected) {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : Integer.compare(lines[a], lines[b]));
            // drop duplicate timestamps (the later row in the file loses)
            List<Integer> keep = new ArrayList<>();
            Map<Long, Integer> seenLine = new HashMap<>();
            for (int i : order) {
                Integer first = seenLine.putIfAbsent(times[i], lines[i]);
                if (first != null) {
                    rejected.add(new Rejection(lines[i], "timestamp: duplicate for series \"" + abbreviate(id) + "\" (first at line " + first + ")"));
                } else {
                    keep.add(i);
                }
            }
            int n = keep.size();
            long t0 = times[keep.get(0)];
            if (n == 1) {
                TimeAxis axis = new TimeAxis(kind, t0, kind == TimeAxis.Kind.INDEX ? 1 : 86_400);
                return new TimeSeries(id, kind == TimeAxis.Kind.INDEX ? Frequency.INDEX : Frequency.DAILY, List.of(), axis,
                        new double[] {values[keep.get(0)]}, 0);
            }
            long[] diffs = new long[n - 1];
            for (int i = 1; i < n; i++) diffs[i - 1] = times[keep.get(i)] - times[keep.get(i - 1)];
            long[] sorted = diffs.clone();
            Arrays.sort(sorted);
            // the most common spacing (ties: the shorter) is the grid step; larger spacings are gaps
            long step = sorted[0];
            int bestRun = 0;
            for (int i = 0; i < sorted.length; ) {
                int j = i;
                while (j < sorted.length && sorted[j] == sorted[i]) j++;
                if (j - i > bestRun) {
                    bestRun = j - i;
                    step = sorted[i];
                }
                i = j;
            }
            Frequency freq;
            TimeAxis axis;
            List<Integer> periods;
            boolean months = false;
            int monthStep = 0;
            if (kind == TimeAxis.Kind.INDEX) {
                // the grid step is the greatest common divisor of the gaps, so that missing indices show as gaps
                step = 0;
                for (long d : diffs) step = gcd(step, d);
                freq = Frequency.INDEX;
                axis = new TimeAxis(kind, t0, step);
                periods = List.of();
            } else {
                long day = 86_400;
                if (step >= 28 * day && step <= 31 * day) {
                    months = true;
                    monthStep = 1;
                    freq = Frequency.MONTHLY;
                } else if (step >= 89 * day && step <= 92 * day) {
                    months = true;
                    monthStep = 3;
                    freq = Frequency.QUARTERLY;
                } else if (step >= 365 * day && step <= 366 * day) {
                    months = true;
                    monthStep = 12;
                    freq = Frequency.YEARLY;
                } else if (step == 7 * day) {
                    freq = Frequency.WEEKLY;
                } else if (step == day) {
                    freq = Frequency.DAILY;
                } else if (step == 3600) {
                    freq = Frequency.HOURLY;
                } else if (step < day) {
                    freq = Frequency.SUBDAILY;
                } else {
                    freq = Frequency.INDEX;
                }
                if (months) {
                    axis = new TimeAxis(TimeAxis.Kind.MONTHS, t0, monthStep);
                } else {
                    axis = new TimeAxis(kind, t0, step);
                }
                if (freq == Frequency.SUBDAILY) {
                    List<Integer> ps = new ArrayList<>();
                    if (day % step == 0 && day / step >= 2) {
                        ps.add((int) (day / step));
                        if (7 * day / step <= 2016) ps.add((int) (7 * day / step));
                    }
                    periods = ps;
                } else {
                    periods = freq.periods();
                }
            }
            long[] pos = new long[n];
            List<Integer> onGrid = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                int i = keep.get(j);
                long p;
                if (months) {
                    long mdiff = monthIndex(times[i]) - monthIndex(t0);
                    if (mdiff % monthStep != 0) {
                        rejected.add(new Rejection(lines[i], "timestamp: off the series' " + freq.wire() + " grid"));
                        continue;
                    }
                    p = mdiff / monthStep;
                } else {
                    long d = times[i] - t0;
                    if (d % step != 0) {
                        rejected.add(new Rejection(lines[i], "timestamp: off the series' grid (step " + step
                                + (kind == TimeAxis.Kind.INDEX ? "" : " s") + ")"));
                        continue;
                    }
                    p = d / step;
                }
                pos[onGrid.size()] = p;
                onGrid.add(i);
            }
            int m = onGrid.size();
            long span = pos[m - 1] + 1;
            if (span > (long) MAX_SPARSITY * m + 1000) {
                throw new IllegalArgumentException("too sparse: " + m + " rows spread over " + span + " grid steps");
            }
            int zeros = 0;
            for (int i : onGrid) if (values[i] == 0) zeros++;
            boolean intermittent = zeros * 10 >= m * 3;
            double[] y = new double[(int) span];
            boolean[] has = new boolean[y.length];
            for (int j = 0; j < m; j++) {
                y[(int) pos[j]] = values[onGrid.get(j)];
                has[(int) pos[j]] = true;
            }
            int filled = 0;
            int prev = 0;
            for (int t = 1; t < y.length; t++) {
                if (has[t]) {
                    if (t - prev > 1 && !intermittent) {
                        for (int g = prev + 1; g < t; g++) y[g] = y[prev] + (y[t] - y[prev]) * (g - prev) / (t - prev);
                    }
                    filled += t - prev - 1;
                    prev = t;
                }
            }
            return new TimeSeries(id, freq, periods, axis, y, filled);
        }

        private static long monthIndex(long epochSecond) {
            LocalDate d = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC).toLocalDate();
            return d.getYear() * 12L + d.getMonthValue() - 1;
        }

        private static long gcd(long a, long b) {
            while (b != 0) {
                long t = a % b;
                a = b;
                b = t;
            }
            return Math.abs(a);
        }
    }
}
