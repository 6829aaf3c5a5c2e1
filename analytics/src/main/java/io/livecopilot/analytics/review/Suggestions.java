package io.livecopilot.analytics.review;

import io.livecopilot.analytics.Marker;
import io.livecopilot.analytics.MinuteRow;
import io.livecopilot.analytics.ProductRow;
import io.livecopilot.analytics.factor.Effect;
import io.livecopilot.analytics.factor.Factor;
import io.livecopilot.analytics.factor.FactorAnalysis;
import io.livecopilot.core.event.Timestamps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The review's suggestions: plain-Chinese advice, each citing the evidence it rests on (times, counts, ratios), from
 * rules over the timeline, the products, the factors, the comments and the room's history.
 */
final class Suggestions {
    private final List<Map<String, Object>> out = new ArrayList<>();
    private final Function<String, String> productName;

    private Suggestions(Function<String, String> productName) {
        this.productName = productName;
    }

    static List<Map<String, Object>> build(Map<String, Object> summary, List<MinuteRow> timeline, List<ProductRow> products,
                                           List<Factor> factors, List<Map<String, Object>> topQuestions,
                                           List<Map<String, Object>> sentiment, Map<String, Object> history,
                                           Function<String, String> productName) {
        Suggestions s = new Suggestions(productName);
        s.coupons(timeline);
        s.products(summary, products, topQuestions);
        s.onlineDrop(timeline);
        s.factors(factors);
        s.questions(topQuestions);
        s.sentiment(sentiment);
        s.history(history);
        if (s.out.isEmpty()) {
            s.add("overview", String.format(Locale.ROOT, "本场成交 %s 单、GMV %s；数据不足以得出更具体的建议，下场可增加发券和商品讲解的记录。",
                    summary.get("paid_orders"), Labels.yuan((BigDecimal) summary.get("gmv"))), Map.of());
        }
        return s.out;
    }

