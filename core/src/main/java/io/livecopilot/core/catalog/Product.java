package io.livecopilot.core.catalog;

import io.livecopilot.core.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A product sold in the room: the facts that scripts, answers and checks are grounded in, and nothing else.
 *
 * <p>Optional fields are {@code null} (scalars) or empty (lists, maps); {@link #shipping} and {@link #aftersale}
 * hold only the fields that override the shop's policy.
 */
public record Product(
        String id,
        Integer linkNo,
        String name,
        List<String> aliases,
        String category,
        BigDecimal price,
        BigDecimal listPrice,
        Integer stock,
        List<String> variants,
        List<SizeRow> sizes,
        Map<String, String> attributes,
        List<String> sellingPoints,
        List<String> suits,
        List<String> notFor,
        List<Promotion> promotions,
        List<Faq> faq,
        ShippingPolicy shipping,
        AftersalePolicy aftersale) {

    public Product {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        variants = variants == null ? List.of() : List.copyOf(variants);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        sellingPoints = sellingPoints == null ? List.of() : List.copyOf(sellingPoints);
        suits = suits == null ? List.of() : List.copyOf(suits);
        notFor = notFor == null ? List.of() : List.copyOf(notFor);
        promotions = promotions == null ? List.of() : List.copyOf(promotions);
        faq = faq == null ? List.of() : List.copyOf(faq);
        shipping = shipping == null ? ShippingPolicy.UNKNOWN : shipping;
        aftersale = aftersale == null ? AftersalePolicy.UNKNOWN : aftersale;
    }

    /** A product with just the required facts. */
    public static Product of(String id, String name, BigDecimal price) {
        return new Product(id, null, name, null, null, price, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether the catalog says the product is out of stock (stock known and 0). */
    public boolean soldOut() {
        return stock != null && stock <= 0;
    }

    /** The shipping policy for this product: its own fields over the shop's. */
    public ShippingPolicy shippingIn(Shop shop) {
        return shipping.over(shop == null ? null : shop.shipping());
    }

    /** The after-sale policy for this product: its own fields over the shop's. */
    public AftersalePolicy aftersaleIn(Shop shop) {
        return aftersale.over(shop == null ? null : shop.aftersale());
    }

    /**
     * The lowest price a single unit can be bought for with one of its promotions (the "到手价"); the live price when no
     * promotion applies. Only a promotion one unit gets counts ({@link Promotion#reachedByOne}): its {@code min_spend}
     * and the conditions its text states — "第二件半价", "拍两袋减10元", "满300减50" on a cheaper product — are said as
     * conditions, never folded into one unit's price. Promotions do not stack. Never below zero.
     */
    public BigDecimal bestPrice() {
        return bestTotal(1);
    }

    /**
     * What {@code quantity} units bought together cost after the one promotion that takes the most off them ({@link
     * #bestPromotionFor}): "拍两件到手多少" with 满99减15 on a 59-yuan product is 103. Never below zero.
     */
    public BigDecimal bestTotal(int quantity) {
        if (quantity < 1) throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
        int i = bestPromotionFor(quantity);
        BigDecimal total = price.multiply(BigDecimal.valueOf(quantity));
        BigDecimal best = i < 0 ? total : total.subtract(promotions.get(i).discount()).max(BigDecimal.ZERO);
        return Money.normalize(best.setScale(Math.max(2, best.scale()), RoundingMode.UNNECESSARY));
    }

    /**
     * The index in {@link #promotions} of the promotion giving one unit its lowest price ({@link #bestPrice()}), the
     * first of equals; -1 when none lowers it.
     */
    public int bestPromotion() {
        return bestPromotionFor(1);
    }

    /**
     * The index in {@link #promotions} of the promotion taking the most off {@code quantity} units bought together
     * (one promotion an order), the first of equals; -1 when none applies.
     */
    public int bestPromotionFor(int quantity) {
        int bestI = -1;
        BigDecimal most = null;
        for (int i = 0; i < promotions.size(); i++) {
            Promotion x = promotions.get(i);
            if (x.discount() == null || x.discount().signum() <= 0 || !x.reachedBy(quantity, price)) continue;
            if (most == null || x.discount().compareTo(most) > 0) {
                most = x.discount();
                bestI = i;
            }
        }
        return bestI;
    }

    /** Every name the product may be called by: the name, then the aliases. */
    public List<String> names() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(1 + aliases.size());
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
