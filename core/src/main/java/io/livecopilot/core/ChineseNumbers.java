package io.livecopilot.core;

/** Chinese numerals (一百二十, 两, 三千五, 一六五) read as numbers; the one place the project parses them. */
public final class ChineseNumbers {
    private ChineseNumbers() {}

    /** One bit per character: whether it is a numeral character (8 KB; most characters are tested with one bit). */
    private static final long[] NUMERAL = new long[1024];

    static {
        for (char c : "零〇一幺二两三四五六七八九十百千万".toCharArray()) NUMERAL[c >>> 6] |= 1L << c;
    }

    /** Whether {@code c} can be part of a Chinese numeral (digits 零〇一二两三四五六七八九幺 and 十百千万). */
    public static boolean isNumeralChar(char c) {
        return (NUMERAL[c >>> 6] & (1L << c)) != 0;
    }

    /** The value of a Chinese digit character (两 = 2, 幺 = 1), or -1. */
    public static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '幺' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            case '万' -> 10000;
            default -> 0;
        };
    }

    /**
     * The value of a Chinese numeral, or -1 when {@code s} is not one. Reads positional forms (一百零五 = 105,
     * 十五 = 15, 两千 = 2000), the colloquial trailing digit (一百二 = 120, 三千五 = 3500) and digit strings (一六五 = 165).
     */
    public static long parse(CharSequence s) {
        int n = s.length();
        if (n == 0) return -1;
        boolean hasUnit = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (unit(c) > 0) hasUnit = true;
            else if (digit(c) < 0) return -1;
        }
        if (!hasUnit) {
            if (n > 18) return -1;
            long v = 0;
            for (int i = 0; i < n; i++) v = v * 10 + digit(s.charAt(i));
            return v;
        }
        long total = 0, section = 0;
        int pending = -1;
        int lastUnit = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                pending = d;
                continue;
            }
            int u = unit(c);
            if (u == 10000) {
                section += Math.max(pending, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
                pending = -1;
                lastUnit = 10000;
            } else {
                int p = pending < 0 ? 1 : pending;
                section += (long) p * u;
                pending = -1;
                lastUnit = u;
            }
        }
        if (pending >= 0) {
            boolean afterZero = n >= 2 && digit(s.charAt(n - 2)) == 0;
            if (!afterZero && lastUnit >= 100 && digit(s.charAt(n - 2)) < 0) section += (long) pending * (lastUnit / 10);
            else section += pending;
        }
        return total + section;
    }

    /** Formats a number without a trailing ".0" (50.0 → "50", 52.5 → "52.5"). */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        String s = Double.toString(Math.round(v * 100) / 100.0);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
