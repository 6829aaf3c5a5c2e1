package io.livecopilot.script.realize;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.Plan;
import io.livecopilot.script.Style;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a writer needs across the segments of one script: the catalog and its guard, the plan, the style and persona,
 * the seeded random source, the phrase bank and the ledger of sentences already said.
 */
public final class WritingContext {
    private final Catalog catalog;
    private final FactGuard guard;
    private final Plan plan;
    private final PhraseBank bank;
    private final SplittableRandom random;
    private final SentenceLedger ledger = new SentenceLedger();
    private final Map<Product, ProductVars> vars = new IdentityHashMap<>();

    public WritingContext(Catalog catalog, FactGuard guard, Plan plan, PhraseBank bank) {
        this.catalog = catalog;
        this.guard = guard;
        this.plan = plan;
        this.bank = bank;
        this.random = new SplittableRandom(plan.request().seed());
    }

    public Catalog catalog() { return catalog; }

    public FactGuard guard() { return guard; }

    public Plan plan() { return plan; }

    public PhraseBank bank() { return bank; }

    public SplittableRandom random() { return random; }

    public SentenceLedger ledger() { return ledger; }

    public Style style() { return plan.request().style(); }

    public String persona() { return plan.request().persona(); }

    public double charsPerSecond() { return plan.request().charsPerSecond(); }

    public String shopName() {
        String n = catalog.shop().name();
        return n == null || n.isBlank() ? null : n.strip();
    }

    /** The placeholder values of a product (built once per script). */
    public ProductVars vars(Product p) {
        return vars.computeIfAbsent(p, x -> new ProductVars(x, catalog.shop()));
    }

    /** Spoken characters of a text: everything but whitespace and punctuation. */
    public static int spokenChars(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
        return n;
    }
}
