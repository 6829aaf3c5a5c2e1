package io.livecopilot.assistant;

import io.livecopilot.core.Money;
import io.livecopilot.core.catalog.AftersalePolicy;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.Promotion;
import io.livecopilot.core.catalog.ShippingPolicy;
import io.livecopilot.core.catalog.Shop;
import io.livecopilot.core.catalog.SizeRow;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides what to do with an understood comment and composes the draft reply from catalog facts only: prices and
 * what they cost after the coupon, promotions, stock (sold out is said so, with the restock date when the catalog
 * has one), sizes from the chart, variants, attributes and FAQs found by retrieval, shipping and after-sale policy
 * (the product's over the shop's) and excluded regions. What the catalog cannot answer goes to the host, honestly.
 * Templates never repeat the viewer's words, except catalog values and sanitized size and colour labels.
 */
final class Composer {
    static final String ASK_HOST = "这个问题我去问下主播，稍等哦～";

    private final Catalog catalog;
    private final KnowledgeBase kb;
    private final LiveCoupons coupons;

    /** A composer over the knowledge base, quoting the coupons released in the room. */
    Composer(KnowledgeBase kb, LiveCoupons coupons) {
        this.kb = kb;
        this.catalog = kb.catalog();
        this.coupons = coupons;
    }

    /** Everything the composer needs to know about one comment; {@code ahead} is what was worked out for it beforehand (or {@code null}). */
    record Turn(Intent intent, String text, Entities entities, Product product, ViewerMemory viewer, String onShow,
                boolean slotFill, boolean fake, Ahead ahead) {
        Turn(Intent intent, String text, Entities entities, Product product, ViewerMemory viewer, String onShow,
             boolean slotFill, boolean fake) {
            this(intent, text, entities, product, viewer, onShow, slotFill, fake, null);
        }
    }

    /**
     * The part of a draft that depends only on the comment and the catalog, worked out before the decision (on any
     * thread): the answer found for a product question about {@code product} (attributes, who it suits, the knowledge
     * base), or a recommendation's scores before the viewer's memory. Used by {@link #compose} only when the turn
     * asks the same thing ({@code intent}, {@code text}, {@code product}) of the same catalog; else the composer works
     * it out again.
     */
    static final class Ahead {
        private final Catalog catalog;
        private final Intent intent;
        private final String text;
        private final Product product;
        private final Draft lookup;
        private final Recommender.Scores scores;
        private final BigDecimal budget;

        private Ahead(Catalog catalog, Intent intent, String text, Product product, Draft lookup, Recommender.Scores scores,
                      BigDecimal budget) {
            this.catalog = catalog;
            this.intent = intent;
            this.text = text;
            this.product = product;
            this.lookup = lookup;
            this.scores = scores;
            this.budget = budget;
        }

        private Draft lookup(Catalog c, Turn t, Product p) {
            return lookup != null && catalog == c && intent == t.intent() && product.id().equals(p.id()) && text.equals(t.text()) ? lookup : null;
        }

        private Recommender.Scores scores(Catalog c, Turn t) {
            return scores != null && catalog == c && intent == t.intent() && text.equals(t.text()) && java.util.Objects.equals(budget, t.entities().budget())
                    ? scores : null;
        }
    }

    /**
     * What can be worked out ahead for a comment of intent {@code intent} whose product will be {@code product} (if
     * known): a product question's answer, a recommendation's scores; {@code null} when nothing. Thread-safe.
     */
    Ahead ahead(Intent intent, String text, Entities e, Product product) {
        if (intent == Intent.ASK_RECOMMEND) {
            return new Ahead(catalog, intent, text, null, null, Recommender.score(catalog, text, e.budget()), e.budget());
        }
        if (product == null) return null;
        boolean sizeQuestion = !product.sizes().isEmpty() && (e.size() != null || e.heightCm() != null || e.weightKg() != null);
        boolean looksUp = switch (intent) {
            case ASK_SPEC -> !sizeQuestion;
            case ASK_USAGE, ASK_AUTHENTICITY -> true;
            case ASK_VARIANT -> !sizeQuestion && product.variants().isEmpty();
            default -> false;
        };
        if (!looksUp) return null;
        return new Ahead(catalog, intent, text, product, lookup(new Turn(intent, text, e, product, null, null, false, false), product), null, null);
    }

    Draft compose(Turn t) {
        Draft d = draft(t);
        Product p = t.product();
        if (p != null && p.soldOut() && d.decision() == Decision.ANSWER && d.text() != null && !d.text().contains("售罄")) {
            List<String> keys = new ArrayList<>(d.keyFacts());
            keys.add("售罄");
            List<String> src = new ArrayList<>(d.sources());
            if (!src.contains(p.id() + ".stock")) src.add(p.id() + ".stock");
            // and when it comes back, where the catalog says: "猫粮啥时候能再买到" is as often read as a shipping question
            Acc back = new Acc();
            String restock = restock(p, back);
            for (String s : back.sources) if (!src.contains(s)) src.add(s);
            String note = (d.text().contains(p.name()) ? "（目前已售罄" : "（" + label(p) + "目前已售罄") + (restock == null ? "）" : "，" + restock + "）");
            return new Draft(d.decision(), d.text() + note, src, d.facts(), keys, d.recommend());
        }
        return d;
    }

    private Draft draft(Turn t) {
        if (t.product() != null && !t.fake() && asksAttributeInstead(t.intent(), t.text(), t.product())) return lookup(t, t.product());
        int faq = t.product() != null && !t.fake() && policyFaqFirst(t) ? FactMatch.faq(t.product(), t.text()) : -1;
        if (faq >= 0) return withFaq(t.product(), faq, policy(t));
        return policy(t);
    }

    /**
     * Whether a question whose intent has an answer of its own from the policy or the size chart may be answered by a
     * FAQ of the product first, when it restates one: a size question without measures or a size ("偏大还是偏小"), an
     * after-sale or a shipping question ("死了怎么办", "坏果怎么赔"). The FAQ is the product's own word on it.
     */
    private static boolean policyFaqFirst(Turn t) {
        if (t.product().faq().isEmpty()) return false;
        return switch (t.intent()) {
            case ASK_SIZE -> t.entities().heightCm() == null && t.entities().weightKg() == null && t.entities().size() == null;
            case ASK_AFTERSALE, ASK_SHIPPING -> true;
            default -> false;
        };
    }

