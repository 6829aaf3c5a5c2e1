package io.livecopilot.analytics.review;

import io.livecopilot.analytics.Marker;
import io.livecopilot.analytics.MinuteRow;
import io.livecopilot.analytics.ProductRow;
import io.livecopilot.analytics.RoomMetrics;
import io.livecopilot.analytics.factor.Factor;
import io.livecopilot.analytics.factor.FactorAnalysis;
import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.EventType;
import io.livecopilot.core.event.LiveEvent;
import io.livecopilot.core.event.Timestamps;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.analytics.profile.Interaction;
import io.livecopilot.analytics.profile.ItemRecommender;
import io.livecopilot.analytics.profile.RecommenderEvaluation;
import io.livecopilot.analytics.profile.ViewerProfile;
import io.livecopilot.analytics.profile.ViewerProfiles;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The post-live review (复盘) of one session of one room, as a JSON-ready map: {@code session}, {@code metrics}
 * (spec/metrics.md), {@code history}, {@code funnel}, {@code timeline}, {@code products}, {@code ranking},
 * {@code factors}, {@code factor_model}, {@code suggestions}, {@code comments}.
 */
public final class SessionReview {
    private final CommentUnderstander understander;
    private final Catalog catalog;
    private final List<Map<String, Object>> past;
    private final FactorAnalysis factorAnalysis;
    private final ViewerProfiles profiles;

    private SessionReview(Builder b) {
        this.profiles = b.profiles;
        this.understander = b.understander;
        this.catalog = b.catalog == null ? Catalog.EMPTY : b.catalog;
        this.past = b.past;
        this.factorAnalysis = b.factorAnalysis == null ? FactorAnalysis.standard() : b.factorAnalysis;
    }

    public static Builder builder() { return new Builder(); }

    /** Options of the review; all optional. */
    public static final class Builder {
        private CommentUnderstander understander;
        private Catalog catalog;
        private List<Map<String, Object>> past;
        private FactorAnalysis factorAnalysis;
        private ViewerProfiles profiles;

        /**
         * Viewer profiles already fed with the room's past events (returning viewers); the session's events are
         * added. Default: profiles of this session only.
         */
        public Builder viewerProfiles(ViewerProfiles profiles) {
            this.profiles = profiles;
            return this;
        }

        /** Understands the comments (intents, sentiment, questions); without one only counts and hot words are given. */
        public Builder understander(CommentUnderstander understander) {
            this.understander = understander;
            return this;
        }

        /** Names and prices of the products. */
        public Builder catalog(Catalog catalog) {
            this.catalog = catalog;
            return this;
        }

        /** The summaries of the room's past sessions ({@link History#pastSummaries}); {@code null}: history unavailable. */
        public Builder history(List<Map<String, Object>> pastSummaries) {
            this.past = pastSummaries;
            return this;
        }

        public Builder factorAnalysis(FactorAnalysis analysis) {
            this.factorAnalysis = analysis;
            return this;
        }

        public SessionReview build() { return new SessionReview(this); }
    }

