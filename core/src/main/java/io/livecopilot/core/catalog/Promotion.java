package io.livecopilot.core.catalog;

import java.math.BigDecimal;

/**
 * A promotion on a product: its kind (coupon, discount, gift, bundle …), the text the host reads, the discount in yuan
 * and the minimum spend it needs; amounts may be {@code null} where the promotion has none.
 *
 * <p>The text can state conditions the fields do not ("第二件半价", "拍两袋减10元", "满300减50" without a
 * {@code min_spend}): {@link #terms()} reads them, and {@link #reachedByOne} takes both into account.
 */
public record Promotion(String kind, String text, BigDecimal discount, BigDecimal minSpend) {

    /** What the promotion's text states (discount, minimum spend, items), read once per distinct text. */
    public PromotionTerms terms() {
        return PromotionTerms.of(text);
    }

    /** Whether the promotion needs more than one unit ("第二件半价", "拍两袋减10元", "满3件8折", "2件起"). */
    public boolean needsSeveral() {
        return terms().severalUnits();
    }

    /**
     * Whether one unit at {@code unitPrice} gets this promotion: it reaches the {@code min_spend} field and everything
     * the text asks (no second unit, a spend stated only in the text). Says nothing of whether it has a discount.
     */
    public boolean reachedByOne(BigDecimal unitPrice) {
        if (minSpend != null && unitPrice.compareTo(minSpend) < 0) return false;
        return text == null || terms().reachedBy(unitPrice);
    }
}