    /** The FAQ's answer first, then the intent's own answer when it has one (the FAQ alone when it would ask back or escalate). */
    private static Draft withFaq(Product p, int faq, Draft own) {
        Faq f = p.faq().get(faq);
        String src = p.id() + ".faq[" + faq + "]";
        if (own.sources().contains(src)) return own; // the intent's answer is that FAQ already (a warranty FAQ)
        if (own.decision() != Decision.ANSWER || own.text() == null) {
            return new Acc().part(f.a()).source(src).fact(src + " " + f.a()).draft(Decision.ANSWER, "");
        }
        List<String> sources = new ArrayList<>(own.sources().size() + 1);
        sources.add(src);
        for (String x : own.sources()) if (!sources.contains(x)) sources.add(x);
        List<String> facts = new ArrayList<>(own.facts().size() + 1);
        facts.add(src + " " + f.a());
        facts.addAll(own.facts());
        return new Draft(Decision.ANSWER, f.a() + "；" + own.text(), sources, facts, own.keyFacts(), own.recommend());
    }

    private Draft policy(Turn t) {
        return switch (t.intent()) {
            case ASK_PRICE -> needProduct(t, this::price);
            case ASK_DISCOUNT -> needProduct(t, this::discount);
            case ASK_STOCK -> needProduct(t, this::stock);
            case ASK_SIZE -> needProduct(t, this::size);
            case ASK_VARIANT -> needProduct(t, this::variant);
            case ASK_SPEC, ASK_USAGE, ASK_AUTHENTICITY -> needProduct(t, this::lookup);
            case ASK_LINK -> link(t);
            case ASK_SHIPPING -> shipping(t);
            case ASK_AFTERSALE -> aftersale(t);
            case ASK_RECOMMEND -> recommend(t);
            case COMPARE -> compare(t);
            case ORDER_ISSUE -> Draft.of(Decision.ESCALATE, "抱歉给你添麻烦了，已经转告客服优先处理，请稍等～");
            case COMPLAINT -> Draft.of(Decision.ESCALATE, "抱歉给你带来不好的体验，已经转告主播和客服尽快处理～");
            case REQUEST_SHOW -> Draft.of(Decision.ESCALATE, "收到，已经转告主播安排～");
            case PRAISE -> Draft.of(Decision.THANK, "谢谢支持❤");
            case GREETING -> Draft.of(Decision.THANK, "欢迎来到直播间～");
            case INTERACTION, SPAM, OTHER -> Draft.IGNORE;
        };
    }

    /** Words that keep a comment on its intent's own facts even when it also names an attribute. */
    private static final String[] PRICE_WORDS = {"钱", "价", "元", "块", "贵", "便宜", "卖", "到手"};
    private static final String[] DISCOUNT_WORDS = {"优惠", "券", "减", "折", "便宜", "活动", "送", "赠", "福利", "满", "红包", "秒杀", "划算", "价"};
    private static final String[] VARIANT_WORDS = {"色", "款", "口味", "味", "规格", "型号", "哪种", "几种", "图案"};
    private static final String[] STOCK_WORDS = {"货", "库存", "补", "卖完", "售罄", "抢", "没了", "剩"};

    /**
     * Whether a comment classified as a price, discount, variant or stock question asks about an attribute or FAQ of
     * the product instead ("多少支", "有谷物吗", "蓝牙版本"): it names one and has none of its intent's own words. A
     * variant question that restates one of the product's FAQ questions gets that FAQ even with such a word, when the
     * FAQ's question has the word too ("会掉色吗": the 色 of 掉色 is no colour asked for). Stock, price and discount
     * questions keep their live facts.
     */
    static boolean asksAttributeInstead(Intent intent, String text, Product p) {
        String[] own = switch (intent) {
            case ASK_PRICE -> PRICE_WORDS;
            case ASK_DISCOUNT -> DISCOUNT_WORDS;
            case ASK_VARIANT -> VARIANT_WORDS;
            case ASK_STOCK -> STOCK_WORDS;
            default -> null;
        };
        if (own == null || text == null) return false;
        String t = FactMatch.stripNames(p, text);
        int faq = intent == Intent.ASK_VARIANT ? FactMatch.faq(p, text) : -1;
        String faqQuestion = faq >= 0 ? FactMatch.stripNames(p, p.faq().get(faq).q()) : null;
        for (String w : own) if (t.contains(w) && (faqQuestion == null || !faqQuestion.contains(w))) return false;
        return faq >= 0 || FactMatch.any(p, text);
    }

    private Draft needProduct(Turn t, java.util.function.BiFunction<Turn, Product, Draft> f) {
        if (t.product() == null) {
            if (t.fake()) return Draft.of(Decision.ASK_BACK, "价格和优惠以商品页为准，想问哪款告诉我链接号帮你查～");
            return Draft.of(Decision.ASK_BACK, "想问几号链接呀？告诉我名字或链接号帮你查～");
        }
        return f.apply(t, t.product());
    }

    /** The text without the names and aliases of the catalog's products (longest first), so a name is not read as anything else. */
    static String withoutNames(Catalog catalog, String text) {
        if (text == null || text.isEmpty()) return "";
        List<String> names = namesLongestFirst(catalog);
        if (names.isEmpty()) return text;
        String t = text;
        for (String n : names) if (t.contains(n)) t = t.replace(n, " ");
        return t;
    }

    /** A catalog's names of two characters or more, longest first, and the catalog they are of. */
    private record Names(Catalog catalog, List<String> longestFirst) {}

    /** The names of the catalog last asked about (one catalog at a time in practice; measured: sorting them per comment was 5% of `ask --file`). */
    private static volatile Names names;

    private static List<String> namesLongestFirst(Catalog catalog) {
        Names n = names;
        if (n != null && n.catalog() == catalog) return n.longestFirst();
        List<String> list = new ArrayList<>();
        for (Product p : catalog.products()) for (String x : p.names()) if (x != null && x.length() >= 2) list.add(x);
        list.sort((a, b) -> b.length() - a.length());
        n = new Names(catalog, List.copyOf(list));
        names = n;
        return n.longestFirst();
    }

    static String label(Product p) {
        return p.linkNo() != null ? p.linkNo() + "号" + p.name() : p.name();
    }

    private static String yuan(BigDecimal v) {
        return Money.spoken(v) + "元";
    }

    // ---- price and promotions ---------------------------------------------------------------------------------

    private Draft price(Turn t, Product p) {
        List<Product> many = new ArrayList<>();
        for (String id : t.entities().products()) catalog.byId(id).ifPresent(x -> {
            if (!many.contains(x)) many.add(x);
        });
        if (many.size() >= 2) {
            Acc acc = new Acc();
            for (Product x : many.subList(0, Math.min(3, many.size()))) priceOf(x, acc, false);
            return acc.draft(Decision.ANSWER, t.fake() ? "价格以链接为准：" : "");
        }
        Acc acc = new Acc();
        priceOf(p, acc, true);
        Integer q = t.entities().quantity();
        // only where one unit gets no promotion: whether a 立减 one unit gets is taken once an order or on every unit,
        // the catalog does not say
        if (q != null && q >= 2 && q <= MAX_UNITS && !p.soldOut() && p.bestPromotion() < 0) unitsTogether(p, q, acc);
        return acc.draft(Decision.ANSWER, t.fake() ? "价格以链接为准：" : "");
    }