    private void add(String kind, String text, Map<String, Object> evidence) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("text", text);
        m.put("evidence", evidence);
        out.add(m);
    }

    private String name(String product) {
        String n = productName.apply(product);
        return n == null || n.equals(product) ? product : product + "（" + n + "）";
    }

    private static String hhmm(long ts) { return Timestamps.iso(ts).substring(11, 16); }

    /** Coupon releases by their before/after density: all when at most three, else the two best and the worst. */
    private void coupons(List<MinuteRow> t) {
        int start = out.size();
        couponEach(t);
        List<Map<String, Object>> mine = new ArrayList<>(out.subList(start, out.size()));
        if (mine.size() <= 3) return;
        out.subList(start, out.size()).clear();
        Comparator<Map<String, Object>> byGain = Comparator.comparingDouble(m -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> ev = (Map<String, Object>) m.get("evidence");
            return (Double) ev.get("paid_per_min_after") - (Double) ev.get("paid_per_min_before");
        });
        mine.sort(byGain.reversed());
        out.add(mine.get(0));
        out.add(mine.get(1));
        out.add(mine.get(mine.size() - 1));
    }

    private void couponEach(List<MinuteRow> t) {
        for (int i = 0; i < t.size(); i++) {
            for (Marker m : t.get(i).markers()) {
                if (!m.kind().equals("coupon")) continue;
                int b0 = Math.max(0, i - 5), a1 = Math.min(t.size(), i + 5);
                if (i - b0 < 2 || a1 - i < 2) continue;
                double before = paidPerMinute(t, b0, i), after = paidPerMinute(t, i, a1);
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("coupon", m.name());
                ev.put("released", Timestamps.iso(m.ts()));
                ev.put("paid_per_min_before", round(before));
                ev.put("paid_per_min_after", round(after));
                String what = m.name() + (m.discount() != null ? "，减" + m.discount().stripTrailingZeros().toPlainString() + "元" : "")
                        + (m.product() != null ? "，" + name(m.product()) : "");
                if (before > 0 && after >= 1.2 * before) {
                    ev.put("ratio", round(after / before));
                    add("coupon", String.format(Locale.ROOT, "%s 发券（%s）后 %d 分钟成交密度提升 %.1f 倍（每分钟 %s → %s 单）：券有效，下场在在线高峰前后发券，并提前预告发券时间留人。",
                            hhmm(m.ts()), what, a1 - i, after / before, Labels.num(before), Labels.num(after)), ev);
                } else if (before == 0 && after > 0) {
                    add("coupon", String.format(Locale.ROOT, "%s 发券（%s）前 %d 分钟没有成交，发券后 %d 分钟每分钟成交 %s 单：券带动了成交，下场保留。",
                            hhmm(m.ts()), what, i - b0, a1 - i, Labels.num(after)), ev);
                } else {
                    ev.put("ratio", before > 0 ? round(after / before) : null);
                    add("coupon", String.format(Locale.ROOT, "%s 发券（%s）后 %d 分钟成交密度没有提升（每分钟 %s → %s 单）：检查券的门槛和力度，或换在讲解高潮时发。",
                            hhmm(m.ts()), what, a1 - i, Labels.num(before), Labels.num(after)), ev);
                }
            }
        }
    }

    private static double paidPerMinute(List<MinuteRow> t, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) s += t.get(i).paidOrders();
        return s / (to - from);
    }

    private void products(Map<String, Object> summary, List<ProductRow> products, List<Map<String, Object>> questions) {
        BigDecimal gmv = (BigDecimal) summary.get("gmv");
        if (products.isEmpty() || gmv.signum() == 0) return;
        ProductRow best = products.get(0);
        if (best.gmv().signum() > 0) {
            double share = best.gmv().doubleValue() / gmv.doubleValue();
            add("best_seller", String.format(Locale.ROOT, "%s 是本场爆款：成交 %d 单、GMV %s，占全场 %s%s：下场继续主推，放在在线高峰讲解，并备足库存。",
                    name(best.product()), best.paidOrders(), Labels.yuan(best.gmv()), Labels.pct(share),
                    best.clickToBuyRate() == null ? "" : "，点击成交转化 " + Labels.pct(best.clickToBuyRate())),
                    Map.of("product", best.product(), "gmv", best.gmv(), "share", round(share)));
        }
        Double overall = (Double) summary.get("click_to_buy_rate");
        if (overall == null || overall == 0) return;
        List<ProductRow> clicked = products.stream().filter(p -> p.clickUv() >= 10 && p.clickToBuyRate() != null).toList();
        if (clicked.size() < 2) return;
        double medianUv = clicked.stream().mapToInt(ProductRow::clickUv).sorted().toArray()[clicked.size() / 2];
        for (ProductRow p : clicked) {
            double r = p.clickToBuyRate();
            if (r >= 1.5 * overall && p.clickUv() < medianUv && p != best) {
                add("hidden_gem", String.format(Locale.ROOT, "%s 点击成交转化 %s（全场 %s），但只有 %d 人点击：加长讲解或提前上架，让更多人看到。",
                        name(p.product()), Labels.pct(r), Labels.pct(overall), p.clickUv()),
                        Map.of("product", p.product(), "click_to_buy_rate", round(r), "click_uv", p.clickUv()));
            } else if (r <= 0.5 * overall && p.clickUv() >= medianUv && stockQuestions(questions, p.product()) >= 5) {
                add("stock", String.format(Locale.ROOT, "%s 有 %d 人点击但只有 %d 人成交，观众问了 %d 次库存：很可能已售罄或库存不足，及时补货、换链接或停止讲解。",
                        name(p.product()), p.clickUv(), p.payers(), stockQuestions(questions, p.product())),
                        Map.of("product", p.product(), "click_uv", p.clickUv(), "stock_questions", stockQuestions(questions, p.product())));
            } else if (r <= 0.5 * overall && p.clickUv() >= medianUv) {
                add("low_conversion", String.format(Locale.ROOT, "%s 有 %d 人点击但只有 %d 人成交（转化 %s，全场 %s）：价格或卖点没说服观众，检查价格、详情页和讲解话术。",
                        name(p.product()), p.clickUv(), p.payers(), Labels.pct(r), Labels.pct(overall)),
                        Map.of("product", p.product(), "click_to_buy_rate", round(r), "click_uv", p.clickUv()));
            }
        }
        for (ProductRow p : products) {
            if (p.paidOrders() >= 5 && p.refunds() >= 2 && p.refunds() >= 0.1 * p.paidOrders()) {
                double rr = (double) p.refunds() / p.paidOrders();
                add("refunds", String.format(Locale.ROOT, "%s 退款率 %s（%d/%d 单，退款 %s）：核对讲解描述与实物是否一致，尺码/规格说明是否清楚。",
                        name(p.product()), Labels.pct(rr), p.refunds(), p.paidOrders(), Labels.yuan(p.refundAmount())),
                        Map.of("product", p.product(), "refund_rate", round(rr), "refunds", p.refunds()));
            }
        }
    }

    private static int stockQuestions(List<Map<String, Object>> questions, String product) {
        int n = 0;
        for (Map<String, Object> q : questions) {
            if ("ask_stock".equals(q.get("intent")) && product.equals(q.get("product"))) n += ((Number) q.get("count")).intValue();
        }
        return n;
    }

    private void onlineDrop(List<MinuteRow> t) {
        int bestI = -1;
        double worst = 0;
        for (int i = 0; i + 5 < t.size(); i++) {
            int a = t.get(i).online(), b = t.get(i + 5).online();
            if (a < 20) continue;
            double drop = (double) (a - b) / a;
            if (drop > worst) {
                worst = drop;
                bestI = i;
            }
        }
        if (bestI >= 0 && worst >= 0.2 && bestI + 5 < t.size() - 3) {
            MinuteRow a = t.get(bestI), b = t.get(bestI + 5);
            String seg = a.segment() == null ? "" : "，当时在“" + FactorAnalysis.segmentName(a.segment()) + "”环节" + (a.product() == null ? "" : "（" + name(a.product()) + "）");
            add("online_drop", String.format(Locale.ROOT, "%s-%s 在线人数从 %d 降到 %d（-%s）%s：缩短这一段，或在此处安排福利、抽奖留人。",
                    hhmm(a.minute()), hhmm(b.minute()), a.online(), b.online(), Labels.pct(worst), seg),
                    Map.of("from", Timestamps.iso(a.minute()), "online_before", a.online(), "online_after", b.online()));
        }
        MinuteRow peak = null;
        for (MinuteRow r : t) if (peak == null || r.online() > peak.online()) peak = r;
        if (peak != null && peak.online() > 0 && peak.product() != null) {
            add("peak", String.format(Locale.ROOT, "在线峰值出现在 %s（%d 人），正在讲解 %s：把利润款或新品安排在这个时段。",
                    hhmm(peak.minute()), peak.online(), name(peak.product())),
                    Map.of("minute", Timestamps.iso(peak.minute()), "online", peak.online()));
        }
    }

    private void factors(List<Factor> factors) {
        int added = 0;
        for (Factor f : factors) {
            if (added >= 3) break;
            if (f.kind().equals("moment")) continue;
            Effect e = f.effects().get("paid_orders");
            if (e == null || !e.significant() || Math.abs(e.lift()) < 0.2) continue;
            String interval = String.format(Locale.ROOT, "95%%区间 %+.0f%% ~ %+.0f%%", e.lowerLift() * 100, e.upperLift() * 100);
            String what = switch (f.kind()) {
                case "segment" -> "“" + FactorAnalysis.segmentName(f.name()) + "”环节";
                case "product" -> "讲解 " + name(f.name()) + " 时";
                case "price" -> "讲解的商品每贵一档（" + f.label().replaceAll("^.*（|）$", "") + "）";
                default -> f.label();
            };
            String advice = e.lift() > 0
                    ? switch (f.kind()) {
                        case "coupon" -> "在在线高峰前后发券，并提前预告发券时间。";
                        case "segment" -> "加长这类环节。";
                        case "product" -> "下场加长它的讲解或作为主推款。";
                        default -> "保留这种做法。";
                    }
                    : switch (f.kind()) {
                        case "coupon" -> "检查券的门槛和力度。";
                        case "segment" -> "缩短这类环节，或在其中穿插商品讲解。";
                        case "product" -> "检查它的价格、库存和卖点讲解。";
                        case "price" -> "高价款多讲价值点，或配合优惠券。";
                        default -> "找出原因。";
                    };
            add("factor", String.format(Locale.ROOT, "%s点击成交转化%s %.0f%%（%s，已控制点击量）：%s",
                    what, e.lift() > 0 ? "高出" : "低了", Math.abs(e.lift()) * 100, interval, advice),
                    Map.of("factor", f.kind(), "name", f.name(), "conversion_lift", round(e.lift())));
            added++;
        }
    }

    private void questions(List<Map<String, Object>> top) {
        if (top.isEmpty()) return;
        Map<String, Object> q = top.get(0);
        int count = ((Number) q.get("count")).intValue();
        if (count < 3) return;
        Object product = q.get("product");
        String example = String.valueOf(q.get("example"));
        if (example.length() > 30) example = example.substring(0, 30) + "…";
        add("question", String.format(Locale.ROOT, "观众问得最多的是“%s”%s（%d 次，例如“%s”）：在讲解话术里主动说清楚，并为它设置自动回复。",
                Labels.intent(String.valueOf(q.get("intent"))), product == null ? "" : "（" + name(String.valueOf(product)) + "）", count, example),
                Map.of("intent", q.get("intent"), "count", count));
    }

    private void sentiment(List<Map<String, Object>> buckets) {
        Map<String, Object> worst = null;
        double share = 0;
        for (Map<String, Object> b : buckets) {
            int pos = (Integer) b.get("positive"), neg = (Integer) b.get("negative"), neu = (Integer) b.get("neutral");
            int all = pos + neg + neu;
            if (all < 10) continue;
            double s = (double) neg / all;
            if (s > share) {
                share = s;
                worst = b;
            }
        }
        if (worst != null && share >= 0.3) {
            add("sentiment", String.format(Locale.ROOT, "%s 起的 5 分钟负面评论占 %s：回看这段的讲解和评论，及时回应质疑或投诉。",
                    worst.get("time"), Labels.pct(share)), Map.of("start", worst.get("start"), "negative_share", round(share)));
        }
    }

    @SuppressWarnings("unchecked")
    private void history(Map<String, Object> history) {
        Object m = history.get("metrics");
        if (!(m instanceof Map)) return;
        Map<String, Object> metrics = (Map<String, Object>) m;
        int n = ((Number) history.get("sessions")).intValue();
        for (String key : List.of("gmv", "buy_rate", "click_to_buy_rate", "avg_watch_s", "interaction_rate")) {
            Object r = metrics.get(key);
            if (!(r instanceof Map)) continue;
            Map<String, Object> row = (Map<String, Object>) r;
            Object level = row.get("level");
            if (!(row.get("value") instanceof Number v)) continue;
            double median = ((Number) row.get("median")).doubleValue();
            boolean rate = key.endsWith("_rate");
            Function<Double, String> fmt = rate ? Labels::pct : key.equals("gmv") ? x -> Labels.yuan(BigDecimal.valueOf(x)) : Labels::num;
            String now = fmt.apply(v.doubleValue());
            String med = fmt.apply(median);
            if (median != 0 && Math.abs(v.doubleValue() / median - 1) < 0.05) continue; // within 5 %: not worth a remark
            if ("below_median".equals(level)) {
                add("history", String.format(Locale.ROOT, "本场%s %s，低于本直播间近 %d 场的中位数 %s：对照上面的因素找原因。",
                        Labels.metric(key), now, n, med), Map.of("metric", key, "value", v, "median", median));
            } else if ("above_p75".equals(level)) {
                add("history", String.format(Locale.ROOT, "本场%s %s，高于本直播间近 %d 场的 75 分位（%s）：保留本场的做法。",
                        Labels.metric(key), now, n, fmt.apply(((Number) row.get("p75")).doubleValue())),
                        Map.of("metric", key, "value", v, "p75", row.get("p75")));
            }
        }
    }

    private static double round(double v) {
        return BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
