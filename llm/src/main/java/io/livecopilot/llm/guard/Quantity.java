package io.livecopilot.llm.guard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A number with a unit class, in the class's base unit (ml, g, W, mAh, inch, GB, mm, Hz, h, min, month, ℃, layer,
 * gear, pack, %, 10k), so that "1.5L" and "1500ml" compare equal.
 */
public record Quantity(String unitClass, BigDecimal value) {

    /** The quantity for a number and the unit as written, or {@code null} when the unit is not one we compare. */
    public static Quantity of(BigDecimal n, String unit) {
        if (n == null || unit == null) return null;
        String u = unit.toLowerCase(Locale.ROOT).strip();
        return switch (u) {
            case "ml", "毫升" -> q("ml", n);
            case "l", "升" -> q("ml", n.multiply(BigDecimal.valueOf(1000)));
            case "g", "克" -> q("g", n);
            case "kg", "公斤", "千克" -> q("g", n.multiply(BigDecimal.valueOf(1000)));
            case "斤装", "斤" -> q("g", n.multiply(BigDecimal.valueOf(500)));
            case "w", "瓦" -> q("W", n);
            case "mah", "毫安", "毫安时" -> q("mAh", n);
            case "寸", "英寸" -> q("inch", n);
            case "gb", "g内存" -> q("GB", n);
            case "tb" -> q("GB", n.multiply(BigDecimal.valueOf(1024)));
            case "hz", "赫兹" -> q("Hz", n);
            case "mm", "毫米" -> q("mm", n);
            case "cm", "厘米", "公分" -> q("mm", n.multiply(BigDecimal.TEN));
            case "小时" -> q("h", n);
            case "分钟" -> q("min", n);
            case "个月" -> q("month", n);
            case "年" -> q("month", n.multiply(BigDecimal.valueOf(12)));
            case "℃", "度" -> q("C", n);
            case "层" -> q("layer", n);
            case "档", "挡", "速" -> q("gear", n);
            case "片装", "袋装", "支装", "瓶装", "粒装", "包装", "盒装", "只装", "个装", "条装", "罐装", "册装", "本装",
                 "片", "粒", "袋", "支", "瓶", "包", "盒", "条", "罐", "册", "本", "只" -> q("count:" + (u.charAt(0) == '本' ? '册' : u.charAt(0)), n);
            case "%" -> q("%", n);
            case "万" -> q("10k", n);
            case "分贝", "db" -> q("dB", n);
            default -> null;
        };
    }

    private static Quantity q(String cls, BigDecimal v) {
        return new Quantity(cls, v.stripTrailingZeros().setScale(Math.max(0, v.stripTrailingZeros().scale()), RoundingMode.UNNECESSARY));
    }

    /** Whether the two are the same amount of the same class (within half a per mille). */
    public boolean sameAs(Quantity o) {
        if (!unitClass.equals(o.unitClass)) return false;
        BigDecimal diff = value.subtract(o.value).abs();
        BigDecimal tol = value.abs().max(o.value.abs()).multiply(new BigDecimal("0.0005"));
        return diff.compareTo(tol) <= 0;
    }
}