    /** The most units a price question is totalled for ("拍两件到手多少"); a larger count is a wholesale question. */
    static final int MAX_UNITS = 99;

    /**
     * What {@code q} units bought together cost, after the promotion (one an order) their total reaches and one unit
     * does not: "拍2件共118元，满99减15，到手103元".
     */
    private static void unitsTogether(Product p, int q, Acc acc) {
        BigDecimal total = Money.normalize(p.price().multiply(BigDecimal.valueOf(q)));
        StringBuilder sb = new StringBuilder("拍").append(q).append("件共").append(yuan(total));
        acc.fact(p.id() + " 拍" + q + "件共 " + yuan(total)).key(Money.spoken(total));
        int i = p.bestPromotionFor(q);
        if (i >= 0) {
            Promotion pr = p.promotions().get(i);
            BigDecimal best = p.bestTotal(q);
            sb.append("，").append(pr.text() != null ? pr.text() : "优惠减" + yuan(pr.discount())).append("，到手").append(yuan(best));
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 拍" + q + "件 " + pr.text() + "，到手 " + yuan(best)).key(Money.spoken(best));
        }
        acc.part(sb.toString());
    }

    private void priceOf(Product p, Acc acc, boolean withPromo) {
        StringBuilder sb = new StringBuilder(label(p)).append("直播价").append(yuan(p.price()));
        acc.source(p.id() + ".price").fact(p.id() + " 直播价 " + yuan(p.price())).key(Money.spoken(p.price()));
        if (p.listPrice() != null && p.listPrice().compareTo(p.price()) > 0) {
            sb.append("（原价").append(yuan(p.listPrice())).append("）");
            acc.source(p.id() + ".list_price").fact(p.id() + " 原价 " + yuan(p.listPrice()));
        }
        BigDecimal best = p.bestPrice();
        LiveCoupons.Offer live = coupons.best(p);
        if (live != null && live.price().compareTo(best) < 0) {
            LiveCoupons.Coupon c = live.coupon();
            sb.append("，直播间发了").append(c.label()).append("，领券到手").append(yuan(live.price()));
            acc.source(c.source()).fact(p.id() + " 直播间已发" + c.label() + "，领券到手 " + yuan(live.price()))
                    .key(Money.spoken(live.price()));
        } else if (best.compareTo(p.price()) < 0) {
            int i = p.bestPromotion();
            Promotion pr = p.promotions().get(i);
            sb.append("，").append(pr.text() != null ? pr.text() : "领券减" + yuan(pr.discount())).append("，到手").append(yuan(best));
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 优惠 " + pr.text() + "，到手 " + yuan(best)).key(Money.spoken(best));
        }
        severalItems(p, sb, acc, withPromo ? 2 : 1);
        unreached(p, sb, acc);
        if (p.soldOut()) {
            sb.append(withPromo ? "，不过目前已售罄" : "（已售罄）");
            acc.source(p.id() + ".stock").key("售罄");
        }
        acc.part(sb.toString());
    }

    /**
     * The catalog promotions that need several units ("第二件半价", "拍两袋减10元"), at most {@code max}: said as a
     * condition after the single unit's price, never as its price.
     */
    private static void severalItems(Product p, StringBuilder sb, Acc acc, int max) {
        int n = 0;
        for (int i = 0; i < p.promotions().size() && n < max; i++) {
            Promotion pr = p.promotions().get(i);
            if (pr.text() == null || pr.text().isBlank() || !pr.needsSeveral()) continue;
            sb.append("，").append(pr.text()).append("（买多件才享，单件").append(yuan(p.price())).append("）");
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 优惠 " + pr.text() + "：需买多件，单件仍是 " + yuan(p.price()));
            n++;
        }
    }

    /** The room's coupons for the product that one unit does not reach, with what they need ("满200减30券需满200元可用"). */
    private void unreached(Product p, StringBuilder sb, Acc acc) {
        int n = 0;
        for (LiveCoupons.Coupon c : coupons.of(p.id())) {
            if (c.reachedBy(p.price()) || n++ >= 2) continue;
            String need = c.minItems() != null && c.minItems() > 1 ? "满" + c.minItems() + "件可用" : "需满" + yuan(c.minSpend()) + "可用";
            sb.append("，直播间").append(c.labelAfterRoom()).append(need);
            acc.source(c.source()).fact(p.id() + " 直播间" + c.label() + need + "，单件" + yuan(p.price()) + "不满足");
        }
    }

    private Draft discount(Turn t, Product p) {
        Acc acc = new Acc();
        List<LiveCoupons.Coupon> live = coupons.of(p.id());
        if (!live.isEmpty()) return liveDiscount(t, p, live, acc);
        if (p.promotions().isEmpty()) {
            acc.part(label(p) + "目前没有额外优惠，直播价" + yuan(p.price()));
            acc.source(p.id() + ".price").source(p.id() + ".promotions").key(Money.spoken(p.price()));
            return acc.draft(Decision.ANSWER, t.fake() ? "以链接为准：" : "");
        }
        StringBuilder sb = new StringBuilder(label(p)).append("现在有");
        int n = 0;
        for (int i = 0; i < p.promotions().size() && n < 3; i++) {
            Promotion pr = p.promotions().get(i);
            if (pr.text() == null) continue;
            if (n++ > 0) sb.append("、");
            sb.append(pr.text());
            if (pr.needsSeveral()) sb.append("（买多件才享）");
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 优惠 " + pr.text());
        }
        sb.append("，直播价").append(yuan(p.price()));
        acc.source(p.id() + ".price").key(Money.spoken(p.price()));
        BigDecimal best = p.bestPrice();
        if (best.compareTo(p.price()) < 0) {
            sb.append("，到手").append(yuan(best));
            acc.key(Money.spoken(best));
        }
        acc.part(sb.toString());
        return acc.draft(Decision.ANSWER, t.fake() ? "以链接为准：" : "");
    }

