package io.livecopilot.core.event;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one parser and formatter of event timestamps: ISO-8601 with offset, or epoch milliseconds.
 * The common form {@code 2026-11-28T20:00:01.234+08:00} is parsed without allocation.
 */
public final class Timestamps {
    /** The offset used when writing timestamps and telling local time: China Standard Time. */
    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Timestamps() {}

    /** Parses an ISO-8601 timestamp with an offset (or 'Z'); a bare digit string is epoch milliseconds. */
    public static long parse(CharSequence s) {
        long fast = parseFast(s);
        if (fast != Long.MIN_VALUE) return fast;
        String str = s.toString().strip();
        if (!str.isEmpty() && str.chars().allMatch(Character::isDigit) && str.length() <= 15) return Long.parseLong(str);
        try {
            return OffsetDateTime.parse(str).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(str).toEpochMilli();
            } catch (DateTimeParseException e2) {
                throw new IllegalArgumentException("not an ISO-8601 timestamp with offset or epoch milliseconds: \"" + abbreviate(str) + "\"");
            }
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    /**
     * The common form {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} from a range of characters, without allocating
     * a String; {@code Long.MIN_VALUE} when the text has another shape (then {@link #parse} decides).
     */
    public static long parseFast(char[] chars, int offset, int length) {
        if (length < 20 || length > MAX_FAST) return Long.MIN_VALUE;
        byte[] b = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c >= 0x80) return Long.MIN_VALUE;
            b[i] = (byte) c;
        }
        return parseFast(b, 0, length);
    }

    private static long parseFast(CharSequence s) {
        int n = s.length();
        if (n < 20 || n > MAX_FAST) return Long.MIN_VALUE;
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) return Long.MIN_VALUE;
            b[i] = (byte) c;
        }
        return parseFast(b, 0, n);
    }

    /** The longest text of the common form: nanosecond fraction and an offset. */
    private static final int MAX_FAST = 64;

    /**
     * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|±HH:MM)} from ASCII bytes (the event parser's fast path reads them straight
     * from the line); {@code Long.MIN_VALUE} when the text has another shape.
     */
    static long parseFast(byte[] s, int off, int n) {
        if (n < 20) return Long.MIN_VALUE;
        int year = digits(s, off, 4), month = digits(s, off + 5, 2), day = digits(s, off + 8, 2);
        int hour = digits(s, off + 11, 2), min = digits(s, off + 14, 2), sec = digits(s, off + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || min < 0 || min > 59
                || sec < 0 || sec > 59 || s[off + 4] != '-' || s[off + 7] != '-' || (s[off + 10] != 'T' && s[off + 10] != ' ')
                || s[off + 13] != ':' || s[off + 16] != ':') {
            return Long.MIN_VALUE;
        }
        if (day > daysInMonth(year, month)) return Long.MIN_VALUE;
        int i = 19, end = off + n;
        int millis = 0;
        if (s[off + i] == '.') {
            i++;
            int start = i, scale = 100;
            while (off + i < end && s[off + i] >= '0' && s[off + i] <= '9') {
                if (scale > 0) millis += (s[off + i] - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start) return Long.MIN_VALUE;
        }
        if (i >= n) return Long.MIN_VALUE;
        int offsetSec;
        byte c = s[off + i];
        if (c == 'Z' && i == n - 1) {
            offsetSec = 0;
        } else if ((c == '+' || c == '-') && n - i == 6 && s[off + i + 3] == ':') {
            int oh = digits(s, off + i + 1, 2), om = digits(s, off + i + 4, 2);
            if (oh < 0 || oh > 18 || om < 0 || om > 59) return Long.MIN_VALUE;
            offsetSec = (oh * 3600 + om * 60) * (c == '-' ? -1 : 1);
        } else {
            return Long.MIN_VALUE;
        }
        long days = daysFromCivil(year, month, day);
        return ((days * 86400L + hour * 3600L + min * 60L + sec) - offsetSec) * 1000L + millis;
    }

    /**
     * {@link #parseFast(byte[], int, int)} for a stream of timestamps in the form {@code 2026-11-28T20:06:09.908+08:00}:
     * when a timestamp has the date, hour, minute and offset of the previous one, only its seconds and milliseconds are
     * read. One instance per reading thread.
     */
    static final class SameMinute {
        private static final int LEN = 29;
        /** The last minute's text as words: bytes 0–7 and 8–15 (date, hour, minute) and 23–28 (the offset). */
        private long head0, head1, offset;
        private long minuteMillis = Long.MIN_VALUE;

        long parse(byte[] s, int off, int n) {
            if (n == LEN && minuteMillis != Long.MIN_VALUE && s[off + 16] == ':' && s[off + 19] == '.'
                    && ByteWords.word(s, off, 8) == head0 && ByteWords.word(s, off + 8, 8) == head1
                    && ByteWords.word(s, off + 23, LEN - 23) == offset) {
                int sec = digits(s, off + 17, 2), ms = digits(s, off + 20, 3);
                if (sec >= 0 && sec <= 59 && ms >= 0) return minuteMillis + sec * 1000L + ms;
            }
            long v = parseFast(s, off, n);
            if (v != Long.MIN_VALUE && n == LEN && s[off + 16] == ':' && s[off + 19] == '.') {
                int sec = digits(s, off + 17, 2), ms = digits(s, off + 20, 3);
                if (sec >= 0 && ms >= 0) {
                    head0 = ByteWords.word(s, off, 8);
                    head1 = ByteWords.word(s, off + 8, 8);
                    offset = ByteWords.word(s, off + 23, LEN - 23);
                    minuteMillis = v - sec * 1000L - ms;
                }
            }
            return v;
        }
    }

    private static int digits(byte[] s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int c = s[i];
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Appends {@code 2026-11-28T20:00:01.234+08:00} for the instant, in China Standard Time. */
    public static void appendIso(StringBuilder sb, long epochMillis) {
        long local = epochMillis + 8 * 3600_000L;
        long days = Math.floorDiv(local, 86_400_000L);
        long msOfDay = Math.floorMod(local, 86_400_000L);
        // civil from days (Hinnant)
        long z = days + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp + (mp < 10 ? 3 : -9);
        y += m <= 2 ? 1 : 0;
        pad(sb, y, 4).append('-');
        pad(sb, m, 2).append('-');
        pad(sb, d, 2).append('T');
        pad(sb, msOfDay / 3_600_000, 2).append(':');
        pad(sb, msOfDay / 60_000 % 60, 2).append(':');
        pad(sb, msOfDay / 1000 % 60, 2).append('.');
        pad(sb, msOfDay % 1000, 3).append("+08:00");
    }

    /** The instant as ISO-8601 in China Standard Time. */
    public static String iso(long epochMillis) {
        StringBuilder sb = new StringBuilder(29);
        appendIso(sb, epochMillis);
        return sb.toString();
    }

    /** Appends {@code v} left-padded with zeros to {@code width} characters (no String made: a reply's time is seven of them). */
    private static StringBuilder pad(StringBuilder sb, long v, int width) {
        int len = v < 0 ? 2 : 1; // the characters of Long.toString(v)
        for (long x = v < 0 ? -(v / 10) : v / 10; x != 0; x /= 10) len++;
        for (int i = len; i < width; i++) sb.append('0');
        return sb.append(v);
    }
}
