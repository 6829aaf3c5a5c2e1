package io.livecopilot.core.catalog;

import io.livecopilot.core.ChineseNumbers;
import io.livecopilot.core.Money;

import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a promotion's or coupon's wording states: the discount ("减30", "10元券"), the minimum spend ("满200减30",
 * "200-30", "满99可用"), the minimum number of items ("满2件", "第二件半价", "拍两袋减10元", "2件起") and whether it needs
 * more than one unit at all ("多件", "囤货装"); each amount {@code null} when the wording does not say it.
 *
 * <p>The one reader of promotion wordings: {@link Promotion#reachedByOne}, {@link Product#bestPrice()} and the live
 * room's coupons all use it, so that a promotion whose wording needs a second item or a spend one unit does not reach is
 * a condition to mention, never folded into one unit's "到手价".
 *
 * @param discount     what it takes off in yuan, or {@code null}
 * @param minSpend     the spend it needs in yuan, or {@code null} for none said
 * @param minItems     the number of items it needs, or {@code null} when no count is said
 * @param severalUnits whether it needs more than one unit (a count above one, or wording such as "多件", "加购")
 */
public record PromotionTerms(BigDecimal discount, BigDecimal minSpend, Integer minItems, boolean severalUnits) {

    /** A wording that states nothing (no text). */
    public static final PromotionTerms NONE = new PromotionTerms(null, null, null, false);

    /**
     * Whether one unit at {@code unitPrice} meets what the wording asks: it needs no second unit, and the unit reaches
     * the spend the wording names.
     */
    public boolean reachedBy(BigDecimal unitPrice) {
        return !severalUnits && (minSpend == null || unitPrice.compareTo(minSpend) >= 0);
    }

    private static final String NUM = "(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千万]+)";
    private static final Pattern SPEND_OFF = Pattern.compile("满\\s*" + NUM + "\\s*(?:元|块)?\\s*(?:立减|可减|减|-|－|—)\\s*" + NUM);
    private static final Pattern ITEMS = Pattern.compile("满\\s*" + NUM + "\\s*(?:件|个|份|瓶|盒|袋|单)");
    private static final Pattern SPEND = Pattern.compile("满\\s*" + NUM + "\\s*(?:元|块)?\\s*(?:可用|使用|可减|减|打|享|用)");
    private static final Pattern DASH = Pattern.compile("(?<![\\d.])(\\d+(?:\\.\\d+)?)\\s*[-－—]\\s*(\\d+(?:\\.\\d+)?)(?![\\d.])");
    private static final Pattern OFF = Pattern.compile("(?:立减|直减|减|抵|省)\\s*" + NUM + "\\s*(?:元|块)?");
    private static final Pattern AMOUNT_COUPON = Pattern.compile(NUM + "\\s*(?:元|块)\\s*(?:无门槛)?\\s*(?:优惠)?券");

    private static final String N = "([二两三四五六七八九十2-9])";
    private static final String UNIT = "[件个份瓶盒袋单只套包罐支双条箱桶杯]";
    /** Wording that needs more than one unit; groups 1–3 hold the count where the wording gives one. */
    private static final Pattern MANY = Pattern.compile(
            "第\\s*" + N + "\\s*" + UNIT                                                   // 第二件半价, 第2份0元
                    + "|(?:拍|买|满|任选|任意|购|下单|凑)\\s*" + N + "\\s*" + UNIT             // 拍两袋减10元, 买2件, 满3件
                    + "|" + N + "\\s*" + UNIT + "\\s*(?:起|及以上|以上|减|打|享|送|立减|包邮|更|[0-9一二三四五六七八九]\\s*折)" // 2件起, 两件减10
                    + "|多件|多买|加购|组合购|囤货装");

    /**
     * Wordings read once: a catalog has a few dozen, and answers price every product for many questions (measured in
     * the assistant: the regexes were 3% of {@code ask --file}'s CPU when read every time). Cleared when it grows past
     * what a few catalogs and a room's coupons hold, so that it stays small in a long-running server.
     */
    private static final ConcurrentHashMap<String, PromotionTerms> READ = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 4096;

    /** The terms of a wording, read once per distinct wording; {@link #NONE} for {@code null} or blank. */
    public static PromotionTerms of(String wording) {
        if (wording == null) return NONE;
        PromotionTerms t = READ.get(wording);
        if (t != null) return t;
        t = read(wording);
        if (READ.size() >= MAX_CACHED) READ.clear();
        READ.put(wording, t);
        return t;
    }

    /** The terms of a wording, read now (spaces are ignored); {@link #NONE} for {@code null} or blank. */
    public static PromotionTerms read(String wording) {
        if (wording == null) return NONE;
        String t = wording.replace(" ", "");
        if (t.isEmpty()) return NONE;
        BigDecimal minSpend = null, discount = null;
        Integer minItems = null;
        Matcher m = SPEND_OFF.matcher(t);
        if (m.find()) {
            minSpend = number(m.group(1));
            discount = number(m.group(2));
        }
        m = ITEMS.matcher(t);
        if (m.find()) minItems = count(m.group(1));
        if (minSpend == null && minItems == null) {
            m = SPEND.matcher(t);
            if (m.find()) minSpend = number(m.group(1));
        }
        if (minSpend == null && minItems == null && discount == null) {
            m = DASH.matcher(t);
            if (m.find()) {
                BigDecimal a = number(m.group(1)), b = number(m.group(2));
                if (a != null && b != null && a.compareTo(b) > 0) {
                    minSpend = a;
                    discount = b;
                }
            }
        }
        if (discount == null) {
            m = OFF.matcher(t);
            if (m.find()) discount = number(m.group(1));
        }
        if (discount == null) {
            m = AMOUNT_COUPON.matcher(t);
            if (m.find()) discount = number(m.group(1));
        }
        boolean noThreshold = t.contains("无门槛");
        if (noThreshold) {
            minSpend = null;
            minItems = null;
        }
        m = MANY.matcher(t);
        boolean many = m.find();
        if (many && minItems == null && !noThreshold) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (n != null) minItems = count(n);
        }
        if (minSpend != null && minSpend.signum() <= 0) minSpend = null;
        if (discount != null && discount.signum() <= 0) discount = null;
        return new PromotionTerms(discount == null ? null : Money.normalize(discount), minSpend == null ? null : Money.normalize(minSpend),
                minItems, many || minItems != null && minItems > 1);
    }

    private static Integer count(String s) {
        BigDecimal n = number(s);
        return n != null && n.signum() > 0 && n.compareTo(BigDecimal.valueOf(1000)) < 0 ? n.intValue() : null;
    }

    private static BigDecimal number(String s) {
        if (s == null || s.isEmpty()) return null;
        char c = s.charAt(0);
        if (c >= '0' && c <= '9') {
            try {
                return s.length() > 12 ? null : new BigDecimal(s);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        long v = ChineseNumbers.parse(s);
        return v < 0 || v > 100_000_000L ? null : BigDecimal.valueOf(v);
    }
}