    /** What the product has when the room released coupons: those coupons, then the catalog's promotions, and the best price. */
    private Draft liveDiscount(Turn t, Product p, List<LiveCoupons.Coupon> live, Acc acc) {
        StringBuilder sb = new StringBuilder(label(p)).append("现在有直播间");
        int n = 0;
        for (LiveCoupons.Coupon c : live) {
            if (n >= 3) break;
            sb.append(n > 0 ? "、" + c.label() : c.labelAfterRoom());
            n++;
            if (!c.reachedBy(p.price())) sb.append(c.minItems() != null && c.minItems() > 1 ? "（满" + c.minItems() + "件可用）" : "（满" + yuan(c.minSpend()) + "可用）");
            acc.source(c.source()).fact(p.id() + " 直播间已发" + c.label());
        }
        for (int i = 0; i < p.promotions().size() && n < 4; i++) {
            Promotion pr = p.promotions().get(i);
            if (pr.text() == null) continue;
            sb.append(n++ > 0 ? "、" : "").append(pr.text());
            if (pr.needsSeveral()) sb.append("（买多件才享）");
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 优惠 " + pr.text());
        }
        sb.append("，直播价").append(yuan(p.price()));
        acc.source(p.id() + ".price").key(Money.spoken(p.price()));
        BigDecimal best = p.bestPrice();
        LiveCoupons.Offer o = coupons.best(p);
        if (o != null && o.price().compareTo(best) < 0) best = o.price();
        if (best.compareTo(p.price()) < 0) {
            sb.append("，到手").append(yuan(best));
            acc.key(Money.spoken(best));
        }
        acc.part(sb.toString());
        return acc.draft(Decision.ANSWER, t.fake() ? "以链接为准：" : "");
    }

    // ---- stock --------------------------------------------------------------------------------------------------

    private Draft stock(Turn t, Product p) {
        Acc acc = new Acc().source(p.id() + ".stock");
        if (p.stock() == null) {
            return Draft.of(Decision.ESCALATE, ASK_HOST);
        }
        if (!p.soldOut()) {
            acc.part(label(p) + "还有货，库存" + p.stock() + "件，喜欢的抓紧拍～").key("库存");
            return acc.draft(Decision.ANSWER, "");
        }
        StringBuilder sb = new StringBuilder(label(p)).append("已经卖完了，目前售罄");
        acc.key("售罄");
        String restock = restock(p, acc);
        if (restock != null) sb.append("，").append(restock);
        else sb.append("，补货时间还没定，我去问下主播");
        acc.part(sb.toString());
        return acc.draft(Decision.ANSWER, "");
    }

