package io.livecopilot.llm.guard;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.AftersalePolicy;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.catalog.ShippingPolicy;
import io.livecopilot.core.catalog.Shop;
import io.livecopilot.core.catalog.SizeRow;
import io.livecopilot.nlp.adlaw.AdLawText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one product's catalog entry backs, precomputed for checking: the amounts it may be sold for, the discounts and
 * thresholds of its promotions, its numeric parameters, the text of all its facts, its size labels, and its shipping
 * and after-sale policies with the shop's defaults applied.
 */
public final class ProductFacts {
    static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(毫升|ml|l(?![a-z])|升|千克|公斤|kg|g(?![a-z])|克|斤装|w(?![a-z])|瓦|毫安时|毫安|mah|英寸|寸|gb|tb|hz|赫兹|毫米|mm|厘米|cm|公分|小时|分钟|个月|年|℃|层|档|挡|片装|袋装|支装|瓶装|粒装|盒装|只装|个装|条装|罐装|册装|本装|片|粒|袋|支|瓶|盒|条|罐|册|本|只|%|分贝|db)");

    private final Product product;
    private final String facts;
    private final String rawFacts;
    private final Set<BigDecimal> prices = new LinkedHashSet<>();
    private final Set<BigDecimal> discounts = new LinkedHashSet<>();
    private final Set<BigDecimal> thresholds = new LinkedHashSet<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<String> sizeLabels = new ArrayList<>();
    private final ShippingPolicy shipping;
    private final AftersalePolicy aftersale;

    public ProductFacts(Product p, Shop shop) {
        this.product = p;
        this.shipping = p.shippingIn(shop);
        this.aftersale = p.aftersaleIn(shop);
        StringBuilder sb = new StringBuilder();
        sb.append(p.name()).append('\n');
        p.aliases().forEach(a -> sb.append(a).append('\n'));
        if (p.category() != null) sb.append(p.category()).append('\n');
        p.variants().forEach(a -> sb.append(a).append('\n'));
        for (Map.Entry<String, String> e : p.attributes().entrySet()) sb.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        p.sellingPoints().forEach(a -> sb.append(a).append('\n'));
        p.suits().forEach(a -> sb.append(a).append('\n'));
        p.notFor().forEach(a -> sb.append(a).append('\n'));
        for (Promotion pr : p.promotions()) if (pr.text() != null) sb.append(pr.text()).append('\n');
        for (Faq f : p.faq()) sb.append(f.a()).append('\n');
        this.rawFacts = sb.toString();
        this.facts = AdLawText.normalize(rawFacts).replace(" ", "");

        BigDecimal price = p.price();
        BigDecimal best = p.bestPrice();
        prices.add(Money.normalize(price));
        prices.add(best);
        for (Promotion pr : p.promotions()) {
            if (pr.discount() != null) {
                discounts.add(Money.normalize(pr.discount()));
                // only a promotion one unit gets: "第二件半价" or "满300减50" on a 99 product is a condition, not a unit price
                if (pr.reachedByOne(price)) {
                    prices.add(Money.normalize(price.subtract(pr.discount()).max(BigDecimal.ZERO)));
                }
            }
            if (pr.minSpend() != null) thresholds.add(Money.normalize(pr.minSpend()));
            // amounts written in the promotion's text ("满2件减20", "第二件半价")
            if (pr.text() != null) {
                Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)").matcher(pr.text());
                while (m.find()) {
                    BigDecimal v = Money.normalize(new BigDecimal(m.group(1)));
                    discounts.add(v);
                }
            }
        }
        if (p.listPrice() != null) {
            discounts.add(Money.normalize(p.listPrice().subtract(price).max(BigDecimal.ZERO)));
            discounts.add(Money.normalize(p.listPrice().subtract(best).max(BigDecimal.ZERO)));
        }
        discounts.add(Money.normalize(price.subtract(best)));
        discounts.remove(Money.ZERO);

        Matcher m = QUANTITY.matcher(facts);
        while (m.find()) {
            Quantity q = Quantity.of(new BigDecimal(m.group(1)), m.group(2));
            if (q != null) quantities.add(q);
        }
        for (SizeRow r : p.sizes()) {
            sizeLabels.add(r.size().toLowerCase(Locale.ROOT).replace("码", "").strip());
            if (r.heightMin() != null) quantities.add(Quantity.of(BigDecimal.valueOf(r.heightMin()), "cm"));
            if (r.heightMax() != null) quantities.add(Quantity.of(BigDecimal.valueOf(r.heightMax()), "cm"));
        }
    }

    public Product product() { return product; }

    /** Every fact of the product as written in the catalog, one per line. */
    public String rawFacts() { return rawFacts; }

    /** Every fact of the product as one normalized text (half-width, lower-case ASCII, no spaces). */
    public String facts() { return facts; }

    /**
     * Amounts one unit may be sold for: the live price, the best price and the price after each promotion one unit gets
     * ({@link Promotion#reachedByOne}: never after one whose text needs a second unit or a spend one unit does not reach).
     */
    public Set<BigDecimal> prices() { return prices; }

    /** Amounts that may be said as a saving: promotion discounts and amounts in promotion texts, list minus live price. */
    public Set<BigDecimal> discounts() { return discounts; }

    /** Minimum spends of the promotions. */
    public Set<BigDecimal> thresholds() { return thresholds; }

    /** Numeric parameters found in the product's facts, in base units. */
    public List<Quantity> quantities() { return quantities; }

    /** Size labels of the size chart, lower-case, without 码. */
    public List<String> sizeLabels() { return sizeLabels; }

    public ShippingPolicy shipping() { return shipping; }

    public AftersalePolicy aftersale() { return aftersale; }

    public BigDecimal listPrice() {
        return product.listPrice() == null ? null : Money.normalize(product.listPrice());
    }

    /** Whether the facts state a quantity equal to {@code q}. */
    public boolean backs(Quantity q) {
        for (Quantity f : quantities) if (f.sameAs(q)) return true;
        return false;
    }

    /** The facts' quantities of one unit class. */
    public List<Quantity> quantitiesOf(String unitClass) {
        List<Quantity> out = new ArrayList<>();
        for (Quantity f : quantities) if (f.unitClass().equals(unitClass) && out.stream().noneMatch(f::sameAs)) out.add(f);
        return out;
    }

    /** Whether the normalized fact text contains {@code phrase} (normalized the same way). */
    public boolean mentions(String phrase) {
        return facts.contains(AdLawText.normalize(phrase).replace(" ", ""));
    }

    /** The size-chart rows with this label (case-insensitive, 码 ignored). */
    public List<SizeRow> rows(String label) {
        String l = label.toLowerCase(Locale.ROOT).replace("码", "").strip();
        List<SizeRow> out = new ArrayList<>();
        for (SizeRow r : product.sizes()) if (r.size().toLowerCase(Locale.ROOT).replace("码", "").strip().equals(l)) out.add(r);
        return out;
    }
}
