package io.livecopilot.analytics.profile;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.Timestamps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds viewer profiles from events (of one or many sessions and rooms): clicks, carts, orders and product mentions in
 * comments, joined with the catalog's categories and prices. Also keeps every interaction for the recommender.
 */
public final class ViewerProfiles {
    private final Map<String, Product> catalog = new HashMap<>();
    private final Map<String, Acc> viewers = new HashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();

    private static final class Acc {
        final Set<String> sessions = new HashSet<>();
        int clicks, carts, orders;
        BigDecimal spend = Money.ZERO;
        final Map<String, Double> interest = new HashMap<>();
        final List<BigDecimal> boughtPrices = new ArrayList<>();
        final List<BigDecimal> clickedPrices = new ArrayList<>();
    }

    public ViewerProfiles(Catalog catalog) {
        if (catalog != null) for (Product p : catalog.products()) this.catalog.put(p.id(), p);
    }

    /** Takes one event; only viewer actions about products and entries matter. */
    public void accept(LiveEvent e) {
        String user = e.user();
        if (user == null) return;
        switch (e.type()) {
            case ENTER -> acc(user).sessions.add(e.room() + "|" + Timestamps.iso(e.ts()).substring(0, 10));
            case PRODUCT_CLICK -> {
                LiveEvent.ProductClick c = (LiveEvent.ProductClick) e;
                Acc a = acc(user);
                a.clicks++;
                Product p = catalog.get(c.product());
                if (p != null && p.price() != null) a.clickedPrices.add(p.price());
                interact(a, Interaction.of(user, c.product(), "click", e.ts()));
            }
            case ADD_TO_CART -> {
                LiveEvent.AddToCart c = (LiveEvent.AddToCart) e;
                Acc a = acc(user);
                a.carts++;
                interact(a, Interaction.of(user, c.product(), "cart", e.ts()));
            }
            case ORDER -> {
                LiveEvent.Order o = (LiveEvent.Order) e;
                Acc a = acc(user);
                a.orders++;
                a.spend = a.spend.add(o.amount());
                if (o.qty() > 0 && o.amount().signum() > 0) a.boughtPrices.add(o.amount().divide(BigDecimal.valueOf(o.qty()), 2, RoundingMode.HALF_UP));
                if (o.product() != null) interact(a, Interaction.of(user, o.product(), "order", e.ts()));
            }
            default -> { }
        }
    }

    /** A comment of the viewer that names a product (from comment understanding). */
    public void mention(String user, String product, long ts) {
        if (user == null || product == null) return;
        interact(acc(user), Interaction.of(user, product, "mention", ts));
    }

    private void interact(Acc a, Interaction i) {
        a.interest.merge(i.item(), i.weight(), Double::sum);
        interactions.add(i);
    }

    private Acc acc(String user) {
        return viewers.computeIfAbsent(user, k -> new Acc());
    }

    /** Every interaction taken, in input order. */
    public List<Interaction> interactions() { return List.copyOf(interactions); }

    /** The number of viewers who entered at least {@code n} sessions. */
    public long viewersWithSessions(int n) {
        return viewers.values().stream().filter(a -> a.sessions.size() >= n).count();
    }

    /** The profile of one viewer, or {@code null} when unknown. */
    public ViewerProfile profile(String user) {
        Acc a = viewers.get(user);
        return a == null ? null : build(user, a);
    }

    /**
     * The profiles of viewers with at least {@code minSessions} sessions and some product interest, most engaged
     * first (spend, then weighted interest), at most {@code limit}.
     */
    public List<ViewerProfile> profiles(int minSessions, int limit) {
        List<Map.Entry<String, Acc>> list = new ArrayList<>();
        for (Map.Entry<String, Acc> e : viewers.entrySet()) {
            if (e.getValue().sessions.size() >= minSessions && !e.getValue().interest.isEmpty()) list.add(e);
        }
        list.sort(Comparator.comparing((Map.Entry<String, Acc> e) -> e.getValue().spend).reversed()
                .thenComparing(e -> -e.getValue().interest.values().stream().mapToDouble(Double::doubleValue).sum())
                .thenComparing(Map.Entry::getKey));
        List<ViewerProfile> out = new ArrayList<>();
        for (Map.Entry<String, Acc> e : list.subList(0, Math.min(limit, list.size()))) out.add(build(e.getKey(), e.getValue()));
        return out;
    }

    private ViewerProfile build(String user, Acc a) {
        Map<String, Double> cats = new HashMap<>();
        double total = 0;
        for (Map.Entry<String, Double> e : a.interest.entrySet()) {
            Product p = catalog.get(e.getKey());
            if (p == null || p.category() == null) continue;
            cats.merge(p.category(), e.getValue(), Double::sum);
            total += e.getValue();
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        double t = total;
        cats.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> shares.put(e.getKey(), Math.round(e.getValue() / t * 1000) / 1000.0));
        List<BigDecimal> prices = new ArrayList<>(a.boughtPrices.isEmpty() ? a.clickedPrices : a.boughtPrices);
        prices.sort(Comparator.naturalOrder());
        BigDecimal median = prices.isEmpty() ? null : prices.get(prices.size() / 2);
        List<String> products = a.interest.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(5).map(Map.Entry::getKey).toList();
        return new ViewerProfile(user, a.sessions.size(), a.clicks, a.carts, a.orders, a.spend, shares, band(median), median, products);
    }

    /** The price band of an amount. */
    public static String band(BigDecimal price) {
        if (price == null) return null;
        double p = price.doubleValue();
        return p < 50 ? "0-50" : p < 100 ? "50-100" : p < 200 ? "100-200" : p < 500 ? "200-500" : "500+";
    }
}
