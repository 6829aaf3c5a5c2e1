package io.livecopilot.analytics.review;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** Chinese labels and number formats shared by the review's JSON, suggestions and HTML. */
final class Labels {
    private Labels() {}

    static final Map<String, String> METRICS = Map.ofEntries(
            Map.entry("pv", "观看人次"), Map.entry("uv", "场观（观看人数）"), Map.entry("peak_online", "最高在线"),
            Map.entry("avg_online", "平均在线"), Map.entry("avg_watch_s", "人均观看时长（秒）"), Map.entry("comments", "评论"),
            Map.entry("likes", "点赞"), Map.entry("shares", "分享"), Map.entry("follows", "新增粉丝"),
            Map.entry("interaction_rate", "互动率"), Map.entry("follow_rate", "转粉率"), Map.entry("product_click_rate", "商品点击率"),
            Map.entry("click_to_buy_rate", "点击-成交转化率"), Map.entry("buy_rate", "看播成交转化率"), Map.entry("orders", "下单"),
            Map.entry("paid_orders", "成交订单"), Map.entry("gmv", "成交金额"), Map.entry("refund_amount", "退款金额"),
            Map.entry("net_gmv", "净成交"), Map.entry("gpm", "千次观看成交"), Map.entry("uv_value", "UV价值"), Map.entry("aov", "客单价"),
            Map.entry("refund_rate", "退款率"), Map.entry("orders_per_min", "成交密度（单/分钟）"), Map.entry("carts", "加购"),
            Map.entry("gifts", "礼物"), Map.entry("gift_value", "礼物金额"), Map.entry("duration_s", "时长（秒）"));

    static final Map<String, String> INTENTS = Map.ofEntries(
            Map.entry("ask_price", "问价格"), Map.entry("ask_discount", "问优惠"), Map.entry("ask_link", "问链接"),
            Map.entry("ask_size", "问尺码"), Map.entry("ask_variant", "问颜色款式"), Map.entry("ask_spec", "问规格参数"),
            Map.entry("ask_usage", "问用法"), Map.entry("ask_stock", "问库存"), Map.entry("ask_shipping", "问发货物流"),
            Map.entry("ask_aftersale", "问售后"), Map.entry("ask_authenticity", "问正品"), Map.entry("ask_recommend", "求推荐"),
            Map.entry("compare", "比较商品"), Map.entry("request_show", "要求展示"), Map.entry("order_issue", "订单问题"),
            Map.entry("complaint", "投诉"), Map.entry("praise", "夸赞"), Map.entry("greeting", "打招呼"),
            Map.entry("interaction", "互动"), Map.entry("spam", "垃圾信息"), Map.entry("other", "其他"));

    static String metric(String key) { return METRICS.getOrDefault(key, key); }

    static String intent(String wire) { return INTENTS.getOrDefault(wire, wire); }

    static String pct(double fraction) {
        double p = fraction * 100;
        return String.format(Locale.ROOT, p >= 10 || p == 0 ? "%.0f%%" : "%.1f%%", p);
    }

    static String yuan(BigDecimal v) {
        return "¥" + v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String num(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) return String.format(Locale.ROOT, "%.0f", v);
        return String.format(Locale.ROOT, Math.abs(v) >= 10 ? "%.0f" : "%.1f", v);
    }
}
