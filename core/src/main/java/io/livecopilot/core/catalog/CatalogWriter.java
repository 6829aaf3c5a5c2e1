package io.livecopilot.core.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** Writes catalog records back to the JSON form of spec/catalog.md, so that {@link CatalogReader} reads them again. */
public final class CatalogWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogWriter() {}

    public static ObjectNode toJson(Catalog c) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode shop = root.putObject("shop");
        putText(shop, "name", c.shop().name());
        putShipping(shop, c.shop().shipping());
        putAftersale(shop, c.shop().aftersale());
        ArrayNode arr = root.putArray("products");
        for (Product p : c.products()) arr.add(toJson(p));
        return root;
    }

    public static ObjectNode toJson(Product p) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", p.id());
        if (p.linkNo() != null) o.put("link_no", p.linkNo());
        o.put("name", p.name());
        putList(o, "aliases", p.aliases());
        putText(o, "category", p.category());
        o.put("price", p.price().toPlainString());
        if (p.listPrice() != null) o.put("list_price", p.listPrice().toPlainString());
        if (p.stock() != null) o.put("stock", p.stock());
        putList(o, "variants", p.variants());
        if (!p.sizes().isEmpty()) {
            ArrayNode sizes = o.putArray("sizes");
            for (SizeRow r : p.sizes()) {
                ObjectNode s = sizes.addObject().put("size", r.size());
                if (r.heightMin() != null) s.putArray("height_cm").add(r.heightMin()).add(r.heightMax());
                if (r.weightMin() != null) s.putArray("weight_kg").add(r.weightMin()).add(r.weightMax());
            }
        }
        if (!p.attributes().isEmpty()) {
            ObjectNode a = o.putObject("attributes");
            p.attributes().forEach(a::put);
        }
        putList(o, "selling_points", p.sellingPoints());
        putList(o, "suits", p.suits());
        putList(o, "not_for", p.notFor());
        if (!p.promotions().isEmpty()) {
            ArrayNode pr = o.putArray("promotions");
            for (Promotion x : p.promotions()) {
                ObjectNode po = pr.addObject();
                putText(po, "kind", x.kind());
                putText(po, "text", x.text());
                if (x.discount() != null) po.put("discount", x.discount().toPlainString());
                if (x.minSpend() != null) po.put("min_spend", x.minSpend().toPlainString());
            }
        }
        if (!p.faq().isEmpty()) {
            ArrayNode fq = o.putArray("faq");
            for (Faq f : p.faq()) fq.addObject().put("q", f.q()).put("a", f.a());
        }
        if (!p.shipping().equals(ShippingPolicy.UNKNOWN)) putShipping(o, p.shipping());
        if (!p.aftersale().equals(AftersalePolicy.UNKNOWN)) putAftersale(o, p.aftersale());
        return o;
    }

    private static void putShipping(ObjectNode parent, ShippingPolicy s) {
        ObjectNode o = parent.putObject("shipping");
        putText(o, "courier", s.courier());
        if (s.shipsWithinHours() != null) o.put("ships_within_hours", s.shipsWithinHours());
        if (s.freeShipping() != null) o.put("free_shipping", s.freeShipping());
        if (s.excludedRegions() != null) putList(o, "excluded_regions", s.excludedRegions(), true);
    }

    private static void putAftersale(ObjectNode parent, AftersalePolicy a) {
        ObjectNode o = parent.putObject("aftersale");
        if (a.returnsDays() != null) o.put("returns_days", a.returnsDays());
        if (a.freightInsurance() != null) o.put("freight_insurance", a.freightInsurance());
        if (a.warrantyMonths() != null) o.put("warranty_months", a.warrantyMonths());
    }

    private static void putText(ObjectNode o, String k, String v) {
        if (v != null) o.put(k, v);
    }

    private static void putList(ObjectNode o, String k, List<String> v) {
        putList(o, k, v, false);
    }

    private static void putList(ObjectNode o, String k, List<String> v, boolean evenEmpty) {
        if (v == null || (v.isEmpty() && !evenEmpty)) return;
        ArrayNode a = o.putArray(k);
        v.forEach(a::add);
    }
}
