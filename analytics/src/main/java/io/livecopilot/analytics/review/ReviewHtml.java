package io.livecopilot.analytics.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livecopilot.analytics.Echarts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The review as ONE self-contained HTML page that opens offline: Apache ECharts inlined, the data inlined as escaped
 * JSON, interactive charts (online curve with segment and coupon markers, funnel, per-minute orders and GMV, product
 * ranking, comments by intent and sentiment), Chinese text. A Content-Security-Policy forbids every network load.
 *
 * <p>All user text (comments, product ids, room names) is escaped: HTML text through {@link #escape}, the data block
 * with {@code <}, {@code >}, {@code &} and line separators as JSON escapes, and chart tooltips drawn as rich text on
 * the canvas rather than as HTML.
 */
public final class ReviewHtml {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReviewHtml() {}

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(Object value) {
        String s = String.valueOf(value);
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The review's JSON, safe inside a {@code <script>} element. */
    static String scriptJson(Object value) {
        String s;
        try {
            s = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder sb = new StringBuilder(s.length() + 64);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                case '\u2028' -> sb.append("\\u2028");
                case '\u2029' -> sb.append("\\u2029");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Renders the review made by {@link SessionReview#review}. */
    @SuppressWarnings("unchecked")
    public static String render(Map<String, Object> review) {
        Map<String, Object> session = (Map<String, Object>) review.get("session");
        Map<String, Object> metrics = (Map<String, Object>) review.get("metrics");
        Map<String, Object> history = (Map<String, Object>) review.get("history");
        StringBuilder h = new StringBuilder(1_200_000);
        h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>直播复盘 · ").append(escape(session.get("room"))).append("</title>\n<style>")
                .append(CSS).append("</style>\n<script>\n").append(Echarts.script()).append("\n</script>\n</head><body>\n");
        h.append("<header><h1>直播复盘</h1><p>直播间 <b>").append(escape(session.get("room"))).append("</b> · ")
                .append(escape(String.valueOf(session.get("start")).replace('T', ' ').substring(0, 16))).append(" 至 ")
                .append(escape(String.valueOf(session.get("end")).replace('T', ' ').substring(11, 16))).append(" · ")
                .append(escape(session.get("minutes"))).append(" 分钟 · ").append(escape(session.get("events"))).append(" 个事件</p></header>\n");

        h.append("<section><h2>核心指标</h2><div class=\"cards\">");
        Map<String, Object> hist = history.get("metrics") instanceof Map ? (Map<String, Object>) history.get("metrics") : Map.of();
        for (String key : List.of("gmv", "paid_orders", "uv", "pv", "peak_online", "avg_online", "avg_watch_s", "interaction_rate",
                "follow_rate", "product_click_rate", "click_to_buy_rate", "buy_rate", "gpm", "uv_value", "aov", "refund_rate",
                "net_gmv", "orders_per_min", "comments", "likes", "shares", "follows", "orders", "refund_amount")) {
            Object v = metrics.get(key);
            h.append("<div class=\"card\"><div class=\"k\">").append(escape(Labels.metric(key))).append("</div><div class=\"v\">")
                    .append(escape(format(key, v))).append("</div>");
            if (hist.get(key) instanceof Map<?, ?> row) {
                Object level = row.get("level");
                String cls = "above_p75".equals(level) ? "up" : "below_median".equals(level) ? "down" : "mid";
                h.append("<div class=\"h ").append(cls).append("\">历史中位 ").append(escape(format(key, row.get("median"))))
                        .append(" · P75 ").append(escape(format(key, row.get("p75")))).append("</div>");
            }
            h.append("</div>");
        }
        h.append("</div>");
        h.append("<p class=\"note\">").append(escape(((Number) history.get("sessions")).intValue() > 0
                ? "对比本直播间过去 " + history.get("sessions") + " 场的中位数与 75 分位。"
                : "没有可对比的历史场次（" + history.getOrDefault("note", "") + "）。")).append("</p></section>\n");

        h.append("<section><h2>建议</h2><ol class=\"sugg\">");
        for (Map<String, Object> s : (List<Map<String, Object>>) review.get("suggestions")) {
            h.append("<li>").append(escape(s.get("text"))).append("</li>");
        }
        h.append("</ol></section>\n");

        h.append("<section><h2>在线人数（环节与发券标记）</h2><div class=\"chart\" id=\"c-online\"></div></section>\n");
        h.append("<section class=\"two\"><div><h2>转化漏斗</h2><div class=\"chart\" id=\"c-funnel\"></div></div>")
                .append("<div><h2>商品 GMV 排行</h2><div class=\"chart\" id=\"c-products\"></div></div></section>\n");
        h.append("<section><h2>每分钟成交订单与 GMV</h2><div class=\"chart\" id=\"c-orders\"></div></section>\n");

        h.append("<section><h2>关键因素</h2><p class=\"note\">").append(escape(((Map<String, Object>) review.get("factor_model")).get("method")))
                .append("</p><table><tr><th>#</th><th>因素</th><th>类型</th><th>说明</th></tr>");
        int i = 0;
        for (Map<String, Object> f : (List<Map<String, Object>>) review.get("factors")) {
            h.append("<tr><td>").append(++i).append("</td><td>").append(escape(f.get("label"))).append("</td><td>")
                    .append(escape(kindName(String.valueOf(f.get("kind"))))).append("</td><td>").append(escape(f.get("explanation"))).append("</td></tr>");
        }
        h.append("</table></section>\n");

        h.append("<section><h2>商品表现</h2><table><tr><th>排名</th><th>商品</th><th>讲解</th><th>点击</th><th>点击人数</th><th>下单</th><th>成交</th><th>件数</th><th>GMV</th><th>点击成交转化</th><th>退款</th></tr>");
        for (Map<String, Object> p : (List<Map<String, Object>>) review.get("products")) {
            h.append("<tr><td>").append(escape(p.get("rank"))).append("</td><td>").append(escape(p.get("product")))
                    .append(p.get("name") == null ? "" : " " + escape(p.get("name"))).append("</td><td>").append(escape(p.get("shows")))
                    .append("</td><td>").append(escape(p.get("clicks"))).append("</td><td>").append(escape(p.get("click_uv")))
                    .append("</td><td>").append(escape(p.get("orders"))).append("</td><td>").append(escape(p.get("paid_orders")))
                    .append("</td><td>").append(escape(p.get("units"))).append("</td><td>").append(escape(format("gmv", p.get("gmv"))))
                    .append("</td><td>").append(escape(format("click_to_buy_rate", p.get("click_to_buy_rate"))))
                    .append("</td><td>").append(escape(p.get("refunds"))).append("</td></tr>");
        }
        h.append("</table>");
        Map<String, Object> ranking = (Map<String, Object>) review.get("ranking");
        h.append("<div class=\"two\"><div><h3>做得好</h3><ul>");
        for (Map<String, Object> e : (List<Map<String, Object>>) ranking.get("good")) {
            h.append("<li><b>").append(escape(e.get("product"))).append("</b> ").append(escape(e.get("detail"))).append("</li>");
        }
        h.append("</ul></div><div><h3>需要改进</h3><ul>");
        for (Map<String, Object> e : (List<Map<String, Object>>) ranking.get("needs_work")) {
            h.append("<li><b>").append(escape(e.get("product"))).append("</b> ").append(escape(e.get("detail"))).append("</li>");
        }
        h.append("</ul></div></div></section>\n");

        Map<String, Object> comments = (Map<String, Object>) review.get("comments");
        h.append("<section><h2>评论分析</h2><p class=\"note\">共 ").append(escape(comments.get("total"))).append(" 条评论")
                .append(comments.containsKey("note") ? "；未做意图和情绪识别" : "").append("。</p>")
                .append("<div class=\"two\"><div><h3>按意图</h3><div class=\"chart small\" id=\"c-intents\"></div></div>")
                .append("<div><h3>情绪随时间</h3><div class=\"chart small\" id=\"c-sentiment\"></div></div></div>");
        h.append("<div class=\"two\"><div><h3>热词</h3><p class=\"words\">");
        for (Map<String, Object> w : (List<Map<String, Object>>) comments.get("hot_words")) {
            h.append("<span>").append(escape(w.get("word"))).append(" <small>").append(escape(w.get("count"))).append("</small></span> ");
        }
        h.append("</p></div><div><h3>问得最多的问题</h3><table><tr><th>问题</th><th>商品</th><th>次数</th><th>例句</th></tr>");
        for (Map<String, Object> q : (List<Map<String, Object>>) comments.get("top_questions")) {
            h.append("<tr><td>").append(escape(Labels.intent(String.valueOf(q.get("intent"))))).append("</td><td>")
                    .append(q.get("product") == null ? "" : escape(q.get("product"))).append("</td><td>").append(escape(q.get("count")))
                    .append("</td><td>").append(escape(q.get("example"))).append("</td></tr>");
        }
        h.append("</table></div></div></section>\n");
        if (review.get("viewers") instanceof Map<?, ?> viewers) {
            h.append("<section><h2>观众画像与推荐</h2><p class=\"note\">");
            Map<String, Object> rec = (Map<String, Object>) viewers.get("recommender");
            h.append(escape("回访观众 " + viewers.get("returning") + " 人。"));
            if (rec != null && rec.get("hit_rate") instanceof Number hr) {
                h.append(escape(String.format(java.util.Locale.ROOT, "商品推荐（相似商品）在留出的 %s 次购买上命中率 %.1f%%（前 %s 个推荐），热门榜基线 %.1f%%。",
                        rec.get("test_cases"), hr.doubleValue() * 100, rec.get("k"), ((Number) rec.get("popularity_hit_rate")).doubleValue() * 100)));
            } else if (rec != null) {
                h.append(escape("推荐命中率：" + rec.get("note")));
            }
            h.append("</p><table><tr><th>观众</th><th>场次</th><th>点击</th><th>加购</th><th>下单</th><th>消费</th><th>偏好品类</th><th>价格带</th><th>感兴趣的商品</th></tr>");
            for (Map<String, Object> p : (List<Map<String, Object>>) viewers.get("profiles")) {
                h.append("<tr><td>").append(escape(p.get("user"))).append("</td><td>").append(escape(p.get("sessions")))
                        .append("</td><td>").append(escape(p.get("clicks"))).append("</td><td>").append(escape(p.get("carts")))
                        .append("</td><td>").append(escape(p.get("orders"))).append("</td><td>").append(escape(format("gmv", p.get("spend"))))
                        .append("</td><td>").append(escape(((Map<String, Object>) p.get("categories")).keySet()))
                        .append("</td><td>").append(p.get("price_band") == null ? "—" : escape(p.get("price_band")))
                        .append("</td><td>").append(escape(String.join("、", (List<String>) p.get("likes")))).append("</td></tr>");
            }
            h.append("</table></section>\n");
        }
        h.append("<footer>LiveCopilot 生成 · 图表：Apache ECharts ").append(Echarts.VERSION).append("（Apache-2.0，已内嵌，离线可用）</footer>\n");
        h.append("<script type=\"application/json\" id=\"review-data\">").append(scriptJson(review)).append("</script>\n");
        h.append("<script type=\"application/json\" id=\"intent-names\">").append(scriptJson(Labels.INTENTS)).append("</script>\n");
        h.append("<script>\n").append(CHARTS).append("\n</script>\n</body></html>\n");
        return h.toString();
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case "coupon" -> "优惠券";
            case "segment" -> "环节";
            case "product" -> "商品";
            case "price" -> "价格";
            case "moment" -> "时刻";
            default -> kind;
        };
    }

    static String format(String key, Object v) {
        if (v == null) return "—";
        if (v instanceof BigDecimal b) return Labels.yuan(b);
        if (key.endsWith("_rate") && v instanceof Number n) return Labels.pct(n.doubleValue());
        if (v instanceof Double d) return String.format(java.util.Locale.ROOT, d >= 100 ? "%.0f" : "%.2f", d);
        if (List.of("gmv", "gpm", "uv_value", "aov", "net_gmv", "refund_amount").contains(key) && v instanceof Number n) {
            return Labels.yuan(BigDecimal.valueOf(n.doubleValue()));
        }
        return String.valueOf(v);
    }

    private static final String CSS = """
            body{font-family:"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;margin:0;background:#f5f6f8;color:#222}
            header{background:#1f2d3d;color:#fff;padding:16px 24px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.85}
            section{background:#fff;margin:16px 24px;padding:12px 20px;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.08)}
            h2{font-size:17px;margin:6px 0 10px}h3{font-size:15px;margin:8px 0}
            .cards{display:flex;flex-wrap:wrap;gap:10px}.card{width:150px;padding:8px 10px;border:1px solid #e5e7eb;border-radius:6px}
            .card .k{font-size:12px;color:#666}.card .v{font-size:20px;font-weight:600;margin:2px 0}.card .h{font-size:11px;color:#888}
            .card .h.up{color:#15803d}.card .h.down{color:#b91c1c}
            .chart{width:100%;height:340px}.chart.small{height:280px}
            .two{display:flex;gap:20px;flex-wrap:wrap}.two>div{flex:1;min-width:320px}
            table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #eee;padding:5px 6px;text-align:left;vertical-align:top}
            .sugg li{margin:6px 0;line-height:1.6}.note{color:#666;font-size:12px}.words span{display:inline-block;background:#eef2ff;border-radius:12px;padding:2px 10px;margin:3px}
            footer{color:#888;font-size:12px;margin:16px 24px}
            """;

    private static final String CHARTS = """
            (function(){
            var d = JSON.parse(document.getElementById('review-data').textContent);
            if (typeof echarts === 'undefined') return;
            var segName = {opening:'开场', pitch:'讲解', interaction:'互动', promo:'促销', closing:'收尾', other:'其他'};
            var tl = d.timeline, times = tl.map(function(r){return r.time;});
            var tip = {trigger:'axis', renderMode:'richText'};
            function chart(id, option){ var el = document.getElementById(id); if (!el) return; var c = echarts.init(el); c.setOption(option); window.addEventListener('resize', function(){c.resize();}); }
            var couponLines = [], showLines = [];
            tl.forEach(function(r){ r.markers.forEach(function(m){
              if (m.kind === 'coupon') couponLines.push({xAxis:r.time, name:'券 ' + m.name, lineStyle:{color:'#dc2626', width:2}, label:{formatter:'券 ' + m.name, color:'#dc2626'}});
              else if (m.kind === 'product_show') showLines.push({xAxis:r.time, name:m.name, lineStyle:{color:'#9ca3af', type:'dashed'}, label:{formatter:m.name, color:'#6b7280', position:'insideEndTop'}});
            });});
            var areas = [], start = 0;
            for (var i = 1; i <= tl.length; i++) {
              if (i === tl.length || tl[i].segment !== tl[start].segment) {
                if (tl[start].segment) areas.push([{xAxis:tl[start].time, name:(segName[tl[start].segment]||tl[start].segment), itemStyle:{color: areas.length % 2 ? 'rgba(59,130,246,0.06)' : 'rgba(16,185,129,0.08)'}}, {xAxis:tl[i-1].time}]);
                start = i;
              }
            }
            chart('c-online', {tooltip:tip, grid:{left:50,right:30,top:40,bottom:60}, dataZoom:[{type:'inside'},{type:'slider'}],
              xAxis:{type:'category', data:times}, yAxis:{type:'value', name:'在线'},
              series:[{name:'在线人数', type:'line', showSymbol:false, data:tl.map(function(r){return r.online;}), areaStyle:{opacity:0.15},
                markArea:{silent:true, label:{color:'#555'}, data:areas}, markLine:{symbol:'none', silent:true, data:couponLines.concat(showLines)}},
                {name:'进入', type:'bar', data:tl.map(function(r){return r.enters;}), itemStyle:{color:'#a7f3d0'}}]});
            var st = d.funnel.stages;
            chart('c-funnel', {tooltip:{trigger:'item', renderMode:'richText'}, series:[{type:'funnel', sort:'none', left:'10%', width:'80%', minSize:'8%',
              label:{formatter:function(p){ var s = st[p.dataIndex]; return s.label + ' ' + s.users + (s.rate_from_previous == null ? '' : ' (' + (s.rate_from_previous*100).toFixed(1) + '%)'); }},
              data:st.map(function(s){return {name:s.label, value:s.users};})}]});
            var prods = d.products.slice(0, 15).reverse();
            chart('c-products', {tooltip:{trigger:'axis', renderMode:'richText'}, grid:{left:80,right:30,top:20,bottom:30},
              xAxis:{type:'value', name:'GMV'}, yAxis:{type:'category', data:prods.map(function(p){return p.product;})},
              series:[{name:'GMV', type:'bar', data:prods.map(function(p){return Number(p.gmv);}), itemStyle:{color:'#f59e0b'}}]});
            chart('c-orders', {tooltip:tip, legend:{data:['成交订单','GMV']}, grid:{left:50,right:60,top:40,bottom:60}, dataZoom:[{type:'inside'},{type:'slider'}],
              xAxis:{type:'category', data:times}, yAxis:[{type:'value', name:'单'},{type:'value', name:'GMV'}],
              series:[{name:'成交订单', type:'bar', data:tl.map(function(r){return r.paid_orders;}), itemStyle:{color:'#3b82f6'}, markLine:{symbol:'none', silent:true, data:couponLines}},
                {name:'GMV', type:'line', yAxisIndex:1, showSymbol:false, data:tl.map(function(r){return Number(r.gmv);}), itemStyle:{color:'#ef4444'}}]});
            var intentName = JSON.parse(document.getElementById('intent-names').textContent);
            var intents = Object.keys(d.comments.by_intent || {});
            chart('c-intents', {tooltip:{trigger:'axis', renderMode:'richText'}, grid:{left:110,right:20,top:10,bottom:30},
              xAxis:{type:'value'}, yAxis:{type:'category', data:intents.slice().reverse().map(function(k){return intentName[k] || k;})},
              series:[{type:'bar', name:'评论', data:intents.slice().reverse().map(function(k){return d.comments.by_intent[k];}), itemStyle:{color:'#8b5cf6'}}]});
            var so = d.comments.sentiment_over_time || [];
            chart('c-sentiment', {tooltip:tip, legend:{data:['正面','中性','负面']}, grid:{left:40,right:20,top:40,bottom:30},
              xAxis:{type:'category', data:so.map(function(r){return r.time;})}, yAxis:{type:'value'},
              series:[{name:'正面', type:'bar', stack:'s', data:so.map(function(r){return r.positive;}), itemStyle:{color:'#22c55e'}},
                {name:'中性', type:'bar', stack:'s', data:so.map(function(r){return r.neutral;}), itemStyle:{color:'#cbd5e1'}},
                {name:'负面', type:'bar', stack:'s', data:so.map(function(r){return r.negative;}), itemStyle:{color:'#ef4444'}}]});
            })();
            """;
}
