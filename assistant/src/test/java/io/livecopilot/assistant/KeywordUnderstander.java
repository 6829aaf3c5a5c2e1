package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A test double of the NLU port: keyword intents and regex entities, enough to drive the assistant in unit tests. */
final class KeywordUnderstander implements CommentUnderstander {
    private static final Map<Intent, String[]> RULES = new LinkedHashMap<>();

    static {
        RULES.put(Intent.SPAM, new String[]{"加v", "加微", "私聊", "忽略", "系统提示", "傻逼"});
        RULES.put(Intent.COMPLAINT, new String[]{"起球", "客服不回", "虚假", "差评", "质量差"});
        RULES.put(Intent.ORDER_ISSUE, new String[]{"没显示", "改地址", "付款失败", "催发货", "还没发"});
        RULES.put(Intent.COMPARE, new String[]{"区别", "哪个好", "对比"});
        RULES.put(Intent.ASK_RECOMMEND, new String[]{"推荐", "买什么", "用哪个", "送男朋友", "送女朋友"});
        RULES.put(Intent.ASK_AFTERSALE, new String[]{"退", "无理由", "运费险", "保修", "售后", "换货"});
        RULES.put(Intent.ASK_SHIPPING, new String[]{"快递", "物流", "发货", "包邮", "几天到", "发吗", "能发"});
        RULES.put(Intent.ASK_STOCK, new String[]{"有货", "库存", "补货", "卖完", "抢不到", "还有吗", "没货"});
        RULES.put(Intent.ASK_SIZE, new String[]{"码", "尺码", "穿多大", "偏大", "偏小", "XL", "XXL"});
        RULES.put(Intent.ASK_DISCOUNT, new String[]{"券", "便宜点", "优惠", "满减", "买二送一", "送吗"});
        RULES.put(Intent.ASK_PRICE, new String[]{"多少钱", "多少米", "价格", "到手价", "几块", "什么价"});
        RULES.put(Intent.ASK_VARIANT, new String[]{"颜色", "什么色", "黑色", "白色", "几个色", "口味"});
        RULES.put(Intent.ASK_SPEC, new String[]{"面料", "材质", "容量", "多少毫升", "续航", "保质期", "成分", "净含量"});
        RULES.put(Intent.ASK_USAGE, new String[]{"能用吗", "能吃吗", "孕妇", "敏感肌", "怎么洗", "几岁"});
        RULES.put(Intent.ASK_AUTHENTICITY, new String[]{"正品", "防伪", "假货"});
        RULES.put(Intent.ASK_LINK, new String[]{"链接", "怎么拍", "上车"});
        RULES.put(Intent.REQUEST_SHOW, new String[]{"试穿", "看看", "再讲"});
        RULES.put(Intent.PRAISE, new String[]{"好看", "已拍", "回购", "喜欢"});
        RULES.put(Intent.GREETING, new String[]{"来了", "晚上好", "主播好"});
        RULES.put(Intent.INTERACTION, new String[]{"扣1", "666", "抽我"});
    }

    private static final Pattern LINK = Pattern.compile("(\\d{1,2})号|#(\\d{1,2})");
    private static final Pattern HEIGHT = Pattern.compile("(1\\d\\d)(?:cm|厘米)?(?!\\d|斤|kg|元|块|ml)");
    private static final Pattern JIN = Pattern.compile("(\\d{2,3})斤");
    private static final Pattern KG = Pattern.compile("(\\d{2,3})(?:kg|公斤)");
    private static final Pattern SIZE = Pattern.compile("\\b(XXL|XL|S|M|L|2[6-9])\\b|(XXL|XL|S|M|L)码?");
    private static final Pattern BUDGET = Pattern.compile("(\\d{2,5})(?:元|块)?(?:以内|以下)");
    private static final String[] REGIONS = {"新疆", "西藏", "青海", "海南", "内蒙古", "港澳", "香港", "澳门", "台湾", "北京", "上海", "广东", "浙江"};
    private static final String[] COLORS = {"黑色", "白色", "粉色", "米白", "焦糖", "紫色", "蓝色", "红色"};

    @Override
    public Understanding understand(String comment, Catalog catalog, String productOnShow) {
        String t = comment == null ? "" : comment.strip();
        Intent intent = Intent.OTHER;
        outer:
        for (Map.Entry<Intent, String[]> r : RULES.entrySet()) {
            for (String k : r.getValue()) {
                if (t.contains(k)) {
                    intent = r.getKey();
                    break outer;
                }
            }
        }
        Integer link = null;
        List<String> products = new ArrayList<>();
        Matcher m = LINK.matcher(t);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (link == null) link = n;
            catalog.byLinkNo(n).ifPresent(p -> products.add(p.id()));
        }
        for (Product p : catalog.products()) {
            for (String name : p.names()) if (t.contains(name) && !products.contains(p.id())) products.add(p.id());
        }
        if (products.isEmpty() && (t.contains("这个") || t.contains("这款")) && productOnShow != null) products.add(productOnShow);
        Integer h = null;
        Double w = null;
        m = JIN.matcher(t);
        if (m.find()) w = Integer.parseInt(m.group(1)) / 2.0;
        m = KG.matcher(t);
        if (w == null && m.find()) w = Double.parseDouble(m.group(1));
        m = HEIGHT.matcher(t);
        if (m.find()) h = Integer.parseInt(m.group(1));
        String size = null;
        m = SIZE.matcher(t.toUpperCase());
        if (intent == Intent.ASK_SIZE && m.find()) size = m.group(1) != null ? m.group(1) : m.group(2);
        String region = null;
        for (String r : REGIONS) if (t.contains(r)) region = r;
        String color = null;
        for (String c : COLORS) if (t.contains(c)) color = c;
        if (intent == Intent.OTHER && region != null) intent = Intent.ASK_SHIPPING;
        BigDecimal budget = null;
        m = BUDGET.matcher(t);
        if (m.find()) budget = new BigDecimal(m.group(1));
        Entities e = new Entities(link, products.isEmpty() ? null : products.get(0), products, size, color, h, w, budget, null, region);
        Sentiment s = intent == Intent.PRAISE ? Sentiment.POSITIVE : intent == Intent.COMPLAINT ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        return new Understanding(t, intent, intent == Intent.OTHER ? 0.3 : 0.9, e, s, s == Sentiment.POSITIVE ? 0.9 : 0.5);
    }
}
