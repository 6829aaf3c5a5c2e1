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
            String note = d.text().contains(p.name()) ? "（目前已售罄）" : "（" + label(p) + "目前已售罄）";
            return new Draft(d.decision(), d.text() + note, src, d.facts(), keys, d.recommend());
        }
        return d;
    }

    private Draft draft(Turn t) {
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

    private Draft needProduct(Turn t, java.util.function.BiFunction<Turn, Product, Draft> f) {
        if (t.product() == null) {
            return Draft.of(Decision.ASK_BACK, "想问几号链接呀？告诉我名字或链接号帮你查～");
        }
        return f.apply(t, t.product());
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
        return acc.draft(Decision.ANSWER, t.fake() ? "价格以链接为准：" : "");
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
            int i = bestPromotion(p);
            Promotion pr = p.promotions().get(i);
            sb.append("，").append(pr.text() != null ? pr.text() : "领券减" + yuan(pr.discount())).append("，到手").append(yuan(best));
            acc.source(p.id() + ".promotions[" + i + "]").fact(p.id() + " 优惠 " + pr.text() + "，到手 " + yuan(best)).key(Money.spoken(best));
        }
        unreached(p, sb, acc);
        if (p.soldOut()) {
            sb.append(withPromo ? "，不过目前已售罄" : "（已售罄）");
            acc.source(p.id() + ".stock").key("售罄");
        }
        acc.part(sb.toString());
    }

    private static int bestPromotion(Product p) {
        int bestI = 0;
        BigDecimal best = null;
        for (int i = 0; i < p.promotions().size(); i++) {
            Promotion x = p.promotions().get(i);
            if (x.discount() == null || x.minSpend() != null && p.price().compareTo(x.minSpend()) < 0) continue;
            if (best == null || x.discount().compareTo(best) > 0) {
                best = x.discount();
                bestI = i;
            }
        }
        return bestI;
    }

    /** The room's coupons for the product that one unit does not reach, with what they need ("满200减30券需满200元可用"). */
    private void unreached(Product p, StringBuilder sb, Acc acc) {
        int n = 0;
        for (LiveCoupons.Coupon c : coupons.of(p.id())) {
            if (c.reachedBy(p.price()) || n++ >= 2) continue;
            String need = c.minItems() != null && c.minItems() > 1 ? "满" + c.minItems() + "件可用" : "需满" + yuan(c.minSpend()) + "可用";
            sb.append("，直播间").append(c.label()).append(need);
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
            if (n++ > 0) sb.append("、");
            sb.append(c.label());
            if (!c.reachedBy(p.price())) sb.append(c.minItems() != null && c.minItems() > 1 ? "（满" + c.minItems() + "件可用）" : "（满" + yuan(c.minSpend()) + "可用）");
            acc.source(c.source()).fact(p.id() + " 直播间已发" + c.label());
        }
        for (int i = 0; i < p.promotions().size() && n < 4; i++) {
            Promotion pr = p.promotions().get(i);
            if (pr.text() == null) continue;
            sb.append(n++ > 0 ? "、" : "").append(pr.text());
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
        Integer h = e.heightCm() != null ? e.heightCm() : vm.heightCm;
        Double w = e.weightKg() != null ? e.weightKg() : vm.weightKg;
        String asked = cleanSize(e.size());
        if (h == null && w == null && asked != null) {
            for (SizeRow r : p.sizes()) {
                if (r.size().equalsIgnoreCase(asked)) {
                    return new Acc().part(label(p) + "有" + r.size() + "码").source(p.id() + ".sizes").key(r.size())
                            .draft(Decision.ANSWER, "");
                }
            }
            return new Acc().part(label(p) + "没有" + asked + "码，有" + sizeList(p) + "码").source(p.id() + ".sizes")
                    .draft(Decision.ANSWER, "");
        }
        if (h == null && w == null) {
            if (vm.askedBack.add(p.id())) {
                vm.pendingSizeProduct = p.id();
                return Draft.of(Decision.ASK_BACK, "亲，说下身高体重，帮你选" + label(p) + "的码～");
            }
            return new Acc().part(label(p) + "尺码表：" + chart(p)).source(p.id() + ".sizes").draft(Decision.ANSWER, "");
        }
        String who = h != null && w != null ? "按身高体重" : h != null ? "按身高" : "按体重";
        List<SizeRow> both = new ArrayList<>();
        for (SizeRow r : p.sizes()) if (r.fits(h, w)) both.add(r);
        Acc acc = new Acc().source(p.id() + ".sizes");
        if (h != null && w != null) {
            if (!both.isEmpty()) {
                SizeRow r = both.get(0);
                vm.pendingSizeProduct = null;
                return acc.part(who + "建议拍" + label(p) + "的" + r.size() + "码").key(r.size()).draft(Decision.ANSWER, "");
            }
            SizeRow byH = first(p, h, null), byW = first(p, null, w);
            if (byH != null && byW != null) {
                SizeRow larger = p.sizes().indexOf(byH) >= p.sizes().indexOf(byW) ? byH : byW;
                vm.pendingSizeProduct = null;
                return acc.part("按身高是" + byH.size() + "码、按体重是" + byW.size() + "码，建议拍" + label(p) + "的" + larger.size() + "码")
                        .key(larger.size()).draft(Decision.ANSWER, "");
            }
            vm.pendingSizeProduct = null;
            return new Draft(Decision.ESCALATE, "按尺码表" + label(p) + "没有合适的码，我去问下主播～",
                    List.of(p.id() + ".sizes"), null, null, null);
        }
        // one of the two is known
        if (both.size() == 1) {
            vm.pendingSizeProduct = null;
            return acc.part(who + "建议拍" + label(p) + "的" + both.get(0).size() + "码").key(both.get(0).size()).draft(Decision.ANSWER, "");
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
        return acc.part(who + "可以选" + label(p) + "的" + sb + "码").draft(Decision.ANSWER, "");
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
        return sb.toString();
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
        // attributes named in the question (or by a synonym)
        int found = 0;
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            if (found < 2 && Synonyms.mentions(text, a.getKey())) {
                acc.part(label(p) + "的" + a.getKey() + "：" + a.getValue()).source(p.id() + ".attributes." + a.getKey())
                        .fact(p.id() + " " + a.getKey() + "：" + a.getValue()).key(a.getValue().length() <= 12 ? a.getValue() : a.getKey());
                found++;
            }
        }
        // who it suits or does not
        if (t.intent() == Intent.ASK_USAGE || found == 0) {
            for (String n : p.notFor()) {
                if (Recommender.overlaps(text, n)) {
                    acc.part(label(p) + "不建议" + n + "使用").source(p.id() + ".not_for").fact(p.id() + " 不适合：" + n).key("不建议");
                    found++;
                    break;
                }
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
        if (region == null && s.excludedRegions() != null) {
            for (String r : s.excludedRegions()) if (t.text().contains(r)) region = r;
        }
        Acc acc = new Acc().source(src);
        if (region != null && s.excludes(region)) {
            return acc.part("抱歉，" + region + "不在配送范围，暂不发货哦").key(region).key("不发货")
                    .fact("不发货地区：" + String.join("、", s.excludedRegions())).draft(Decision.ANSWER, "");
        }
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

    private Draft aftersale(Turn t) {
        Product p = t.product();
        Shop shop = catalog.shop();
        AftersalePolicy a = p != null ? p.aftersaleIn(shop) : shop.aftersale();
        String src = p != null && !p.aftersale().equals(AftersalePolicy.UNKNOWN) ? p.id() + ".aftersale" : "shop.aftersale";
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
        if (a.warrantyMonths() != null && a.warrantyMonths() > 0) sb.append(sb.length() > 0 ? "，" : "").append("保修").append(a.warrantyMonths()).append("个月");
        if (sb.length() > 0) {
            acc.source(src).fact(sb.toString());
            acc.part((p != null ? label(p) : "") + sb);
            return acc.draft(Decision.ANSWER, "");
        }
        if (p != null) return lookup(t, p);
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
            sb.append(label(p)).append("（").append(yuan(p.bestPrice())).append("）");
            acc.source(p.id() + ".price").key(Money.spoken(p.bestPrice()));
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