    /** Reviews the events of one room (any order: they are sorted by time, ties kept in input order). */
    public Map<String, Object> review(List<LiveEvent> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("events: no events to review");
        List<LiveEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(LiveEvent::ts));
        RoomMetrics metrics = new RoomMetrics();
        CommentDigest digest = new CommentDigest(understander, catalog);
        ViewerProfiles vp = profiles != null ? profiles : new ViewerProfiles(catalog);
        String onShow = null;
        for (LiveEvent e : sorted) {
            metrics.accept(e);
            vp.accept(e);
            if (e.type() == EventType.PRODUCT_SHOW) {
                onShow = ((LiveEvent.ProductShow) e).product();
            } else if (e.type() == EventType.SEGMENT && ((LiveEvent.Segment) e).product() != null) {
                onShow = ((LiveEvent.Segment) e).product();
            } else if (e.type() == EventType.COMMENT) {
                Understanding u = digest.add(e.ts(), e.user(), ((LiveEvent.Comment) e).text(), onShow);
                if (u != null && u.entities() != null && u.entities().product() != null) vp.mention(e.user(), u.entities().product(), e.ts());
            }
        }
        Map<String, Object> out = review(metrics, digest);
        out.put("viewers", viewers(vp, metrics.products()));
        return out;
    }

    /** Profiles of the most engaged (returning first) viewers, similar products, and the recommender's hit rate. */
    static Map<String, Object> viewers(ViewerProfiles vp, List<ProductRow> products) {
        Map<String, Object> m = new LinkedHashMap<>();
        long returning = vp.viewersWithSessions(2);
        m.put("returning", returning);
        List<ViewerProfile> top = vp.profiles(returning > 0 ? 2 : 1, 20);
        m.put("profiles_of", returning > 0 ? "returning viewers (2+ sessions)" : "viewers of this session (no returning viewers known)");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ViewerProfile p : top) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("user", p.user());
            r.put("sessions", p.sessions());
            r.put("clicks", p.clicks());
            r.put("carts", p.carts());
            r.put("orders", p.orders());
            r.put("spend", p.spend());
            r.put("categories", p.categories());
            r.put("price_band", p.priceBand());
            r.put("likes", p.products());
            rows.add(r);
        }
        m.put("profiles", rows);
        List<Interaction> interactions = vp.interactions();
        ItemRecommender rec = ItemRecommender.fit(interactions);
        Map<String, Object> similar = new LinkedHashMap<>();
        for (ProductRow p : products.subList(0, Math.min(5, products.size()))) {
            similar.put(p.product(), rec.similar(p.product(), 3).stream().map(ItemRecommender.Scored::item).toList());
        }
        m.put("similar_products", similar);
        RecommenderEvaluation.Result ev = RecommenderEvaluation.evaluate(interactions, 0.2, 5, 42);
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("method", "item-to-item cosine; the last purchase of 20% held-out viewers predicted from their earlier interactions");
        e.put("k", ev.k());
        e.put("test_cases", ev.testCases());
        if (ev.testCases() >= 30) {
            e.put("hit_rate", ev.hitRate());
            e.put("popularity_hit_rate", ev.popularityHitRate());
        } else {
            e.put("note", "too few held-out purchases with a history (" + ev.testCases() + ") to measure a hit rate");
        }
        m.put("recommender", e);
        return m;
    }

    /** The review of metrics and comments already gathered (the live path keeps both up to date). */
    public Map<String, Object> review(RoomMetrics metrics, CommentDigest digest) {
        Map<String, Product> byId = new HashMap<>();
        for (Product p : catalog.products()) byId.put(p.id(), p);
        Map<String, Object> summary = metrics.summary();
        List<MinuteRow> timeline = metrics.timeline();
        List<ProductRow> products = metrics.products();

        Map<String, BigDecimal> prices = new HashMap<>();
        for (ProductRow p : products) {
            Product cp = byId.get(p.product());
            if (cp != null && cp.price() != null) prices.put(p.product(), cp.price());
            else if (p.units() > 0) prices.put(p.product(), p.gmv().divide(BigDecimal.valueOf(p.units()), 2, RoundingMode.HALF_UP));
        }
        FactorAnalysis.Result factors = factorAnalysis.analyze(timeline, prices);
        Map<String, Object> comments = digest.toMap();
        Map<String, Object> history = past == null
                ? new LinkedHashMap<>(Map.of("sessions", 0, "note", "the store is not available: no history"))
                : History.compare(summary, past);

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("session", session(metrics));
        out.put("metrics", summary);
        out.put("history", history);
        out.put("funnel", funnel(metrics, summary));
        out.put("timeline", timeline.stream().map(SessionReview::row).toList());
        List<Map<String, Object>> productRows = new ArrayList<>();
        int rank = 0;
        for (ProductRow p : products) productRows.add(product(p, ++rank, byId.get(p.product())));
        out.put("products", productRows);
        out.put("ranking", ranking(products, (Double) summary.get("click_to_buy_rate")));
        out.put("factors", factors.factors().stream().map(SessionReview::factor).toList());
        out.put("factor_model", factors.model());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sentiment = (List<Map<String, Object>>) comments.get("sentiment_over_time");
        out.put("suggestions", Suggestions.build(summary, timeline, products, factors.factors(), digest.topQuestions(10),
                sentiment, history, id -> byId.containsKey(id) ? byId.get(id).name() : id));
        out.put("comments", comments);
        return out;
    }

    private static Map<String, Object> session(RoomMetrics m) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("room", m.room());
        s.put("start", Timestamps.iso(m.start()));
        s.put("end", Timestamps.iso(m.end()));
        s.put("minutes", round((m.end() - m.start()) / 60_000.0, 2));
        s.put("events", m.events());
        return s;
    }

    private static Map<String, Object> funnel(RoomMetrics m, Map<String, Object> summary) {
        long[] users = {((Number) summary.get("uv")).longValue(), m.clickers(), m.orderers(), m.payers()};
        String[] stages = {"enter", "click", "order", "pay"};
        String[] labels = {"进入直播间", "点击商品", "下单", "支付成交"};
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("stage", stages[i]);
            r.put("label", labels[i]);
            r.put("users", users[i]);
            r.put("rate_from_previous", i == 0 ? null : ratio(users[i], users[i - 1]));
            r.put("rate_from_enter", i == 0 ? null : ratio(users[i], users[0]));
            rows.add(r);
        }
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("stages", rows);
        f.put("orders", summary.get("orders"));
        f.put("paid_orders", summary.get("paid_orders"));
        return f;
    }

    private static Double ratio(long a, long b) {
        return b == 0 ? null : (double) a / b;
    }

    private static Map<String, Object> row(MinuteRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        String iso = Timestamps.iso(r.minute());
        m.put("minute", iso);
        m.put("time", iso.substring(11, 16));
        m.put("online", r.online());
        m.put("enters", r.enters());
        m.put("leaves", r.leaves());
        m.put("comments", r.comments());
        m.put("likes", r.likes());
        m.put("clicks", r.clicks());
        m.put("carts", r.carts());
        m.put("orders", r.orders());
        m.put("paid_orders", r.paidOrders());
        m.put("gmv", r.gmv());
        m.put("attributed_paid_orders", r.attributedPaidOrders());
        m.put("attributed_gmv", r.attributedGmv());
        m.put("segment", r.segment());
        m.put("product", r.product());
        List<Map<String, Object>> markers = new ArrayList<>();
        for (Marker mk : r.markers()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("ts", Timestamps.iso(mk.ts()));
            x.put("kind", mk.kind());
            x.put("name", mk.name());
            x.put("product", mk.product());
            if (mk.discount() != null) x.put("discount", mk.discount());
            markers.add(x);
        }
        m.put("markers", markers);
        return m;
    }

    private static Map<String, Object> product(ProductRow p, int rank, Product catalogProduct) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rank", rank);
        m.put("product", p.product());
        m.put("name", catalogProduct == null ? null : catalogProduct.name());
        m.put("shows", p.shows());
        m.put("clicks", p.clicks());
        m.put("click_uv", p.clickUv());
        m.put("carts", p.carts());
        m.put("orders", p.orders());
        m.put("paid_orders", p.paidOrders());
        m.put("payers", p.payers());
        m.put("units", p.units());
        m.put("gmv", p.gmv());
        m.put("refunds", p.refunds());
        m.put("refund_amount", p.refundAmount());
        m.put("click_to_buy_rate", p.clickToBuyRate());
        return m;
    }

    /** Good (best sellers, high conversion) and needs-work (low conversion, refunds) products, with the reason. */
    static Map<String, Object> ranking(List<ProductRow> products, Double overall) {
        List<Map<String, Object>> good = new ArrayList<>(), work = new ArrayList<>();
        BigDecimal total = products.stream().map(ProductRow::gmv).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (int i = 0; i < Math.min(3, products.size()); i++) {
            ProductRow p = products.get(i);
            if (p.gmv().signum() <= 0) break;
            good.add(entry(p, "best_seller", "GMV 第 " + (i + 1) + " 名：" + Labels.yuan(p.gmv()) + "，占 "
                    + Labels.pct(p.gmv().doubleValue() / total.doubleValue())));
        }
        if (overall != null) {
            for (ProductRow p : products) {
                Double r = p.clickToBuyRate();
                if (r == null || p.clickUv() < 10) continue;
                if (r >= 1.3 * overall) {
                    good.add(entry(p, "high_conversion", "点击成交转化 " + Labels.pct(r) + "，全场 " + Labels.pct(overall)));
                } else if (r <= 0.6 * overall) {
                    work.add(entry(p, "low_conversion", "点击成交转化 " + Labels.pct(r) + "，全场 " + Labels.pct(overall) + "（" + p.clickUv() + " 人点击）"));
                }
            }
        }
        for (ProductRow p : products) {
            if (p.refunds() > 0 && p.paidOrders() > 0 && (p.refunds() >= 2 || p.refunds() >= 0.1 * p.paidOrders())) {
                work.add(entry(p, "refunds", "退款 " + p.refunds() + " 单（成交 " + p.paidOrders() + " 单），退款金额 " + Labels.yuan(p.refundAmount())));
            }
        }
        for (ProductRow p : products) {
            if (p.shows() > 0 && p.clicks() == 0) work.add(entry(p, "no_clicks", "讲解了 " + p.shows() + " 次但没有人点击"));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("good", good);
        m.put("needs_work", work);
        return m;
    }

    private static Map<String, Object> entry(ProductRow p, String reason, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", p.product());
        m.put("reason", reason);
        m.put("detail", detail);
        return m;
    }

    private static Map<String, Object> factor(Factor f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", f.kind());
        m.put("name", f.name());
        m.put("label", f.label());
        m.put("product", f.product());
        m.put("minutes", f.minutes());
        m.put("importance", round(f.importance(), 4));
        Map<String, Object> effects = new LinkedHashMap<>();
        f.effects().forEach((k, e) -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("per_minute", round(e.perMinute(), 4));
            x.put("lower", Double.isNaN(e.lower()) ? null : round(e.lower(), 4));
            x.put("upper", Double.isNaN(e.upper()) ? null : round(e.upper(), 4));
            x.put("lift", round(e.lift(), 4));
            x.put("significant", e.significant());
            effects.put(k, x);
        });
        m.put("effects", effects);
        m.put("explanation", f.explanation());
        return m;
    }

    private static double round(double v, int digits) {
        if (!Double.isFinite(v)) return 0;
        return BigDecimal.valueOf(v).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }
}
