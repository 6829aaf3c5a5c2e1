package io.livecopilot.llm.guard;

import io.livecopilot.core.ChineseNumbers;

import java.math.BigDecimal;

/** Reads numbers as hosts say them: Arabic digits, or Chinese numerals through the project's one reader ({@link ChineseNumbers}). */
public final class Numbers {
    private Numbers() {}

    /** The value of a Chinese numeral ("一百二十九" = 129, "两千" = 2000, "八五" = 85), or {@code null} when it is not one. */
    public static BigDecimal chinese(String s) {
        if (s == null || s.isEmpty()) return null;
        long v = ChineseNumbers.parse(s);
        return v < 0 ? null : BigDecimal.valueOf(v);
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
