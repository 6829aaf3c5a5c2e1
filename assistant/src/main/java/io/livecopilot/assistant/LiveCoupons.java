package io.livecopilot.assistant;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.catalog.PromotionTerms;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.nlp.adlaw.AdLawText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coupons released in one live room ({@code coupon} events): for one product or the whole room, with the minimum
 * spend and items read from the coupon's wording by {@link PromotionTerms}, the reader of the catalog's promotions too
 * ("满200减30", "满两百减三十", "200-30", "满2件可用", "第二件半价", "无门槛"), and the price a
 * single unit costs after the best one it reaches. Only coupons the room actually released are known here: what a
 * viewer writes about coupons never gets in.
 *
 * <p>Released coupons do not stack with each other or with the catalog's promotions: the price after a coupon is the
 * live price minus that one coupon, so an answer never understates what the viewer pays. One object per room, fed in
 * event order; not thread-safe (its {@link LiveAssistant} serializes calls).
 */
public final class LiveCoupons {
    /** Coupons kept per room; a room that releases more keeps the latest. */
    static final int MAX = 64;
    private static final int MAX_TEXT = 24;

    /**
     * One released coupon.
     *
     * @param text      the coupon as the host says it ("满200减30"), cleaned for display
     * @param product   the product it is for, or {@code null} for the whole room
     * @param discount  what it takes off in yuan, or {@code null} when neither the event nor the wording says
     * @param minSpend  the spend it needs in yuan, or {@code null} for none
     * @param minItems  the number of items it needs ("满2件"), or {@code null}
     * @param ts        when it was released (event time)
     */
    public record Coupon(String text, String product, BigDecimal discount, BigDecimal minSpend, Integer minItems, long ts) {
        /** The source an answer cites for it: {@code live.coupon:满200减30}. */
        public String source() {
            return "live.coupon:" + text;
        }

        /** Whether it can be used on the product (its own coupon or a room-wide one). */
        public boolean appliesTo(String productId) {
            return product == null || product.equals(productId);
        }

        /** Whether one unit at {@code price} reaches its threshold (spend and item count). */
        public boolean reachedBy(BigDecimal price) {
            return (minItems == null || minItems <= 1) && (minSpend == null || price.compareTo(minSpend) >= 0);
        }

        /** The price of one unit after it ({@code null} when its amount is unknown), never below zero. */
        public BigDecimal after(BigDecimal price) {
            return discount == null ? null : Money.normalize(price.subtract(discount).max(BigDecimal.ZERO));
        }

        /** How an answer names it: the wording, with 券 added when it has none ("满200减30券"). */
        public String label() {
            return text.endsWith("券") ? text : text + "券";
        }

        /** {@link #label()} after the word 直播间 (no "直播间直播间专享券"). */
        public String labelAfterRoom() {
            String l = label();
            return l.startsWith("直播间") ? l.substring(3) : l;
        }

        /**
         * The coupon as a promotion of the product, for the fact guard: a coupon needing several items ("满2件减10")
         * needs that many units' price, so one unit's price after it is not backed.
         */
        public Promotion promotion(Product p) {
            BigDecimal min = minSpend;
            if (minItems != null && minItems > 1) {
                BigDecimal items = p.price().multiply(BigDecimal.valueOf(minItems));
                min = min == null || items.compareTo(min) > 0 ? items : min;
            }
            return new Promotion("live_coupon", text, discount, min);
        }
    }

    /** A coupon a unit reaches and what the unit costs after it. */
    public record Offer(Coupon coupon, BigDecimal price) {}

    private final Catalog catalog;
    private final List<Coupon> released = new ArrayList<>();
    private int version;

    public LiveCoupons(Catalog catalog) {
        this.catalog = catalog == null ? Catalog.EMPTY : catalog;
    }

    /**
     * Takes a released coupon. A coupon for a product the catalog does not have, or whose amount neither the event nor
     * its wording gives, is not kept; released again with the same wording for the same product, it replaces the earlier.
     *
     * @return whether it was kept
     */
    public boolean release(LiveEvent.Coupon e) {
        if (e == null) return false;
        String product = e.product() == null || e.product().isBlank() ? null : e.product().strip();
        if (product != null && catalog.byId(product).isEmpty()) return false;
        String raw = e.coupon() == null ? "" : AdLawText.normalize(e.coupon()).strip();
        PromotionTerms terms = PromotionTerms.of(raw);
        BigDecimal discount = e.discount() != null && e.discount().signum() > 0 ? Money.normalize(e.discount()) : null;
        if (terms.discount() != null && (discount == null || terms.discount().compareTo(discount) < 0)) {
            discount = terms.discount(); // the wording and the amount disagree: the smaller saving is the one promised
        }
        if (discount == null) return false;
        String text = clean(raw);
        if (text == null) text = "减" + Money.spoken(discount) + "元";
        // a wording needing several units without saying how many ("多件用") needs at least two
        Integer minItems = terms.minItems() == null && terms.severalUnits() ? Integer.valueOf(2) : terms.minItems();
        Coupon c = new Coupon(text, product, discount, terms.minSpend(), minItems, e.ts());
        released.removeIf(x -> x.text().equals(c.text()) && java.util.Objects.equals(x.product(), c.product()));
        released.add(c);
        while (released.size() > MAX) released.remove(0);
        version++;
        return true;
    }

    /** Whether no coupon has been released. */
    public boolean isEmpty() {
        return released.isEmpty();
    }

    /** Changes each time a coupon is kept (for caches built over the coupons). */
    public int version() {
        return version;
    }

    /** The coupons usable on the product, latest first. */
    public List<Coupon> of(String productId) {
        List<Coupon> out = new ArrayList<>();
        for (int i = released.size() - 1; i >= 0; i--) if (released.get(i).appliesTo(productId)) out.add(released.get(i));
        return out;
    }

    /** The coupon one unit of the product reaches that leaves the lowest price (latest first on a tie), or {@code null}. */
    public Offer best(Product p) {
        Offer best = null;
        for (Coupon c : of(p.id())) {
            if (!c.reachedBy(p.price())) continue;
            BigDecimal after = c.after(p.price());
            if (best == null || after.compareTo(best.price()) < 0) best = new Offer(c, after);
        }
        return best;
    }

    /** The released coupons as promotions of each catalog product they apply to (room-wide ones on every product). */
    public Map<String, List<Promotion>> promotions() {
        Map<String, List<Promotion>> out = new LinkedHashMap<>();
        for (Product p : catalog.products()) {
            for (Coupon c : released) if (c.appliesTo(p.id())) out.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(c.promotion(p));
        }
        return out;
    }

    /**
     * The coupon's wording fit to be read in a reply: Chinese characters, letters, digits and a few signs, at most
     * {@value #MAX_TEXT} characters; {@code null} when it has anything else (markup, links, contacts).
     */
    static String clean(String t) {
        if (t == null) return null;
        String s = t.replace(" ", "");
        if (s.isEmpty() || s.length() > MAX_TEXT) return null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x4E00 && c <= 0x9FFF || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
                    || c == '.' || c == '-' || c == '¥' || c == '￥' || c == '%' || c == '－';
            if (!ok) return null;
        }
        return s;
    }
}
