package io.livecopilot.script.realize;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.AftersalePolicy;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.catalog.ShippingPolicy;
import io.livecopilot.core.catalog.Shop;
import io.livecopilot.core.catalog.SizeRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placeholder values of one product, taken from the catalog only: name, short name, link, prices (live, list,
 * after coupon, savings), promotions, stock, shipping and after-sale, and the lists a template can pick one item
 * from (selling points, scenes, attributes, variants, size rows, FAQ, not-for).
 */
public final class ProductVars {
    private final Product product;
    private final Map<String, String> base = new HashMap<>();
    private final List<String> promos = new ArrayList<>();

    public ProductVars(Product p, Shop shop) {
        this.product = p;
        base.put("name", clean(p.name()));
        base.put("short", shortName(p));
        if (p.linkNo() != null) base.put("link", String.valueOf(p.linkNo()));
        base.put("price", Money.spoken(p.price()));
        if (p.category() != null && !p.category().isBlank()) base.put("category", clean(p.category()));
        base.put("use", useVerb(p.category()));
        BigDecimal best = p.bestPrice();
        if (p.listPrice() != null && p.listPrice().compareTo(p.price()) > 0) {
            base.put("list", Money.spoken(p.listPrice()));
            base.put("save", Money.spoken(p.listPrice().subtract(p.price())));
            if (best.compareTo(p.price()) < 0) base.put("save_best", Money.spoken(p.listPrice().subtract(best)));
        }
        if (best.compareTo(p.price()) < 0) base.put("best", Money.spoken(best));
        for (Promotion pr : p.promotions()) if (pr.text() != null && !pr.text().isBlank()) promos.add(clean(pr.text()));
        if (p.stock() != null && p.stock() > 0) base.put("stock", String.valueOf(p.stock()));
        if (!p.suits().isEmpty()) base.put("suits", String.join("、", p.suits().stream().map(ProductVars::clean).toList()));
        if (!p.variants().isEmpty()) base.put("variants", String.join("、", p.variants().stream().map(ProductVars::clean).toList()));
        ShippingPolicy s = p.shippingIn(shop);
        if (s.courier() != null) base.put("courier", clean(s.courier()));
        if (s.shipsWithinHours() != null) base.put("hours", String.valueOf(s.shipsWithinHours()));
        if (Boolean.TRUE.equals(s.freeShipping())) {
            if (s.excludedRegions() != null && !s.excludedRegions().isEmpty()) base.put("regions", String.join("、", s.excludedRegions()));
            else base.put("free_all", "1");
        }
        AftersalePolicy a = p.aftersaleIn(shop);
        if (a.returnsDays() != null) {
            if (a.returnsDays() > 0) base.put("returns", String.valueOf(a.returnsDays()));
            else base.put("returns_none", "1");
        }
        if (Boolean.TRUE.equals(a.freightInsurance())) base.put("insurance", "1");
        if (a.warrantyMonths() != null && a.warrantyMonths() > 0) {
            int m = a.warrantyMonths();
            base.put("warranty", m % 12 == 0 ? (m / 12) + "年" : m + "个月");
        }
        List<SizeRow> rows = p.sizes();
        if (!rows.isEmpty()) {
            base.put("sizes", String.join("、", rows.stream().map(SizeRow::size).toList()));
            base.put("first", rows.get(0).size());
            base.put("last", rows.get(rows.size() - 1).size());
        }
    }

    /** A catalog text without trailing punctuation, so it fits inside a template sentence. */
    public static String clean(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。！？!?；;，,、.".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1).strip();
        return t;
    }

    private static String shortName(Product p) {
        String best = p.name();
        for (String a : p.aliases()) if (a.length() >= 2 && a.length() < best.length()) best = a;
        return clean(best);
    }

