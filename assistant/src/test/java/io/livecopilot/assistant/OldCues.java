package io.livecopilot.assistant;

import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;

/**
 * The cue router as it was before its speed-up (reference for tests). Routes a comment to the fact it asks about when the classifier did not see a question in it (or was unsure):
 * strong cue words such as 多少钱, 包邮, 退货, 什么码 or 售罄 decide. It never overrides a confident question intent,
 * a complaint, an order problem or spam.
 */
final class OldCues {
    private OldCues() {}

    private static final String[] PRICE = {"多少钱", "价格", "几块", "多少米", "什么价", "到手价", "到手多少", "价位", "怎么卖", "多钱", "啥价"};
    private static final String[] SHIPPING = {"快递", "物流", "发货", "包邮", "几天到", "邮费", "配送", "能发", "发吗", "寄"};
    private static final String[] AFTERSALE = {"退货", "退换", "能退", "可以退", "无理由", "运费险", "售后", "保修", "质保", "换货"};
    private static final String[] STOCK = {"有货", "没货", "库存", "补货", "卖完", "售罄", "抢不到", "断货", "还有吗", "缺货", "断码", "预订", "还能拍"};
    private static final String[] SIZE = {"什么码", "尺码", "码数", "穿多大", "多大码", "偏大", "偏小", "选码", "几码"};
    private static final String[] DISCOUNT = {"优惠", "有券", "优惠券", "满减", "便宜点", "折扣", "赠品"};
    private static final String[] HAGGLE = {"再便宜", "便宜些", "便宜一点", "便宜点", "少点", "少一点", "包个价", "砍价", "再降", "能降", "抹零", "送个", "送点", "有送", "送不送", "买一送", "赠"};
    private static final String[] GENUINE = {"正品", "真货", "假货", "假的", "是真的", "真的假的", "防伪", "正版", "原装", "官方", "旗舰店", "专柜", "验货", "鉴定", "认证"};
    private static final String[] PLACED = {"拍了", "下单了", "已下单", "已经下单", "付款了", "已付款", "付了钱", "拍错", "改成", "改地址", "改个地址", "改颜色", "改尺码", "备注", "取消订单", "订单"};

    static Intent route(Intent intent, double confidence, String text, Entities e) {
        boolean open = intent == Intent.OTHER || intent == Intent.GREETING || intent == Intent.INTERACTION || intent == Intent.PRAISE
                || confidence < 0.4 && intent != Intent.SPAM && intent != Intent.COMPLAINT && intent != Intent.ORDER_ISSUE
                || intent == Intent.ASK_LINK && e.linkNo() != null
                || (intent == Intent.ASK_USAGE || intent == Intent.ASK_SPEC) && text != null && text.contains("怎么卖");
        if (!open || text == null) return intent;
        if (intent == Intent.ASK_LINK && confidence >= 0.4
                && !any(text, AFTERSALE) && !any(text, SHIPPING) && !any(text, STOCK) && !any(text, SIZE) && !any(text, PRICE) && !any(text, DISCOUNT)) {
            return intent;
        }
        if (any(text, AFTERSALE)) return Intent.ASK_AFTERSALE;
        if (any(text, SHIPPING)) return Intent.ASK_SHIPPING;
        if (any(text, STOCK)) return Intent.ASK_STOCK;
        if (any(text, SIZE) || e.heightCm() != null && e.weightKg() != null) return Intent.ASK_SIZE;
        if (any(text, PRICE)) return Intent.ASK_PRICE;
        if (any(text, DISCOUNT)) return Intent.ASK_DISCOUNT;
        boolean q = question(text) || eitherOr(text);
        if (q && any(text, HAGGLE)) return Intent.ASK_DISCOUNT;
        if (q && any(text, GENUINE)) return Intent.ASK_AUTHENTICITY;
        if (q && any(text, PLACED)) return Intent.ORDER_ISSUE;
        if (q && e.color() != null && (intent == Intent.ASK_SPEC || intent == Intent.OTHER)
                && (!eitherOr(text) || text.contains("有没有") || text.contains("出不出"))) return Intent.ASK_VARIANT;
        // a question about a named product that the classifier did not place: look it up in the knowledge base
        boolean keepsUnsure = (intent.isQuestion() || intent == Intent.REQUEST_SHOW) && intent != Intent.ASK_PRICE && intent != Intent.ASK_DISCOUNT;
        if ((e.product() != null || e.linkNo() != null) && intent != Intent.PRAISE && !keepsUnsure && question(text)) return Intent.ASK_SPEC;
        return intent;
    }

    private static final String[] QUESTION = {"吗", "呢", "？", "?", "什么", "怎么", "多少", "几", "哪", "能不能", "是不是", "有没有", "会不会"};

    /** Whether the text reads as a question. */
    static boolean question(String text) {
        if (any(text, QUESTION)) return true;
        return text.endsWith("不") || text.endsWith("没");
    }

    /** The A不A / A没A shape of a yes-no question. */
    static boolean eitherOr(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '不' || c == '没') && text.charAt(i - 1) == text.charAt(i + 1) && text.charAt(i - 1) != c) return true;
        }
        return false;
    }

    private static boolean any(String text, String[] cues) {
        for (String c : cues) if (text.contains(c)) return true;
        return false;
    }
}