    private static String restock(Product p, Acc acc) {
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            if (a.getKey().contains("补货") || a.getKey().contains("到货") || a.getKey().contains("返场")) {
                acc.source(p.id() + ".attributes." + a.getKey());
                return a.getKey() + "：" + a.getValue();
            }
        }
        for (int i = 0; i < p.faq().size(); i++) {
            Faq f = p.faq().get(i);
            if (f.q().contains("补货") || f.q().contains("到货") || f.q().contains("返场") || f.q().contains("什么时候有")
                    || f.a().contains("补货") || f.a().contains("到货")) {
                acc.source(p.id() + ".faq[" + i + "]");
                return f.a();
            }
        }
        return null;
    }

    // ---- size ---------------------------------------------------------------------------------------------------

    private Draft size(Turn t, Product p) {
        ViewerMemory vm = t.viewer();
        Entities e = t.entities();
        if (p.sizes().isEmpty()) {
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                if (a.getKey().contains("尺码") || a.getKey().contains("码")) {
                    return new Acc().part(label(p) + a.getKey() + "：" + a.getValue()).source(p.id() + ".attributes." + a.getKey())
                            .draft(Decision.ANSWER, "");
                }
            }
            return Draft.of(Decision.ESCALATE, ASK_HOST);
        }
        boolean ranged = ranged(p);
        boolean measuresNow = e.heightCm() != null || e.weightKg() != null;
        SizeRow named = namedSize(p, t.text(), e.size());
        String unknown = named == null ? askedSize(t.text(), e.size()) : null;
        if (named != null && (!ranged || !measuresNow)) {
            // "42码有吗", "有1.8米床的吗": the size the viewer names is on the chart (measures remembered from before, or
            // read out of the label itself, say nothing about it)
            if (vm.pendingSizeProduct != null && vm.pendingSizeProduct.equals(p.id())) vm.pendingSizeProduct = null;
            return new Acc().part(label(p) + "有" + sizeName(named.size())).source(p.id() + ".sizes").key(named.size())
                    .draft(Decision.ANSWER, "");
        }
        if (unknown != null && (!ranged || !measuresNow)) {
            return new Acc().part(label(p) + "没有" + sizeName(unknown) + "，有" + sizeList(p)).source(p.id() + ".sizes")
                    .key("没有").draft(Decision.ANSWER, "");
        }
        if (!ranged) {
            // a chart without heights or weights (shoes, bedding): measures cannot pick a size, the sizes are the answer
            if (vm.pendingSizeProduct != null && vm.pendingSizeProduct.equals(p.id())) vm.pendingSizeProduct = null;
            return withAdvice(p, new Acc().part(label(p) + "有" + sizeList(p)).source(p.id() + ".sizes")).draft(Decision.ANSWER, "");
        }
        Integer h = e.heightCm() != null ? e.heightCm() : vm.heightCm;
        Double w = e.weightKg() != null ? e.weightKg() : vm.weightKg;
        if (h == null && w == null) {
            if (vm.askedBack.add(p.id())) {
                vm.pendingSizeProduct = p.id();
                return Draft.of(Decision.ASK_BACK, "亲，说下身高体重，帮你选" + label(p) + "的码～");
            }
            return withAdvice(p, new Acc().part(label(p) + "尺码表：" + chart(p)).source(p.id() + ".sizes")).draft(Decision.ANSWER, "");
        }
        String who = h != null && w != null ? "按身高体重" : h != null ? "按身高" : "按体重";
        List<SizeRow> both = new ArrayList<>();
        for (SizeRow r : p.sizes()) if (r.fits(h, w)) both.add(r);
        Acc acc = new Acc().source(p.id() + ".sizes");
        if (h != null && w != null) {
            if (!both.isEmpty()) {
                SizeRow r = both.get(0);
                vm.pendingSizeProduct = null;
                return acc.part(label(p) + who + "建议拍" + sizeName(r.size())).key(r.size()).draft(Decision.ANSWER, "");
            }
            SizeRow byH = first(p, h, null), byW = first(p, null, w);
            if (byH != null && byW != null) {
                SizeRow larger = p.sizes().indexOf(byH) >= p.sizes().indexOf(byW) ? byH : byW;
                vm.pendingSizeProduct = null;
                return acc.part(label(p) + "按身高是" + sizeName(byH.size()) + "、按体重是" + sizeName(byW.size()) + "，建议拍" + sizeName(larger.size()))
                        .key(larger.size()).draft(Decision.ANSWER, "");
            }
            vm.pendingSizeProduct = null;
            return new Draft(Decision.ESCALATE, "按尺码表" + label(p) + "没有合适的码，我去问下主播～",
                    List.of(p.id() + ".sizes"), null, null, null);
        }
        // one of the two is known
        if (both.size() == 1) {
            vm.pendingSizeProduct = null;
            return acc.part(label(p) + who + "建议拍" + sizeName(both.get(0).size())).key(both.get(0).size()).draft(Decision.ANSWER, "");
        }
        if (both.isEmpty()) {
            return new Draft(Decision.ESCALATE, "按尺码表" + label(p) + "没有合适的码，我去问下主播～",
                    List.of(p.id() + ".sizes"), null, null, null);
        }
        if (vm.askedBack.add(p.id())) {
            vm.pendingSizeProduct = p.id();
            return Draft.of(Decision.ASK_BACK, "亲，再说下" + (h == null ? "身高" : "体重") + "，帮你选" + label(p) + "的码～");
        }
        StringBuilder sb = new StringBuilder();
        for (SizeRow r : both) sb.append(sb.length() == 0 ? "" : "或").append(r.size());
        return acc.part(who + "可以选" + label(p) + "的" + sizeName(sb.toString())).draft(Decision.ANSWER, "");
    }

    /** The product's own advice on choosing a size (an attribute such as 尺码建议 or 选码说明) added to a list of its sizes. */
    private static Acc withAdvice(Product p, Acc acc) {
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            String k = a.getKey();
            if (k.contains("尺码") || k.contains("选码") || k.contains("码数")) {
                return acc.part(k + "：" + a.getValue()).source(p.id() + ".attributes." + k);
            }
        }
        return acc;
    }

    private static SizeRow first(Product p, Integer h, Double w) {
        for (SizeRow r : p.sizes()) if ((h == null || r.heightMin() != null) && (w == null || r.weightMin() != null) && r.fits(h, w)) return r;
        return null;
    }

    private static String range(SizeRow r) {
        StringBuilder sb = new StringBuilder();
        if (r.heightMin() != null) sb.append(r.heightMin()).append("-").append(r.heightMax()).append("cm");
        if (r.weightMin() != null) {
            if (sb.length() > 0) sb.append("/");
            sb.append(Money.spoken(BigDecimal.valueOf(r.weightMin()))).append("-").append(Money.spoken(BigDecimal.valueOf(r.weightMax()))).append("kg");
        }
        return sb.length() == 0 ? "" : "（" + sb + "）";
    }

    private static String chart(Product p) {
        StringBuilder sb = new StringBuilder();
        for (SizeRow r : p.sizes()) {
            if (sb.length() > 0) sb.append("，");
            sb.append(r.size()).append(range(r));
        }
        return sb.toString();
    }

    private static String sizeList(Product p) {
        StringBuilder sb = new StringBuilder();
        for (SizeRow r : p.sizes()) sb.append(sb.length() == 0 ? "" : "/").append(r.size());
        // "S/M/L码" as before; labels that carry their own unit ("39码", "1.5米床") are listed as they are
        return sizeName(sb.toString());
    }

    /** Whether any row of the product's chart gives a height or weight range (else measures cannot choose a size). */
    static boolean ranged(Product p) {
        for (SizeRow r : p.sizes()) if (r.heightMin() != null || r.weightMin() != null) return true;
        return false;
    }

    /**
     * How a reply names a size: a bare label of letters and digits gets 码 ("M码", "S/M码"), a label with a unit of
     * its own ("42码", "1.5米床", "均码", "大号") is said as it is.
     */
    static String sizeName(String label) {
        if (label == null || label.isEmpty()) return label;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c > 127) return label;
        }
        return label + "码";
    }

    private static final java.util.regex.Pattern METRE_M = java.util.regex.Pattern.compile("(?<=\\d)M(?=床|$)");

    /** A size label reduced to what identifies it: no spaces, upper case, m as 米, no trailing 码/号/床/的. */
    static String sizeKey(String s) {
        if (s == null) return "";
        String x = s.replace(" ", "").replace("　", "").toUpperCase(java.util.Locale.ROOT);
        if (x.indexOf('M') >= 0) x = METRE_M.matcher(x).replaceAll("米"); // compiled once (String.replaceAll compiles per call)
        while (!x.isEmpty() && "码號号床的碼".indexOf(x.charAt(x.length() - 1)) >= 0 && x.length() > 1) x = x.substring(0, x.length() - 1);
        return x;
    }

    /**
     * The row of the product's chart the viewer names: the size entity or the text naming a label as it is written
     * ("42码", "1.8米床") or by its key ("42", "1.8米" followed by 码/号/米/床), longest label first; {@code null} when none.
     */
    static SizeRow namedSize(Product p, String text, String entity) {
        String ek = entity == null ? "" : sizeKey(entity);
        List<SizeRow> rows = new ArrayList<>(p.sizes());
        rows.sort((a, b) -> b.size().length() - a.size().length());
        if (!ek.isEmpty()) for (SizeRow r : rows) if (sizeKey(r.size()).equals(ek)) return r;
        if (text == null || text.isEmpty()) return null;
        String t = text.toUpperCase(java.util.Locale.ROOT).replace(" ", "");
        for (SizeRow r : rows) {
            String label = r.size().toUpperCase(java.util.Locale.ROOT).replace(" ", "");
            boolean unitOfItsOwn = !sizeName(label).equals(label + "码");
            if (unitOfItsOwn || label.chars().anyMatch(Character::isDigit)) {
                if (standsAlone(t, label)) return r;
                // the understander writes a length in metres as centimetres ("1.8米床" reads "180cm床")
                String cm = inCentimetres(label);
                if (cm != null && standsAlone(t, cm)) return r;
                String key = sizeKey(label);
                int i = t.indexOf(key);
                while (i >= 0) {
                    int end = i + key.length();
                    if ((i == 0 || !numberChar(t.charAt(i - 1))) && end < t.length() && "码号米床".indexOf(t.charAt(end)) >= 0
                            && (end == t.length() || !numberChar(t.charAt(end)))) return r;
                    i = t.indexOf(key, i + 1);
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern METRES = java.util.regex.Pattern.compile("(?<![\\d.])(\\d)\\.(\\d{1,2})\\s*(?:米|M)");

    /** The label with its length in metres written as the understander writes it ("1.8米床" → "180CM床"); {@code null} when it has none. */
    static String inCentimetres(String label) {
        java.util.regex.Matcher m = METRES.matcher(label);
        if (!m.find()) return null;
        String frac = m.group(2).length() == 1 ? m.group(2) + "0" : m.group(2);
        int cm = Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(frac);
        return label.substring(0, m.start()) + cm + "CM" + label.substring(m.end());
    }

    private static boolean standsAlone(String t, String label) {
        int i = t.indexOf(label);
        while (i >= 0) {
            int end = i + label.length();
            boolean before = i == 0 || !numberChar(t.charAt(i - 1)) || !numberChar(label.charAt(0));
            boolean after = end >= t.length() || !numberChar(t.charAt(end)) || !numberChar(label.charAt(label.length() - 1));
            if (before && after) return true;
            i = t.indexOf(label, i + 1);
        }
        return false;
    }

    private static boolean numberChar(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static final java.util.regex.Pattern ASKED_SIZE = java.util.regex.Pattern.compile(
            "(?<![\\d.])(\\d{2,3}(?:\\.5)?)\\s*码|(?<![\\d.])(\\d(?:\\.\\d{1,2})?)\\s*(?:米|m|M)\\s*床|(?<![\\d.])(\\d{3})\\s*(?:cm|CM)\\s*床");

    /**
     * A size the viewer asks for that is not on the chart, fit to be said back ("46码", "2米床"): from the size entity
     * when it looks like a label, else from a "46码" / "2米床" in the text; {@code null} when none.
     */
    static String askedSize(String text, String entity) {
        String c = cleanSize(entity);
        if (c != null) return c;
        // every match of ASKED_SIZE ends in 码 or 床: a text with neither is answered without the regex
        if (text == null || text.indexOf('码') < 0 && text.indexOf('床') < 0 || !mayAskSize(text)) return null;
        java.util.regex.Matcher m = ASKED_SIZE.matcher(text);
        if (m.find()) {
            if (m.group(1) != null) return m.group(1) + "码";
            if (m.group(2) != null) return m.group(2) + "米床";
            return Money.spoken(new BigDecimal(m.group(3)).movePointLeft(2)) + "米床"; // "200cm床" as the viewer said it: 2米床
        }
        return null;
    }

    /**
     * Whether {@link #ASKED_SIZE} can match: some 码 has a digit before it (spaces between), or some 床 has 米, m or M
     * before it and a digit before that (or c/C and a digit: "200cm床"), spaces allowed between each.
     */
    private static boolean mayAskSize(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '码' && c != '床') continue;
            int j = skipSpaces(text, i - 1);
            if (j < 0) continue;
            char b = text.charAt(j);
            if (c == '码') {
                if (b >= '0' && b <= '9') return true;
                continue;
            }
            if (b != '米' && b != 'm' && b != 'M') continue;
            int k = skipSpaces(text, j - 1);
            if (k < 0) continue;
            char d = text.charAt(k);
            if (d >= '0' && d <= '9') return true;
            if ((d == 'c' || d == 'C') && k == j - 1) {
                int l = skipSpaces(text, k - 1);
                if (l >= 0 && text.charAt(l) >= '0' && text.charAt(l) <= '9') return true;
            }
        }
        return false;
    }

    /** The last index at or before {@code i} that is not a regex {@code \\s} character, or -1. */
    private static int skipSpaces(String text, int i) {
        while (i >= 0 && " \t\n\013\f\r".indexOf(text.charAt(i)) >= 0) i--;
        return i;
    }

    /** A size label as the viewer may have written it, if it looks like one (letters, digits, 码, 均码); else {@code null}. */
    static String cleanSize(String s) {
        if (s == null) return null;
        String x = s.strip().replace("码", "");
        if (x.isEmpty()) return s.contains("均码") ? "均" : null;
        if (x.length() > 4) return null;
        for (int i = 0; i < x.length(); i++) if (!Character.isLetterOrDigit(x.charAt(i)) || x.charAt(i) > 127 && x.charAt(i) != '均') return null;
        return x.toUpperCase(java.util.Locale.ROOT);
    }

    // ---- variants, attributes, FAQ ------------------------------------------------------------------------------

    private Draft variant(Turn t, Product p) {
        if (p.variants().isEmpty()) return lookup(t, p);
        Acc acc = new Acc().source(p.id() + ".variants");
        String c = cleanWord(t.entities().color());
        String all = String.join("、", p.variants());
        if (c != null) {
            for (String v : p.variants()) {
                if (v.contains(c) || c.contains(v)) return acc.part(label(p) + "有" + v).key(v).draft(Decision.ANSWER, "");
            }
            return acc.part(label(p) + "没有" + c + "，有" + all).draft(Decision.ANSWER, "");
        }
        return acc.part(label(p) + "有" + p.variants().size() + "款：" + all).draft(Decision.ANSWER, "");
    }

    /** A colour or variant word if it is a short run of Chinese characters; {@code null} otherwise (never echo anything else). */
    static String cleanWord(String s) {
        if (s == null) return null;
        String x = s.strip();
        if (x.isEmpty() || x.length() > 6) return null;
        for (int i = 0; i < x.length(); i++) {
            char c = x.charAt(i);
            if (c < 0x4E00 || c > 0x9FFF) return null;
        }
        return x;
    }

    private Draft lookup(Turn t, Product p) {
        Draft known = t.ahead() == null ? null : t.ahead().lookup(catalog, t, p);
        if (known != null) return known;
        Acc acc = new Acc();
        String text = t.text();
        // the FAQ the question restates ("辣不辣" for "这个辣吗")
        int faq = FactMatch.faq(p, text);
        if (faq >= 0) {
            Faq f = p.faq().get(faq);
            return acc.part(f.a()).source(p.id() + ".faq[" + faq + "]").fact(p.id() + ".faq[" + faq + "] " + f.a()).draft(Decision.ANSWER, "");
        }
        // attributes named in the question (by key, synonym, part of the key, the value's unit or a word of the value)
        int found = 0;
        for (String k : FactMatch.attributes(p, text, 2)) {
            String v = p.attributes().get(k);
            acc.part(label(p) + "的" + k + "：" + v).source(p.id() + ".attributes." + k)
                    .fact(p.id() + " " + k + "：" + v).key(v.length() <= 12 ? v : k);
            found++;
        }
        // who it suits or does not
        if (t.intent() == Intent.ASK_USAGE || found == 0) {
            String n = notForAsked(p, text);
            if (n != null) {
                acc.part(label(p) + "不建议" + n + "使用").source(p.id() + ".not_for").fact(p.id() + " 不适合：" + n).key("不建议");
                found++;
            }
            if (found == 0) {
                for (String s : p.suits()) {
                    if (Recommender.overlaps(text, s)) {
                        acc.part(label(p) + "适合" + s).source(p.id() + ".suits").fact(p.id() + " 适合：" + s);
                        found++;
                        break;
                    }
                }
            }
        }
        if (found == 0) {
            List<KnowledgeBase.Passage> hits = kb.search(p.id(), text, 1);
            if (!hits.isEmpty()) {
                KnowledgeBase.Passage h = hits.get(0);
                acc.part(h.source().contains(".faq[") ? h.text() : label(p) + "：" + h.text()).source(h.source()).fact(h.source() + " " + h.text());
                found++;
            }
        }
        if (found == 0) return Draft.of(Decision.ESCALATE, ASK_HOST);
        return acc.draft(Decision.ANSWER, "");
    }

    private static final String[] YOUNG = {"岁", "孩子", "小孩", "宝宝", "婴", "幼", "儿童", "娃"};

    /**
     * The not-for item of the product the question is about: for a question about a child's age ("两岁的孩子能吃吗") the
     * item about ages or children, else the one sharing a word with the question once the product's names are out (so
     * "坚果" in the question does not pick "坚果过敏者"); {@code null} when none.
     */
    static String notForAsked(Product p, String text) {
        if (p.notFor().isEmpty() || text == null) return null;
        if (anyOf(text, YOUNG)) for (String n : p.notFor()) if (anyOf(n, YOUNG)) return n;
        String t = FactMatch.stripNames(p, text);
        for (String n : p.notFor()) if (Recommender.overlaps(t, n)) return n;
        return null;
    }

    private static boolean anyOf(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    private Draft link(Turn t) {
        Product p = t.product();
        if (p == null) return Draft.of(Decision.ASK_BACK, "想要哪一款呀？说下名字帮你找链接～");
        if (p.linkNo() == null) return Draft.of(Decision.ESCALATE, ASK_HOST);
        return new Acc().part(p.name() + "是" + p.linkNo() + "号链接，点购物车就能拍～").source(p.id() + ".link_no").key(p.linkNo() + "号")
                .draft(Decision.ANSWER, "");
    }

    // ---- shipping and after-sale --------------------------------------------------------------------------------

    private Draft shipping(Turn t) {
        Product p = t.product();
        Shop shop = catalog.shop();
        ShippingPolicy s = p != null ? p.shippingIn(shop) : shop.shipping();
        String src = p != null && !p.shipping().equals(ShippingPolicy.UNKNOWN) ? p.id() + ".shipping" : "shop.shipping";
        if (s.equals(ShippingPolicy.UNKNOWN)) return Draft.of(Decision.ESCALATE, ASK_HOST);
        String region = cleanWord(t.entities().region());
        if (region == null && mayNamePlace(t.text(), s.excludedRegions())) {
            String text = withoutNames(catalog, t.text());
            if (s.excludedRegions() != null) {
                for (String r : s.excludedRegions()) if (text.contains(r)) region = r;
            }
            if (region == null) region = Regions.find(text);
        }
        Acc acc = new Acc().source(src);
        String province = Regions.mainland(region);
        if (region != null && (s.excludes(region) || province != null && s.excludes(province))) {
            return acc.part("抱歉，" + region + "不在配送范围，暂不发货哦").key(region).key("不发货")
                    .fact("不发货地区：" + String.join("、", s.excludedRegions())).draft(Decision.ANSWER, "");
        }
        if (Regions.outside(region)) {
            // the policy covers the mainland: whether 港澳台 or abroad can be served is the host's to say
            return Draft.of(Decision.ESCALATE, ASK_HOST);
        }
        if (province == null) region = null; // a place the policy cannot place: the general policy, no "X可以发"
        StringBuilder sb = new StringBuilder();
        if (region != null) {
            sb.append(region).append("可以发");
            if (Boolean.TRUE.equals(s.freeShipping())) sb.append("，包邮");
            else if (Boolean.FALSE.equals(s.freeShipping())) sb.append("，不包邮");
            acc.key(region);
        }
        if (s.courier() != null) {
            if (sb.length() > 0) sb.append("，");
            sb.append("发").append(s.courier()).append(s.courier().endsWith("快递") || s.courier().endsWith("物流") ? "" : "快递");
            acc.key(s.courier()).fact("快递：" + s.courier());
        }
        if (s.shipsWithinHours() != null) {
            if (sb.length() > 0) sb.append("，");
            sb.append("下单后").append(s.shipsWithinHours()).append("小时内发货");
            acc.key(String.valueOf(s.shipsWithinHours())).fact("发货时间：" + s.shipsWithinHours() + "小时内");
        }
        boolean excluding = region == null && s.excludedRegions() != null && !s.excludedRegions().isEmpty();
        if (region == null && s.freeShipping() != null) {
            sb.append(sb.length() > 0 ? "，" : "").append(excluding ? "可发地区" : "").append(s.freeShipping() ? "包邮" : "不包邮");
            acc.fact(s.freeShipping() ? "包邮" : "不包邮");
        }
        if (excluding) {
            sb.append("，").append(String.join("、", s.excludedRegions())).append("暂不发货");
        }
        if (sb.length() == 0) return Draft.of(Decision.ESCALATE, ASK_HOST);
        acc.part(sb.toString());
        return acc.draft(Decision.ANSWER, "");
    }

    /**
     * Whether the text without the catalog's names ({@link #withoutNames}: parts replaced by spaces) may name a place
     * {@link Regions} knows or one of the {@code excluded} regions: only if the text itself does (a region with a space
     * in it is always looked for).
     */
    private static boolean mayNamePlace(String text, List<String> excluded) {
        if (text == null) text = ""; // as withoutNames reads it
        if (Regions.named(text)) return true;
        if (excluded != null) for (String r : excluded) if (r.indexOf(' ') >= 0 || text.contains(r)) return true;
        return false;
    }

    private Draft aftersale(Turn t) {
        Product p = t.product();
        Shop shop = catalog.shop();
        AftersalePolicy a = p != null ? p.aftersaleIn(shop) : shop.aftersale();
        String src = p != null && !p.aftersale().equals(AftersalePolicy.UNKNOWN) ? p.id() + ".aftersale" : "shop.aftersale";
        if (warrantyQuestion(t.text())) return warranty(p, a, p != null && p.aftersale().warrantyMonths() != null ? src : "shop.aftersale");
        Acc acc = new Acc();
        StringBuilder sb = new StringBuilder();
        if (a.returnsDays() != null) {
            if (a.returnsDays() > 0) {
                sb.append("支持").append(a.returnsDays()).append("天无理由退换");
                acc.key(a.returnsDays() + "天");
            } else {
                sb.append("这款不支持无理由退换");
                acc.key("不支持");
            }
        }
        if (a.freightInsurance() != null) sb.append(sb.length() > 0 ? "，" : "").append(a.freightInsurance() ? "送运费险" : "没有运费险");
        if (a.warrantyMonths() != null && a.warrantyMonths() > 0) sb.append(sb.length() > 0 ? "，" : "").append(warrantyWords(a.warrantyMonths()));
        if (sb.length() > 0) {
            acc.source(src).fact(sb.toString());
            acc.part((p != null ? label(p) : "") + sb);
            return acc.draft(Decision.ANSWER, "");
        }
        if (p != null) return lookup(t, p);
        return Draft.of(Decision.ESCALATE, ASK_HOST);
    }

    private static final String[] YEARS = {"一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * A warranty of {@code months} as a viewer reads it: whole years as catalogs write them, with the months
     * ("保修一年（12个月）", "保修两年（24个月）"); other lengths in months ("保修18个月").
     */
    static String warrantyWords(int months) {
        int years = months / 12;
        if (months % 12 != 0 || years < 1 || years > YEARS.length) return "保修" + months + "个月";
        return "保修" + YEARS[years - 1] + "年（" + months + "个月）";
    }

    private static final String[] WARRANTY = {"保修", "质保", "保固", "三包", "包修"};
    private static final String[] REPAIR = {"维修", "坏了", "修吗", "能修", "保换"};

    /** Whether the text has a word that names a warranty (保修, 质保, 保固, 三包, 包修). */
    static boolean warrantyWord(String text) {
        if (text == null) return false;
        // every word starts with 保, 质, 三 or 包: one pass answers most texts
        if (text.indexOf('保') < 0 && text.indexOf('质') < 0 && text.indexOf('三') < 0 && text.indexOf('包') < 0) return false;
        for (String w : WARRANTY) if (text.contains(w)) return true;
        return false;
    }

    /** Whether a question asks about the warranty (repairs), which is not the return policy ("坏了能退吗" asks for a return). */
    static boolean warrantyQuestion(String text) {
        if (text == null) return false;
        if (warrantyWord(text)) return true;
        if (text.contains("退")) return false;
        for (String w : REPAIR) if (text.contains(w)) return true;
        return false;
    }

    /**
     * The warranty: the policy's months, else an attribute or FAQ of the product about it; the return policy is never
     * given for it. Unknown: the host is asked.
     */
    private Draft warranty(Product p, AftersalePolicy a, String src) {
        if (a.warrantyMonths() != null && a.warrantyMonths() > 0) {
            String w = warrantyWords(a.warrantyMonths());
            return new Acc().part((p != null ? label(p) : "") + w).source(src).key(a.warrantyMonths() + "个月").fact(w)
                    .draft(Decision.ANSWER, "");
        }
        if (p == null) return Draft.of(Decision.ASK_BACK, "想问几号链接呀？告诉我名字或链接号帮你查～");
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            if (warrantyQuestion(e.getKey()) || e.getKey().contains("售后")) {
                return new Acc().part(label(p) + "的" + e.getKey() + "：" + e.getValue()).source(p.id() + ".attributes." + e.getKey())
                        .fact(p.id() + " " + e.getKey() + "：" + e.getValue()).draft(Decision.ANSWER, "");
            }
        }
        for (int i = 0; i < p.faq().size(); i++) {
            Faq f = p.faq().get(i);
            if (warrantyQuestion(f.q()) || warrantyQuestion(f.a())) {
                return new Acc().part(f.a()).source(p.id() + ".faq[" + i + "]").fact(p.id() + ".faq[" + i + "] " + f.a())
                        .draft(Decision.ANSWER, "");
            }
        }
        return Draft.of(Decision.ESCALATE, ASK_HOST);
    }

    // ---- recommendation and comparison --------------------------------------------------------------------------

    private Draft recommend(Turn t) {
        Recommender.Scores scores = t.ahead() == null ? null : t.ahead().scores(catalog, t);
        if (scores == null) scores = Recommender.score(catalog, t.text(), t.entities().budget());
        List<Recommender.Pick> picks = Recommender.recommend(scores, t.viewer(), t.onShow(), 2);
        if (picks.isEmpty()) {
            if (t.entities().budget() != null) {
                return new Draft(Decision.ANSWER, "这个预算内暂时没有合适的款，我去问下主播～", null, null, null, null);
            }
            return Draft.of(Decision.ESCALATE, "说说给谁用、什么需求或预算，帮你挑～");
        }
        Acc acc = new Acc();
        List<String> ids = new ArrayList<>();
        StringBuilder sb = new StringBuilder("推荐");
        for (Recommender.Pick x : picks) {
            Product p = x.product();
            if (!ids.isEmpty()) sb.append("；也可以看看");
            BigDecimal unit = p.bestPrice();
            sb.append(label(p)).append("（").append(yuan(unit)).append("）");
            acc.source(p.id() + ".price").key(Money.spoken(unit));
            if (x.matched() != null) {
                sb.append("，适合").append(x.matched());
                acc.source(p.id() + ".suits");
            }
            ids.add(p.id());
        }
        acc.part(sb.toString());
        Draft d = acc.draft(Decision.RECOMMEND, "");
        return new Draft(d.decision(), d.text(), d.sources(), d.facts(), d.keyFacts(), ids);
    }

    private Draft compare(Turn t) {
        List<Product> ps = new ArrayList<>();
        for (String id : t.entities().products()) catalog.byId(id).ifPresent(p -> {
            if (!ps.contains(p)) ps.add(p);
        });
        if (ps.size() < 2 && t.product() != null && !ps.contains(t.product())) ps.add(0, t.product());
        if (ps.size() < 2) return Draft.of(Decision.ASK_BACK, "想对比哪两款呀？说下链接号～");
        Acc acc = new Acc();
        List<String> ids = new ArrayList<>();
        for (Product p : ps.subList(0, Math.min(3, ps.size()))) {
            StringBuilder sb = new StringBuilder(label(p)).append(yuan(p.price()));
            acc.source(p.id() + ".price").key(Money.spoken(p.price()));
            int n = 0;
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                if (n++ >= 2) break;
                sb.append("，").append(a.getKey()).append(a.getValue());
                acc.source(p.id() + ".attributes." + a.getKey());
            }
            if (!p.suits().isEmpty()) {
                sb.append("，适合").append(p.suits().get(0));
                acc.source(p.id() + ".suits");
            }
            acc.part(sb.toString());
            ids.add(p.id());
        }
        Draft d = acc.draft(Decision.RECOMMEND, "");
        return new Draft(d.decision(), d.text(), d.sources(), d.facts(), d.keyFacts(), ids);
    }

    /** Collects the parts, sources, facts and key facts of a draft. */
    private static final class Acc {
        final List<String> parts = new ArrayList<>(2);
        final List<String> sources = new ArrayList<>(3);
        final List<String> facts = new ArrayList<>(3);
        final List<String> keys = new ArrayList<>(3);

        Acc part(String s) {
            parts.add(s);
            return this;
        }

        Acc source(String s) {
            if (!sources.contains(s)) sources.add(s);
            return this;
        }

        Acc fact(String s) {
            facts.add(s);
            return this;
        }

        Acc key(String s) {
            if (s != null && !s.isBlank() && !keys.contains(s)) keys.add(s);
            return this;
        }

        Draft draft(Decision d, String prefix) {
            return new Draft(d, prefix + String.join("；", parts), sources, facts.isEmpty() ? List.of(String.join("；", parts)) : facts, keys, null);
        }
    }
}