    /** The verb that fits the category: 穿 for clothes and shoes, 吃 for food, 喝 for drinks, 用 otherwise. */
    static String useVerb(String category) {
        if (category == null) return "用";
        if (category.matches(".*(装|衣|裤|裙|鞋|靴|袜|内衣|服饰|配饰).*")) return "穿";
        if (category.matches(".*(饮|茶|酒|奶|咖啡).*")) return "喝";
        if (category.matches(".*(食|零食|生鲜|粮油|坚果|水果|肉).*")) return "吃";
        return "用";
    }

    public Product product() {
        return product;
    }

    /** The shared values (a copy the caller may add to). */
    public Map<String, String> base() {
        return new HashMap<>(base);
    }

    public boolean has(String key) {
        return base.containsKey(key);
    }

    public List<String> promotions() {
        return promos;
    }

    public List<String> sellingPoints() {
        return product.sellingPoints().stream().map(ProductVars::clean).filter(s -> !s.isEmpty()).toList();
    }

    public List<String> suits() {
        return product.suits().stream().map(ProductVars::clean).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Puts one of the product's {@code suits} into a template's values: always under the key {@code suit}, and also
     * under {@code who} when it names people ("学生", "敏感肌", "爱吃辣的人") or under {@code scene} when it names an
     * occasion or use ("通勤", "约会", "送父母"). A phrase-bank template that only reads well for one kind uses that key,
     * and the bank skips a template whose key has no value: "这款我推荐给…" is said of people only, never of "追剧零食",
     * and "…的时候" of occasions only, never of "学生".
     */
    public static void putSuit(Map<String, String> m, String suit) {
        m.put("suit", suit);
        m.remove("who");
        m.remove("scene");
        switch (suitKind(suit)) {
            case WHO -> m.put("who", suit);
            case SCENE -> m.put("scene", suit);
            default -> { }
        }
    }

    /** What a {@code suits} entry names: people, an occasion or use, or something else (a thing: "孕妇零食", "大户型"). */
    enum SuitKind { WHO, SCENE, OTHER }

    private static final List<String> PEOPLE_ENDS = List.of("人", "族", "群", "生", "子", "宝宝", "宝妈", "儿童", "孩", "孩子",
            "家庭", "之家", "肌", "皮", "身材", "猫", "狗", "父母", "妈妈", "爸爸", "孕妇", "老人", "长辈", "女士", "男士", "长发",
            "短发", "发质", "学生党", "上班族", "打工人", "儿");
    private static final List<String> THING_ENDS = List.of("零食", "户型", "礼物", "礼品", "食品", "饮品");

    static SuitKind suitKind(String suit) {
        if (suit.startsWith("送")) return SuitKind.SCENE; // 送父母, 送新婚: giving it is the occasion
        for (String e : THING_ENDS) if (suit.endsWith(e)) return SuitKind.OTHER;
        for (String e : PEOPLE_ENDS) if (suit.endsWith(e)) return SuitKind.WHO;
        if (suit.endsWith("的人") || suit.contains("人群")) return SuitKind.WHO;
        return SuitKind.SCENE;
    }

    public List<String> notFor() {
        return product.notFor().stream().map(ProductVars::clean).filter(s -> !s.isEmpty()).toList();
    }

    public List<Faq> faq() {
        return product.faq();
    }

    /** Values for one size row: size, height range in cm, weight range in 斤 (as hosts say it). */
    public static Map<String, String> sizeRow(SizeRow r) {
        Map<String, String> m = new HashMap<>();
        m.put("size", r.size());
        if (r.heightMin() != null && r.heightMax() != null) {
            m.put("hmin", String.valueOf(r.heightMin()));
            m.put("hmax", String.valueOf(r.heightMax()));
        }
        if (r.weightMin() != null && r.weightMax() != null) {
            m.put("wmin", Money.spoken(BigDecimal.valueOf(r.weightMin() * 2)));
            m.put("wmax", Money.spoken(BigDecimal.valueOf(r.weightMax() * 2)));
        }
        return m;
    }
}
