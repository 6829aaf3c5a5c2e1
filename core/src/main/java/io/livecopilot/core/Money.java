package io.livecopilot.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in yuan: the one parser and formatter of amounts, always {@link BigDecimal}, never a binary float.
 */
public final class Money {
    /** Zero yuan with two decimals. */
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private Money() {}

    /**
     * Parses a decimal amount of yuan from a JSON number's or a string's text ("199", "199.00", "¥199", "199元").
     *
     * @throws NumberFormatException when the text is not a decimal amount
     */
    public static BigDecimal parse(String text) {
        if (text == null) throw new NumberFormatException("no amount");
        String s = text.strip();
        if (s.startsWith("¥") || s.startsWith("￥")) s = s.substring(1).strip();
        if (s.endsWith("元")) s = s.substring(0, s.length() - 1).strip();
        if (s.isEmpty() || s.length() > 40) throw new NumberFormatException("not a decimal amount");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || (i == 0 && (c == '-' || c == '+')))) {
                throw new NumberFormatException("not a decimal amount");
            }
        }
        return normalize(new BigDecimal(s));
    }

    /** The amount with at least two decimals (cents), trailing precision kept. */
    public static BigDecimal normalize(BigDecimal v) {
        return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY) : v;
    }

    /** Formats an amount as the host would say it: "129", "129.9", "129.99". */
    public static String spoken(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) s = s.setScale(0, RoundingMode.UNNECESSARY);
        return s.toPlainString();
    }

    /** Formats an amount with two decimals: "129.00". */
    public static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
