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
        return reachedBy(1, unitPrice);
    }

    /**
     * Whether {@code quantity} units at {@code unitPrice}, bought together, get this promotion: their total reaches the
     * {@code min_spend} field and the spend the text names, and their count the items it names (a text that needs
     * several units without saying how many, "多件", is reached by none).
     */
    public boolean reachedBy(int quantity, BigDecimal unitPrice) {
        BigDecimal total = unitPrice.multiply(BigDecimal.valueOf(quantity));
        if (minSpend != null && total.compareTo(minSpend) < 0) return false;
        if (text == null) return true;
        PromotionTerms t = terms();
        if (t.minSpend() != null && total.compareTo(t.minSpend()) < 0) return false;
        return !t.severalUnits() || (t.minItems() != null && quantity >= t.minItems());
    }
}
