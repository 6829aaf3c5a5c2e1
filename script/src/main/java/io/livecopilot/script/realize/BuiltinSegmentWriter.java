package io.livecopilot.script.realize;

import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.SizeRow;
import io.livecopilot.core.check.Violation;
import io.livecopilot.llm.FactGuard;
import io.livecopilot.script.PlannedSegment;
import io.livecopilot.script.ProductRole;
import io.livecopilot.script.SegmentKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in offline writer: composes each segment from the phrase bank and the catalog's facts only — FAB from
 * the selling points and scenes, parameters, variants, the size chart, FAQ answers, price anchoring (list, live,
 * after coupon), promotions, real stock, shipping and after-sale — in rounds, as hosts repeat a product for newcomers,
 * until the segment's speaking time is filled. A sold-out product is described with 已售罄 and 补货 wording only.
 */
public final class BuiltinSegmentWriter implements SegmentWriter {
    @Override
    public String id() {
        return "builtin";
    }

    @Override
    public Written write(PlannedSegment seg, WritingContext ctx) {
        int target = (int) Math.round(seg.seconds() * seg.speechShare() * ctx.charsPerSecond());
        Composer c = new Composer(ctx, Math.max(8, target));
        List<String> cues = new ArrayList<>();
        switch (seg.kind()) {
            case OPENING -> opening(seg, ctx, c, cues);
            case PITCH -> {
                if (seg.product().soldOut()) soldOutPitch(seg, ctx, c, cues);
                else pitch(seg, ctx, c, cues);
            }
            case PROMO -> promo(seg, ctx, c, cues);
            case INTERACTION -> interaction(seg, ctx, c, cues);
            case RETURN -> giveBack(seg, ctx, c, cues);
            case CLOSING -> closing(seg, ctx, c, cues);
        }
        return new Written(c.text(), cues, id());
    }

