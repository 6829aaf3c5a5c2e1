package io.livecopilot.script;

import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The session planner: gives each product a role from its price, discount and stock, orders the products (traffic
 * driver first, deals and margin products alternating, image pieces in between, sold-out items briefly), inserts
 * interactions every few minutes, a push (促单) after each product that can be bought, returns (返场) of the likely best
 * sellers, and splits the requested minutes over the segments.
 */
public final class SessionPlanner {
    /** Relative pitch time per role; a sold-out product gets {@link #SOLD_OUT_WEIGHT}. */
    private static final Map<ProductRole, Double> WEIGHT = new EnumMap<>(Map.of(
            ProductRole.TRAFFIC, 0.85, ProductRole.DEAL, 1.0, ProductRole.MARGIN, 1.3, ProductRole.IMAGE, 1.1));
    private static final double SOLD_OUT_WEIGHT = 0.3;

    /** Plans the session for the request's products of the catalog. */
    public Plan plan(Catalog catalog, ScriptRequest req) {
        List<Product> products = select(catalog, req.productIds());
        Map<String, ProductRole> roles = roles(products);
        List<Product> order = order(products, roles);
        int total = req.seconds();

        List<Product> buyable = order.stream().filter(p -> !p.soldOut()).toList();
        List<Product> returns = returnsOf(buyable, roles, total);

        // fixed parts
        int opening = clamp(Math.round(total * 0.035f), 30, 240);
        int closing = clamp(Math.round(total * 0.025f), 20, 180);
        int interactionGap = req.interactionEveryMinutes() * 60;
        int interactionLen = clamp(Math.round(total * 0.0125f), 30, 120);
        int promoLen = clamp(Math.round(total * 0.009f), 15, 75);
        int returnLen = clamp(Math.round(total * 0.018f), 30, 150);
        int interactions = Math.max(total >= 20 * 60 ? 1 : 0, (int) Math.floor((double) total / interactionGap));
        double fixed = opening + closing + interactions * interactionLen + buyable.size() * promoLen + returns.size() * returnLen;
        double pitchBudget = total - fixed;
        double weights = 0;
        for (Product p : order) weights += weight(p, roles);
        double minPitch = Math.min(60, total * 0.02);
        if (pitchBudget < minPitch * order.size()) {
            // a short session: shrink everything but the pitches in proportion
            double scale = Math.max(0.2, (total - minPitch * order.size()) / Math.max(1, fixed));
            opening = (int) Math.max(10, opening * scale);
            closing = (int) Math.max(10, closing * scale);
            interactionLen = (int) Math.max(15, interactionLen * scale);
            promoLen = (int) Math.max(10, promoLen * scale);
            returnLen = (int) Math.max(15, returnLen * scale);
            fixed = opening + closing + interactions * interactionLen + buyable.size() * promoLen + returns.size() * returnLen;
            pitchBudget = Math.max(minPitch * order.size(), total - fixed);
        }

        List<PlannedSegment> segs = new ArrayList<>();
        segs.add(new PlannedSegment(SegmentKind.OPENING, null, null, opening, 0.9, order));
        // an interaction whenever the interval is reached, and before a product whose pitch would stretch the gap
        // past the interval plus three minutes
        int maxGap = interactionGap + 180;
        double sinceInteraction = opening;
        int placed = 0;
        for (int i = 0; i < order.size(); i++) {
            Product p = order.get(i);
            ProductRole role = roles.get(p.id());
            int pitch = (int) Math.round(pitchBudget * weight(p, roles) / weights);
            int block = pitch + (p.soldOut() ? 0 : promoLen);
            if (interactions > 0 && sinceInteraction > interactionGap * 0.5 && sinceInteraction + block > maxGap) {
                segs.add(new PlannedSegment(SegmentKind.INTERACTION, null, null, interactionLen, 0.6, pairFor(buyable, segs.size())));
                sinceInteraction = 0;
                placed++;
            }
            segs.add(new PlannedSegment(SegmentKind.PITCH, p, role, pitch, p.soldOut() ? 0.85 : 0.8, List.of()));
            if (!p.soldOut()) segs.add(new PlannedSegment(SegmentKind.PROMO, p, role, promoLen, 0.9, List.of()));
            sinceInteraction += block;
            if (interactions > 0 && sinceInteraction >= interactionGap && i < order.size() - 1) {
                segs.add(new PlannedSegment(SegmentKind.INTERACTION, null, null, interactionLen, 0.6, pairFor(buyable, segs.size())));
                sinceInteraction = 0;
                placed++;
            }
        }
        int minimum = interactions;
        for (Product p : returns) {
            if (interactions > 0 && (sinceInteraction + returnLen > maxGap || placed < minimum)) {
                segs.add(new PlannedSegment(SegmentKind.INTERACTION, null, null, interactionLen, 0.6, pairFor(buyable, segs.size())));
                sinceInteraction = 0;
                placed++;
            }
            segs.add(new PlannedSegment(SegmentKind.RETURN, p, roles.get(p.id()), returnLen, 0.85, List.of()));
            sinceInteraction += returnLen;
        }
        while (placed < minimum || (interactions > 0 && sinceInteraction + closing > maxGap)) {
            segs.add(new PlannedSegment(SegmentKind.INTERACTION, null, null, interactionLen, 0.6, pairFor(buyable, segs.size())));
            sinceInteraction = 0;
            placed++;
        }
        segs.add(new PlannedSegment(SegmentKind.CLOSING, null, null, closing, 0.9, order));

        // make the plan sum to the requested seconds exactly: the remainder goes to the pitches
        int sum = 0;
        for (PlannedSegment s : segs) sum += s.seconds();
        int diff = total - sum;
        if (diff != 0) {
            List<Integer> pitches = new ArrayList<>();
            for (int i = 0; i < segs.size(); i++) if (segs.get(i).kind() == SegmentKind.PITCH) pitches.add(i);
            if (pitches.isEmpty()) pitches.add(0);
            for (int k = 0; k < pitches.size() && diff != 0; k++) {
                int share = diff / (pitches.size() - k);
                int i = pitches.get(k);
                PlannedSegment s = segs.get(i);
                int newLen = Math.max(5, s.seconds() + share);
                diff -= newLen - s.seconds();
                segs.set(i, new PlannedSegment(s.kind(), s.product(), s.role(), newLen, s.speechShare(), s.related()));
            }
        }
        return new Plan(segs, roles, req);
    }

