package io.livecopilot.llm;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.check.Violation;
import io.livecopilot.llm.guard.Clauses;
import io.livecopilot.llm.guard.FactRules;
import io.livecopilot.llm.guard.Mentions;
import io.livecopilot.llm.guard.ProductFacts;
import io.livecopilot.nlp.adlaw.AdLawChecker;
import io.livecopilot.nlp.adlaw.AdLawText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fact guard: checks any text that will be said or shown to viewers against the catalog — prices, discounts and
 * coupons, stock, sizes, materials and ingredients, parameters, returns, warranty, shipping promises and freight
 * insurance — and reports contact details, markup and (unless turned off) advertising-law words; {@link #repair}
 * fixes what the catalog can correct and drops the sentences it cannot.
 *
 * <p>Each claim is tied to the product it talks about: the product named nearby (name, alias or link number), else
 * the caller's product, else the only product of the catalog; with none, an amount must be one the catalog has for
 * some product. Instances are immutable and thread-safe; build one per catalog and reuse it.
 */
public final class FactGuard {
    private final Catalog catalog;
    private final Map<Product, ProductFacts> facts;
    private final Mentions mentions;
    private final FactRules rules;
    private final AdLawChecker adLaw;

    /** A guard for the catalog that also runs the advertising-law check. */
    public FactGuard(Catalog catalog) {
        this(catalog, true);
    }

    /** A guard for the catalog; {@code adLaw} decides whether banned advertising words are reported too. */
    public FactGuard(Catalog catalog, boolean adLaw) {
        this(catalog, adLaw ? AdLawChecker.builder().allow(catalogPhrases(catalog)).build() : null);
    }

    private FactGuard(Catalog catalog, AdLawChecker adLaw) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.facts = Clauses.factsOf(catalog);
        this.mentions = new Mentions(catalog);
        this.rules = new FactRules(catalog, facts);
        this.adLaw = adLaw;
    }

    /**
     * A guard that also takes {@code extra} promotions as facts of their products — the coupons released in a live
     * room, keyed by product id — so that a price after such a coupon passes while an invented one is still reported.
     * It shares this guard's advertising-law check; this guard is unchanged.
     */
    public FactGuard withPromotions(Map<String, List<Promotion>> extra) {
        if (extra == null || extra.isEmpty()) return this;
        List<Product> products = new ArrayList<>(catalog.products().size());
        for (Product p : catalog.products()) {
            List<Promotion> more = extra.get(p.id());
            if (more == null || more.isEmpty()) {
                products.add(p);
                continue;
            }
            List<Promotion> all = new ArrayList<>(p.promotions());
            all.addAll(more);
            products.add(new Product(p.id(), p.linkNo(), p.name(), p.aliases(), p.category(), p.price(), p.listPrice(), p.stock(),
                    p.variants(), p.sizes(), p.attributes(), p.sellingPoints(), p.suits(), p.notFor(), all, p.faq(), p.shipping(),
                    p.aftersale()));
        }
        return new FactGuard(new Catalog(catalog.shop(), products), adLaw);
    }

    /** The catalog's own words (names, attribute values, selling points): never reported as banned words. */
    private static List<String> catalogPhrases(Catalog c) {
        List<String> out = new ArrayList<>();
        for (Product p : c.products()) {
            out.addAll(p.names());
            out.addAll(p.attributes().keySet());
            out.addAll(p.attributes().values());
            out.addAll(p.sellingPoints());
            out.addAll(p.variants());
            for (Faq f : p.faq()) out.add(f.a());
        }
        if (c.shop().name() != null) out.add(c.shop().name());
        return out;
    }

    public Catalog catalog() {
        return catalog;
    }

    /**
     * Every problem in {@code text}, in text order.
     *
     * @param productId the product the text is about, or {@code null} to infer it from mentions of names, aliases and link numbers
     */
    public List<Violation> check(String text, String productId) {
        if (text == null || text.isEmpty()) return List.of();
        String t = AdLawText.normalize(text);
        ProductFacts given = productId == null ? null : catalog.byId(productId).map(facts::get).orElse(null);
        List<io.livecopilot.llm.guard.Mentions.Mention> found = mentions.find(t);
        if (given == null && found.isEmpty() && catalog.products().size() > 1) {
            // a text that names no product ("这款防晒服…"): the product whose name it shares the most words with
            Product guess = mentions.guess(t);
            if (guess != null) given = facts.get(guess);
        }
        List<Clauses.Clause> clauses = Clauses.of(t, found, given, facts);
        List<Violation> out = new ArrayList<>(rules.run(text, t, clauses));
        if (adLaw != null) out.addAll(adLaw.check(text));
        out.sort(Comparator.comparingInt(Violation::offset).thenComparing(Violation::kind));
        return dedupe(out);
    }

    /** Whether the text passes every check. */
    public boolean passes(String text, String productId) {
        return check(text, productId).isEmpty();
    }

    private static List<Violation> dedupe(List<Violation> vs) {
        List<Violation> out = new ArrayList<>(vs.size());
        for (Violation v : vs) {
            boolean dup = false;
            for (Violation o : out) {
                if (o.kind().equals(v.kind()) && o.offset() == v.offset() && o.text().equals(v.text())) dup = true;
            }
            if (!dup) out.add(v);
        }
        return out;
    }

    /** What {@link #repair} did: the repaired text, the problems fixed in place, and those dropped with their sentence. */
    public record Repaired(String text, List<Violation> fixed, List<Violation> dropped) {
        public Repaired {
            fixed = List.copyOf(fixed);
            dropped = List.copyOf(dropped);
        }

        /** Whether the text needed no change. */
        public boolean unchanged() {
            return fixed.isEmpty() && dropped.isEmpty();
        }
    }

    /**
     * Repairs the text: a problem with a catalog-backed suggestion is replaced in place (a wrong price by the catalog's,
     * a banned word by its compliant wording), a contact or markup is removed, and a sentence with a problem that cannot
     * be corrected is dropped. The result passes {@link #check}.
     */
    public Repaired repair(String text, String productId) {
        if (text == null) return new Repaired("", List.of(), List.of());
        List<Violation> fixed = new ArrayList<>();
        List<Violation> dropped = new ArrayList<>();
        String cur = text;
        for (int round = 0; round < 6; round++) {
            List<Violation> vs = new ArrayList<>(check(cur, productId));
            if (vs.isEmpty()) return new Repaired(cur.strip(), fixed, dropped);
            // where spans overlap, the longer one (a fact with the catalog's value) is repaired first
            vs.sort(Comparator.comparingInt(Violation::offset).thenComparing(Comparator.comparingInt((Violation v) -> v.text().length()).reversed()));
            List<Violation> drop = new ArrayList<>();
            for (Violation v : vs) {
                boolean inPlace = round < 4 && (!v.suggestion().isEmpty() || !v.kind().equals(Violation.FACT));
                if (!inPlace) drop.add(v);
            }
            if (!drop.isEmpty()) {
                // a sentence with a problem the catalog cannot correct goes as a whole
                cur = dropSentences(cur, drop);
                dropped.addAll(drop);
                continue;
            }
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (Violation v : vs) {
                if (v.offset() < at) continue;
                sb.append(cur, at, v.offset()).append(v.suggestion());
                at = v.end();
                fixed.add(v);
            }
            cur = sb.append(cur.substring(at)).toString();
        }
        List<Violation> left = check(cur, productId);
        if (!left.isEmpty()) {
            dropped.addAll(left);
            cur = "";
        }
        return new Repaired(cur.strip(), fixed, dropped);
    }

    private static String dropSentences(String text, List<Violation> drops) {
        boolean[] kill = new boolean[text.length() + 1];
        for (Violation d : drops) {
            int s = d.offset(), e = d.offset();
            while (s > 0 && !sentenceEnd(text.charAt(s - 1))) s--;
            while (e < text.length() && !sentenceEnd(text.charAt(e))) e++;
            if (e < text.length()) e++;
            for (int i = s; i < e; i++) kill[i] = true;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) if (!kill[i]) sb.append(text.charAt(i));
        return sb.toString();
    }

    private static boolean sentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '；' || c == ';' || c == '\n';
    }
}
