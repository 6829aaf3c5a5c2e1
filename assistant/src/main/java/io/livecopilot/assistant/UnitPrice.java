package io.livecopilot.assistant;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * What one unit of a product costs after its catalog promotions, reading each promotion's wording as well as its
 * fields: a promotion whose text needs a second item ("第二件半价"), several items ("拍两袋减10元", "满3件8折", "2件起")
 * or a spend one unit does not reach ("满300减50" without a {@code min_spend}) does not lower a single unit's price —
 * it is a condition to mention, never a "到手价". {@link Product#bestPrice()} reads the fields only.
 */
final class UnitPrice {
    private UnitPrice() {}

    private static final String N = "[二两三四五六七八九十2-9]";
    private static final String UNIT = "[件个份瓶盒袋单只套包罐支双条箱桶杯]";
    /** Wording that needs more than one unit. */
    private static final Pattern MANY = Pattern.compile(
            "第\\s*" + N + "\\s*" + UNIT                          // 第二件半价, 第2份0元
                    + "|(?:拍|买|满|任选|任意|购|下单|凑)\\s*" + N + "\\s*" + UNIT  // 拍两袋减10元, 买2件, 满3件
                    + "|" + N + "\\s*" + UNIT + "\\s*(?:起|及以上|以上|减|打|享|送|立减|包邮|更|[0-9一二三四五六七八九]\\s*折)" // 2件起, 两件减10, 2件8折
                    + "|多件|多买|加购|组合购|囤货装");

    /** Whether one unit at the product's live price meets the promotion's conditions (fields and wording). */
    static boolean reachedByOne(Product p, Promotion pr) {
        if (pr.minSpend() != null && p.price().compareTo(pr.minSpend()) < 0) return false;
        return !conditional(p, pr.text());
    }

    /** Whether a promotion's wording states a condition one unit of the product does not meet (items or a spend). */
    static boolean conditional(Product p, String text) {
        if (text == null || text.isBlank()) return false;
        Wording w = wording(text);
        if (w.many()) return true;
        LiveCoupons.Terms terms = w.terms();
        if (terms.minItems() != null && terms.minItems() > 1) return true;
        return terms.minSpend() != null && p.price().compareTo(terms.minSpend()) < 0;
    }

    /** What a promotion's wording says: whether it needs several units, and its terms. */
    private record Wording(boolean many, LiveCoupons.Terms terms) {}

    /**
     * Promotion wordings read once: a catalog has a few dozen, and a recommendation prices every product for every
     * question (measured: the regex and the terms parse were 3% of `ask --file`'s CPU). Cleared when it grows past what
     * a few catalogs hold, so that it stays small in a long-running server.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Wording> WORDINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Wording wording(String text) {
        Wording w = WORDINGS.get(text);
        if (w != null) return w;
        if (WORDINGS.size() > 4096) WORDINGS.clear();
        String t = text.replace(" ", "");
        w = new Wording(MANY.matcher(t).find(), LiveCoupons.terms(t));
        WORDINGS.put(text, w);
        return w;
    }

    /** Whether the promotion's wording needs more than one unit (as opposed to a spend); {@code false} for no text. */
    static boolean needsSeveral(String text) {
        if (text == null || text.isBlank()) return false;
        Wording w = wording(text);
        return w.many() || w.terms().minItems() != null && w.terms().minItems() > 1;
    }

    /** The lowest price one unit can be bought for with a single promotion it meets; the live price when none. */
    static BigDecimal best(Product p) {
        int i = bestPromotion(p);
        if (i < 0) return p.price();
        BigDecimal after = p.price().subtract(p.promotions().get(i).discount()).max(BigDecimal.ZERO);
        return Money.normalize(after.setScale(Math.max(2, after.scale()), java.math.RoundingMode.UNNECESSARY));
    }

    /** The index of the promotion giving one unit its lowest price, or -1 when none lowers it. */
    static int bestPromotion(Product p) {
        int bestI = -1;
        BigDecimal best = null;
        for (int i = 0; i < p.promotions().size(); i++) {
            Promotion x = p.promotions().get(i);
            if (x.discount() == null || x.discount().signum() <= 0 || !reachedByOne(p, x)) continue;
            if (best == null || x.discount().compareTo(best) > 0) {
                best = x.discount();
                bestI = i;
            }
        }
        return bestI;
    }
}