    /** Facts sentences that can be said about a product, each a small action on the composer. */
    private List<Runnable> factActions(Product p, ProductVars v, Composer c, boolean canBuy) {
        Map<String, String> base = v.base();
        List<Runnable> out = new ArrayList<>();
        List<String> suits = v.suits();
        for (String sp : v.sellingPoints()) {
            out.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                m.put("sp", sp);
                if (!suits.isEmpty()) ProductVars.putSuit(m, c.any(suits));
                if (!suits.isEmpty() && c.any(List.of(true, false))) c.sayAny(m, "benefit", "fab");
                else c.say("fab", m);
            });
        }
        for (String s : suits) {
            out.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                ProductVars.putSuit(m, s);
                c.say("suit", m);
            });
        }
        for (Map.Entry<String, String> e : p.attributes().entrySet()) {
            out.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                m.put("attr_k", ProductVars.clean(e.getKey()));
                m.put("attr_v", ProductVars.clean(e.getValue()));
                c.say("attr", m);
            });
        }
        if (p.variants().size() == 1) out.add(() -> c.say("variant_one", base));
        if (p.variants().size() > 1) {
            out.add(() -> c.say("variant", base));
            if (p.variants().size() > 1) {
                out.add(() -> {
                    Map<String, String> m = new HashMap<>(base);
                    m.put("variant", ProductVars.clean(c.any(p.variants())));
                    c.say("variant_pick", m);
                });
            }
        }
        if (!p.sizes().isEmpty()) {
            out.add(() -> {
                c.say("size_intro", base);
                boolean rows = false;
                for (SizeRow r : p.sizes()) {
                    Map<String, String> m = new HashMap<>(base);
                    m.putAll(ProductVars.sizeRow(r));
                    if (m.containsKey("hmin") || m.containsKey("wmin")) {
                        c.sayAny(m, "size_row", "size_row_h");
                        rows = true;
                    }
                }
                if (!rows) c.say("size_range", base);
            });
        }
        for (Faq f : v.faq()) {
            out.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                m.put("q", ProductVars.clean(f.q()));
                m.put("a", ProductVars.clean(f.a()));
                c.say("faq", m);
            });
        }
        for (String nf : v.notFor()) {
            out.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                m.put("notfor", nf);
                c.say("notfor", m);
            });
        }
        if (v.has("list")) out.add(() -> c.sayAny(base, "anchor_list", "anchor_save"));
        if (canBuy) {
            out.add(() -> c.say("anchor_live", base));
            if (v.has("best")) out.add(() -> c.say("anchor_best", base));
            for (String pr : v.promotions()) {
                out.add(() -> {
                    Map<String, String> m = new HashMap<>(base);
                    m.put("promo", pr);
                    c.say("promo", m);
                });
            }
            if (v.has("stock")) out.add(() -> c.say("stock", base));
            if (v.has("regions")) out.add(() -> c.say("ship_free", base));
            if (v.has("free_all")) out.add(() -> c.say("ship_free_all", base));
            if (v.has("hours")) out.add(() -> c.say("ship_hours", base));
            if (v.has("courier")) out.add(() -> c.say("ship_courier", base));
            if (v.has("returns")) out.add(() -> c.say("returns", base));
            if (v.has("returns_none")) out.add(() -> c.say("returns_none", base));
            if (v.has("insurance")) out.add(() -> c.say("insurance", base));
            if (v.has("warranty")) out.add(() -> c.say("warranty", base));
        }
        return out;
    }

    private void pitch(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        Product p = seg.product();
        ProductVars v = ctx.vars(p);
        Map<String, String> base = v.base();
        cues.add(showCue(p));
        c.say("hook", base);
        c.say("anchor_live", base);
        if (!c.full()) c.say("intro", base);
        List<Runnable> facts = factActions(p, v, c, true);
        // round one in catalog order (what a first-time viewer needs), later rounds shuffled for newcomers
        for (Runnable r : facts) {
            if (c.full()) break;
            r.run();
        }
        int round = 1;
        while (!c.full() && round < 12) {
            int before = c.sentences();
            c.say("recap", base);
            for (Runnable r : c.shuffled(facts)) {
                if (c.full()) break;
                if (c.coin(0.5)) c.compound();
                r.run();
            }
            c.flush();
            if (c.sentences() == before) break;
            if (!c.full()) c.say("cta", base);
            round++;
        }
        c.say("cta", base);
        ensureLinkAndPrice(p, v, c, ctx);
        c.say("transition", base);
        if (seg.role() != null) cues.add(seg.role().label() + "：" + roleCue(seg.role()));
    }

    private void soldOutPitch(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        Product p = seg.product();
        ProductVars v = ctx.vars(p);
        Map<String, String> base = v.base();
        cues.add("展示样品，说明已售罄");
        c.noBuying();
        c.say("soldout", base);
        List<Runnable> facts = factActions(p, v, c, false);
        for (Runnable r : facts) {
            if (c.full()) break;
            r.run();
        }
        c.say("soldout_wait", base);
        int round = 1;
        while (!c.full() && round < 6) {
            int before = c.sentences();
            for (Runnable r : c.shuffled(facts)) {
                if (c.full()) break;
                if (c.coin(0.5)) c.compound();
                r.run();
            }
            c.flush();
            c.say("soldout_wait", base);
            if (c.sentences() == before) break;
            round++;
        }
        if (!c.text().contains("售罄")) c.say("soldout", base);
        ensureLinkAndPrice(p, v, c, ctx);
        // an in-stock alternative comes last, so no fact of this product is said after the other is named
        Product other = alternative(p, ctx, seg);
        if (other != null) {
            ProductVars ov = ctx.vars(other);
            Map<String, String> m = new HashMap<>(base);
            if (ov.has("link")) m.put("olink", ov.base().get("link"));
            m.put("oshort", ov.base().get("short"));
            m.put("oprice", ov.base().get("price"));
            c.say("soldout_other", m);
        }
    }

    /** An in-stock product to offer instead of a sold-out one: same category first, then the closest price. */
    private static Product alternative(Product p, WritingContext ctx, PlannedSegment seg) {
        Product best = null;
        double bestScore = Double.MAX_VALUE;
        for (Product o : ctx.plan().roles().keySet().stream().map(id -> ctx.catalog().byId(id).orElse(null)).toList()) {
            if (o == null || o == p || o.soldOut()) continue;
            double score = Math.abs(o.price().doubleValue() - p.price().doubleValue()) / Math.max(1, p.price().doubleValue());
            if (o.category() != null && o.category().equals(p.category())) score -= 10;
            if (score < bestScore) {
                bestScore = score;
                best = o;
            }
        }
        return best;
    }

    private void ensureLinkAndPrice(Product p, ProductVars v, Composer c, WritingContext ctx) {
        String t = c.text();
        boolean link = p.linkNo() == null || t.contains(p.linkNo() + "号");
        boolean price = t.contains(v.base().get("price") + "元");
        if (link && price) return;
        Map<String, String> base = v.base();
        if (p.soldOut()) {
            if (!c.say("soldout", base)) c.say("recap", base);
        } else if (!c.sayAny(base, "anchor_live", "cta", "recap")) {
            String s = (p.linkNo() != null ? p.linkNo() + "号链接，" : "") + "直播间" + base.get("price") + "元，需要的看这里。";
            ctx.ledger().add(s);
            c.append(s);
        }
    }

    private void promo(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        Product p = seg.product();
        ProductVars v = ctx.vars(p);
        Map<String, String> base = v.base();
        cues.add("上架" + (p.linkNo() == null ? "" : p.linkNo() + "号") + "链接，报库存");
        c.say("push_open", base);
        c.say("push_price", base);
        List<Runnable> acts = new ArrayList<>();
        for (String pr : v.promotions()) {
            acts.add(() -> {
                Map<String, String> m = new HashMap<>(base);
                m.put("promo", pr);
                c.say("push_coupon", m);
            });
        }
        if (v.has("stock")) acts.add(() -> c.say("push_stock", base));
        acts.add(() -> c.say("push_countdown", base));
        acts.add(() -> c.say("cta", base));
        acts.add(() -> c.say("push_price", base));
        if (v.has("best")) acts.add(() -> c.say("anchor_best", base));
        if (v.has("hours")) acts.add(() -> c.say("push_close", base));
        for (int round = 0; round < 6 && !c.full(); round++) {
            int before = c.sentences();
            for (Runnable r : round == 0 ? acts : c.shuffled(acts)) {
                if (c.full()) break;
                if (round > 0 && c.coin(0.5)) c.compound();
                r.run();
            }
            c.flush();
            if (c.sentences() == before) break;
        }
        ensureLinkAndPrice(p, v, c, ctx);
    }

    private void interaction(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        cues.add("发起互动，留时间看公屏");
        Map<String, String> base = new HashMap<>();
        List<Product> related = seg.related();
        c.say("interaction_open", base);
        List<Runnable> acts = new ArrayList<>();
        if (related.size() >= 2) {
            Product a = related.get(0), b = related.get(1);
            acts.add(() -> {
                Map<String, String> m = new HashMap<>();
                m.put("a_short", ctx.vars(a).base().get("short"));
                m.put("b_short", ctx.vars(b).base().get("short"));
                if (a.linkNo() != null) m.put("a_link", String.valueOf(a.linkNo()));
                if (b.linkNo() != null) m.put("b_link", String.valueOf(b.linkNo()));
                c.say("poll", m);
            });
        }
        acts.add(() -> {
            c.say("luckybag", base);
            cues.add("福袋倒计时，等待开奖");
        });
        acts.add(() -> c.say("kou1", base));
        acts.add(() -> c.say("follow", base));
        List<Product> pool = new ArrayList<>(related);
        for (String id : ctx.plan().roles().keySet()) ctx.catalog().byId(id).ifPresent(x -> { if (!pool.contains(x)) pool.add(x); });
        acts.add(() -> {
            Product x = c.any(pool);
            Map<String, String> m = ctx.vars(x).base();
            List<String> suits = ctx.vars(x).suits();
            if (!suits.isEmpty()) ProductVars.putSuit(m, c.any(suits));
            c.say("question", m);
        });
        acts.add(() -> {
            Product x = c.any(pool);
            if (x.faq().isEmpty()) return;
            Faq f = c.any(x.faq());
            Map<String, String> m = ctx.vars(x).base();
            m.put("q", ProductVars.clean(f.q()));
            m.put("a", ProductVars.clean(f.a()));
            c.say("answer", m);
        });
        for (int round = 0; round < 10 && !c.full(); round++) {
            int before = c.sentences();
            for (Runnable r : c.shuffled(acts)) {
                if (c.full()) break;
                if (round > 0 && c.coin(0.4)) c.compound();
                r.run();
            }
            c.flush();
            if (c.sentences() == before) break;
        }
        c.say("interaction_close", base);
    }

    private void giveBack(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        Product p = seg.product();
        ProductVars v = ctx.vars(p);
        Map<String, String> base = v.base();
        cues.add("返场：再次展示" + v.base().get("short"));
        c.say("return_open", base);
        c.say("anchor_live", base);
        List<Runnable> facts = factActions(p, v, c, true);
        facts.add(() -> c.say("push_stock", base));
        facts.add(() -> c.say("cta", base));
        for (int round = 0; round < 6 && !c.full(); round++) {
            int before = c.sentences();
            for (Runnable r : c.shuffled(facts)) {
                if (c.full()) break;
                if (c.coin(0.5)) c.compound();
                r.run();
            }
            c.flush();
            if (c.sentences() == before) break;
        }
        c.say("cta", base);
        ensureLinkAndPrice(p, v, c, ctx);
    }

    private void opening(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        cues.add("开场：镜头对准主播，展示今天的货盘");
        Map<String, String> base = new HashMap<>();
        List<Product> ps = seg.related();
        base.put("count", String.valueOf(ps.size()));
        c.say("greet", base);
        c.say("persona", base);
        c.say("follow", base);
        c.say("agenda_intro", base);
        for (Product p : ps) c.say(p.soldOut() ? "agenda_item_soldout" : "agenda_item", ctx.vars(p).base());
        for (Product p : ps) {
            if (ctx.plan().roles().get(p.id()) == ProductRole.DEAL && ctx.vars(p).has("best")) c.say("agenda_deal", ctx.vars(p).base());
        }
        for (int round = 0; round < 4 && !c.full(); round++) {
            int before = c.sentences();
            c.sayAny(base, "rules");
            if (!c.full()) c.say("follow", base);
            if (!c.full()) c.say("greet", base);
            if (c.sentences() == before) break;
        }
        Product first = ctx.plan().segments().stream().filter(s -> s.kind() == SegmentKind.PITCH).map(PlannedSegment::product).findFirst().orElse(null);
        c.say("opening_close", first == null ? base : ctx.vars(first).base());
    }

    private void closing(PlannedSegment seg, WritingContext ctx, Composer c, List<String> cues) {
        cues.add("结束：回顾链接，感谢观众");
        Map<String, String> base = new HashMap<>();
        c.say("closing_open", base);
        c.say("closing_recap_intro", base);
        for (Product p : seg.related()) c.say(p.soldOut() ? "closing_recap_soldout" : "closing_recap_item", ctx.vars(p).base());
        for (int round = 0; round < 4 && !c.full(); round++) {
            int before = c.sentences();
            c.say("closing_next", base);
            if (!c.full()) c.say("follow", base);
            if (c.sentences() == before) break;
        }
        c.say("closing_thanks", base);
    }

    private static String showCue(Product p) {
        String cat = p.category() == null ? "" : p.category();
        if (cat.matches(".*(装|衣|裤|裙|服饰).*")) return "上身试穿，展示版型和面料细节";
        if (cat.matches(".*(鞋|靴).*")) return "上脚展示，弯折鞋底看回弹";
        if (cat.matches(".*(妆|护肤|美容).*")) return "手背试用，展示质地和吸收";
        if (cat.matches(".*(食|零食|饮|茶).*")) return "拆包展示，现场试吃";
        if (cat.matches(".*(电|数码).*")) return "现场演示操作";
        return "展示产品细节";
    }

    private static String roleCue(ProductRole r) {
        return switch (r) {
            case TRAFFIC -> "节奏快，先把人气拉起来";
            case DEAL -> "突出到手价和优惠";
            case MARGIN -> "讲透卖点和使用场景";
            case IMAGE -> "讲品质和细节";
        };
    }

    /** Only for tests and callers that want to see what the guard would say about a written text. */
    static List<Violation> check(WritingContext ctx, String text, String productId) {
        return ctx.guard().check(text, productId);
    }
}
