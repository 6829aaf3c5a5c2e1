package io.livecopilot.core.nlu;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The entities of spec/intents.md found in one comment; absent ones are {@code null}.
 *
 * @param products every catalog product id mentioned, in order (for comparisons); {@code product} is the first
 */
public record Entities(Integer linkNo, String product, List<String> products, String size, String color,
                       Integer heightCm, Double weightKg, BigDecimal budget, Integer quantity, String region) {
    public static final Entities NONE = new Entities(null, null, List.of(), null, null, null, null, null, null, null);

    public Entities {
        products = products == null ? List.of() : List.copyOf(products);
    }

    /** The entities by contract name, absent ones left out; weight as a number, budget as a number of yuan. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (linkNo != null) m.put("link_no", linkNo);
        if (product != null) m.put("product", product);
        if (size != null) m.put("size", size);
        if (color != null) m.put("color", color);
        if (heightCm != null) m.put("height_cm", heightCm);
        if (weightKg != null) m.put("weight_kg", weightKg % 1 == 0 ? (Object) weightKg.longValue() : weightKg);
        if (budget != null) m.put("budget", budget.stripTrailingZeros().scale() <= 0 ? budget.toBigInteger() : budget);
        if (quantity != null) m.put("quantity", quantity);
        if (region != null) m.put("region", region);
        return m;
    }
}