    private static List<Product> pairFor(List<Product> buyable, int salt) {
        if (buyable.isEmpty()) return List.of();
        if (buyable.size() == 1) return List.of(buyable.get(0));
        int a = salt % buyable.size();
        int b = (a + 1 + (salt / buyable.size()) % (buyable.size() - 1)) % buyable.size();
        if (a == b) b = (a + 1) % buyable.size();
        return List.of(buyable.get(a), buyable.get(b));
    }

    private static double weight(Product p, Map<String, ProductRole> roles) {
        return p.soldOut() ? SOLD_OUT_WEIGHT : WEIGHT.get(roles.get(p.id()));
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** The requested products in catalog order; {@code null} or "all" means every product. */
    static List<Product> select(Catalog catalog, List<String> ids) {
        if (catalog.products().isEmpty()) throw LiveCopilotException.badInput("catalog: has no products to write a script for");
        if (ids == null || ids.isEmpty() || (ids.size() == 1 && ids.get(0).equalsIgnoreCase("all"))) return catalog.products();
        List<Product> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            String k = id.strip();
            if (k.isEmpty()) continue;
            var p = catalog.byId(k);
            if (p.isEmpty() && k.matches("\\d{1,4}")) p = catalog.byLinkNo(Integer.parseInt(k));
            if (p.isPresent()) {
                if (!out.contains(p.get())) out.add(p.get());
            } else {
                unknown.add(k);
            }
        }
        if (!unknown.isEmpty()) {
            throw LiveCopilotException.badInput("--products: not in the catalog: " + String.join(", ", unknown)
                    + " (known ids: " + String.join(", ", catalog.products().stream().map(Product::id).limit(40).toList()) + ")");
        }
        return out;
    }

