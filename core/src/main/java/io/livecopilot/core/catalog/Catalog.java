package io.livecopilot.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the host sells in a session: the shop and its products, in list order. */
public record Catalog(Shop shop, List<Product> products) {
    public static final Catalog EMPTY = new Catalog(Shop.UNKNOWN, List.of());

    public Catalog {
        shop = shop == null ? Shop.UNKNOWN : shop;
        products = products == null ? List.of() : List.copyOf(products);
    }

    public Optional<Product> byId(String id) {
        if (id == null) return Optional.empty();
        for (Product p : products) if (p.id().equals(id)) return Optional.of(p);
        return Optional.empty();
    }

    public Optional<Product> byLinkNo(int linkNo) {
        for (Product p : products) if (p.linkNo() != null && p.linkNo() == linkNo) return Optional.of(p);
        return Optional.empty();
    }

    /** This catalog with {@code other}'s products added or replacing those of the same id; {@code other}'s shop wins when known. */
    public Catalog merge(Catalog other) {
        Map<String, Product> byId = new LinkedHashMap<>();
        for (Product p : products) byId.put(p.id(), p);
        for (Product p : other.products) byId.put(p.id(), p);
        Shop s = other.shop == Shop.UNKNOWN || other.shop.equals(Shop.UNKNOWN) ? shop : other.shop;
        return new Catalog(s, List.copyOf(byId.values()));
    }
}
