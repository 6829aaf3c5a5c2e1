package io.livecopilot.llm.guard;

import java.math.BigDecimal;

/** Reads numbers as hosts say them: Arabic digits and Chinese numerals (九十九, 一百二十九, 两千, 八五 as in 八五折). */
public final class Numbers {
    private Numbers() {}

    /** Whether {@code c} is a Chinese numeral character this class reads. */
    public static boolean isChineseDigit(char c) {
        return "零〇一二两三四五六七八九十百千万".indexOf(c) >= 0;
    }

    /** The value of a Chinese numeral ("一百二十九" = 129, "两千" = 2000, "十五" = 15), or {@code null} when it is not one. */
    public static BigDecimal chinese(String s) {
        if (s == null || s.isEmpty()) return null;
        long total = 0, section = 0, digit = -1;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digitOf(c);
            if (d >= 0) {
                if (digit >= 0) { // 一二 style sequences: read as plain digits ("八五" = 85)
                    digit = digit * 10 + d;
                } else {
                    digit = d;
                }
                any = true;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) return null;
            any = true;
            if (unit == 10000) {
                section += Math.max(digit, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        if (!any) return null;
        if (digit >= 0) {
            // 一百五 = 150: a trailing digit after a unit counts one place lower
            char last = s.length() >= 2 ? s.charAt(s.length() - 2) : ' ';
            if (last == '百') digit *= 10;
            else if (last == '千') digit *= 100;
            section += digit;
        }
        return BigDecimal.valueOf(total + section);
    }

    private static int digitOf(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
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

    /** Parses digits or a Chinese numeral; {@code null} when neither. */
    public static BigDecimal parse(String s) {
        if (s == null || s.isEmpty()) return null;
        if (Character.isDigit(s.charAt(0))) {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return chinese(s);
    }
}