    /**
     * Roles from the catalog's numbers: the cheapest well-stocked products drive traffic, the deepest discounts are
     * deals, the dearest are image pieces, the rest earn the margin.
     */
    static Map<String, ProductRole> roles(List<Product> products) {
        Map<String, ProductRole> roles = new LinkedHashMap<>();
        List<Product> buyable = new ArrayList<>(products.stream().filter(p -> !p.soldOut()).toList());
        int n = buyable.size();
        int traffic = n >= 8 ? 2 : n >= 3 ? 1 : 0;
        int deals = n >= 10 ? 3 : n >= 5 ? 2 : n >= 2 ? 1 : 0;
        int image = n >= 6 ? (n >= 16 ? 2 : 1) : 0;
        List<Product> byPrice = new ArrayList<>(buyable);
        byPrice.sort(Comparator.comparing(Product::bestPrice).thenComparing((Product p) -> -stockOf(p)).thenComparing(Product::id));
        for (Product p : byPrice) {
            if (traffic == 0) break;
            roles.put(p.id(), ProductRole.TRAFFIC);
            traffic--;
        }
        List<Product> byDiscount = new ArrayList<>(buyable);
        byDiscount.sort(Comparator.comparing(SessionPlanner::discountRatio).thenComparing(Product::id));
        for (Product p : byDiscount) {
            if (deals == 0) break;
            if (roles.containsKey(p.id())) continue;
            roles.put(p.id(), ProductRole.DEAL);
            deals--;
        }
        List<Product> dear = new ArrayList<>(buyable);
        dear.sort(Comparator.comparing(Product::price).reversed().thenComparing(Product::id));
        for (Product p : dear) {
            if (image == 0) break;
            if (roles.containsKey(p.id())) continue;
            roles.put(p.id(), ProductRole.IMAGE);
            image--;
        }
        for (Product p : products) roles.putIfAbsent(p.id(), p.soldOut() ? ProductRole.IMAGE : ProductRole.MARGIN);
        return roles;
    }

    private static int stockOf(Product p) {
        return p.stock() == null ? 0 : p.stock();
    }

    /** After-coupon price over list price (1 when there is no list price): lower is a deeper deal. */
    static BigDecimal discountRatio(Product p) {
        if (p.listPrice() == null || p.listPrice().signum() <= 0) return BigDecimal.ONE;
        return p.bestPrice().divide(p.listPrice(), 4, RoundingMode.HALF_UP);
    }

    /** Traffic first, then deals and margin products alternating, image pieces at the thirds, sold-out ones in the middle. */
    static List<Product> order(List<Product> products, Map<String, ProductRole> roles) {
        List<Product> traffic = new ArrayList<>(), deals = new ArrayList<>(), margin = new ArrayList<>(), image = new ArrayList<>(), soldOut = new ArrayList<>();
        for (Product p : products) {
            if (p.soldOut()) soldOut.add(p);
            else switch (roles.get(p.id())) {
                case TRAFFIC -> traffic.add(p);
                case DEAL -> deals.add(p);
                case MARGIN -> margin.add(p);
                case IMAGE -> image.add(p);
            }
        }
        List<Product> out = new ArrayList<>();
        if (!traffic.isEmpty()) out.add(traffic.remove(0));
        List<Product> middle = new ArrayList<>();
        while (!deals.isEmpty() || !margin.isEmpty()) {
            if (!margin.isEmpty()) middle.add(margin.remove(0));
            if (!deals.isEmpty()) middle.add(deals.remove(0));
            if (!margin.isEmpty()) middle.add(margin.remove(0));
        }
        // the second traffic driver after a third, image pieces at one and two thirds, sold-out in the middle
        insertAt(middle, traffic, middle.size() / 3);
        for (int i = 0; i < image.size(); i++) middle.add(Math.min(middle.size(), (i + 1) * middle.size() / (image.size() + 1)), image.get(i));
        insertAt(middle, soldOut, middle.size() / 2);
        out.addAll(middle);
        return out;
    }

    private static void insertAt(List<Product> list, List<Product> items, int at) {
        list.addAll(Math.min(Math.max(at, 0), list.size()), items);
    }

    /** The likely best sellers for 返场: traffic and deal products first, then the most stocked; one per hour, 1 to 3. */
    static List<Product> returnsOf(List<Product> buyable, Map<String, ProductRole> roles, int totalSeconds) {
        int n = Math.min(3, Math.min(buyable.size(), Math.max(totalSeconds >= 30 * 60 ? 1 : 0, totalSeconds / 3600 + 1)));
        List<Product> sorted = new ArrayList<>(buyable);
        sorted.sort(Comparator.comparingInt((Product p) -> switch (roles.get(p.id())) {
            case DEAL -> 0;
            case TRAFFIC -> 1;
            case MARGIN -> 2;
            case IMAGE -> 3;
        }).thenComparing((Product p) -> -stockOf(p)).thenComparing(Product::id));
        return sorted.subList(0, n);
    }
}
