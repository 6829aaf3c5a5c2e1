package io.livecopilot.assistant;

import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;

/**
 * Routes a comment to the fact it asks about when the classifier did not see a question in it (or was unsure):
 * strong cue words such as 多少钱, 包邮, 退货, 什么码 or 售罄 decide. It never overrides a confident question intent,
 * a complaint, an order problem or spam.
 */
public final class Cues {
    private Cues() {}

    private static final String[] PRICE = {"多少钱", "价格", "几块", "多少米", "什么价", "到手价", "到手多少", "价位", "怎么卖", "多钱", "啥价"};
    private static final String[] SHIPPING = {"快递", "物流", "发货", "包邮", "几天到", "邮费", "配送", "能发", "发吗", "寄"};
    private static final String[] AFTERSALE = {"退货", "退换", "能退", "可以退", "无理由", "运费险", "售后", "保修", "质保", "换货"};
    private static final String[] STOCK = {"有货", "没货", "库存", "补货", "卖完", "售罄", "抢不到", "断货", "还有吗", "缺货", "断码", "预订", "还能拍"};
    private static final String[] SIZE = {"什么码", "尺码", "码数", "穿多大", "多大码", "偏大", "偏小", "选码", "几码"};
    private static final String[] DISCOUNT = {"优惠", "有券", "优惠券", "满减", "便宜点", "折扣", "赠品"};
    // the next three decide only in a question: a haggle or a gift asked for, a doubt about the goods being genuine, a
    // change to an order already placed (measured on cross-validation of the training file, docs/nlp.md 2026-11-30)
    private static final String[] HAGGLE = {"再便宜", "便宜些", "便宜一点", "便宜点", "少点", "少一点", "包个价", "砍价", "再降", "能降", "抹零", "送个", "送点", "有送", "送不送", "买一送", "赠"};
    private static final String[] GENUINE = {"正品", "真货", "假货", "假的", "是真的", "真的假的", "防伪", "正版", "原装", "官方", "旗舰店", "专柜", "验货", "鉴定", "认证"};
    private static final String[] PLACED = {"拍了", "下单了", "已下单", "已经下单", "付款了", "已付款", "付了钱", "拍错", "改成", "改地址", "改个地址", "改颜色", "改尺码", "备注", "取消订单", "订单"};
    private static final String[] QUESTION = {"吗", "呢", "？", "?", "什么", "怎么", "多少", "几", "哪", "能不能", "是不是", "有没有", "会不会"};

    private static final int AFTERSALE_CUE = 1, SHIPPING_CUE = 1 << 1, STOCK_CUE = 1 << 2, SIZE_CUE = 1 << 3, PRICE_CUE = 1 << 4,
            DISCOUNT_CUE = 1 << 5, QUESTION_CUE = 1 << 6, HAGGLE_CUE = 1 << 7, GENUINE_CUE = 1 << 8, PLACED_CUE = 1 << 9;
    /** All cue words in one trie, found in one pass (group g = bit g, in the order above). */
    private static final Keywords CUES = new Keywords(new String[][] {AFTERSALE, SHIPPING, STOCK, SIZE, PRICE, DISCOUNT, QUESTION, HAGGLE, GENUINE, PLACED});

    /** The intent {@code intent} (of classifier confidence {@code confidence}) is routed to by the cue words of {@code text}. */
    public static Intent route(Intent intent, double confidence, String text, Entities e) {
        boolean open = intent == Intent.OTHER || intent == Intent.GREETING || intent == Intent.INTERACTION || intent == Intent.PRAISE
                || confidence < 0.4 && intent != Intent.SPAM && intent != Intent.COMPLAINT && intent != Intent.ORDER_ISSUE
                // a viewer who names the link by its number already has it: "6号链接哪个快递" asks about the courier
                || intent == Intent.ASK_LINK && e.linkNo() != null
                // "这个怎么卖" is a price question, though 怎么 reads as usage
                || (intent == Intent.ASK_USAGE || intent == Intent.ASK_SPEC) && text != null && text.contains("怎么卖");
        if (!open || text == null) return intent;
        char[] t = text.toCharArray();
        int g = CUES.groups(t, t.length);
        if (intent == Intent.ASK_LINK && confidence >= 0.4) {
            int facts = AFTERSALE_CUE | SHIPPING_CUE | STOCK_CUE | SIZE_CUE | PRICE_CUE | DISCOUNT_CUE;
            if ((g & facts) == 0) return intent;
        }
        if ((g & AFTERSALE_CUE) != 0) return Intent.ASK_AFTERSALE;
        if ((g & SHIPPING_CUE) != 0) return Intent.ASK_SHIPPING;
        if ((g & STOCK_CUE) != 0) return Intent.ASK_STOCK;
        if ((g & SIZE_CUE) != 0 || e.heightCm() != null && e.weightKg() != null) return Intent.ASK_SIZE;
        if ((g & PRICE_CUE) != 0) return Intent.ASK_PRICE;
        if ((g & DISCOUNT_CUE) != 0) return Intent.ASK_DISCOUNT;
        boolean q = question(g, text) || eitherOr(text);
        if (q && (g & HAGGLE_CUE) != 0) return Intent.ASK_DISCOUNT;
        if (q && (g & GENUINE_CUE) != 0) return Intent.ASK_AUTHENTICITY;
        if (q && (g & PLACED_CUE) != 0) return Intent.ORDER_ISSUE;
        // a colour asked about, read as a spec question or as nothing: which colours there are ("凉拖出不出深灰的"),
        // unless an A不A question asks something else of it ("咖啡苦不苦": 咖啡 is also a colour)
        if (q && e.color() != null && (intent == Intent.ASK_SPEC || intent == Intent.OTHER)
                && (!eitherOr(text) || text.contains("有没有") || text.contains("出不出"))) {
            return Intent.ASK_VARIANT;
        }
        // a question about a named product that the classifier did not place: look it up in the knowledge base
        // (an unsure guess of another product question keeps its label: ask_usage, ask_variant …; an unsure price or
        // discount guess without a price word does not)
        if ((e.product() != null || e.linkNo() != null) && intent != Intent.PRAISE && !keepsUnsure(intent) && question(g, text)) {
            return Intent.ASK_SPEC;
        }
        return intent;
    }

    /** Product questions whose unsure guess is kept when no cue word says otherwise (all but price and discount). */
    private static boolean keepsUnsure(Intent i) {
        return (i.isQuestion() || i == Intent.REQUEST_SHOW) && i != Intent.ASK_PRICE && i != Intent.ASK_DISCOUNT;
    }

    private static final String[] SHIP_VERBS = {"发", "邮", "寄", "快递", "物流", "配送", "运费", "到"};

    /**
     * Whether the text asks about shipping to a place: it names one ({@code region}, or a place {@link Regions} knows)
     * with 发/邮/寄/快递/到 ("发新疆吗", "上海包邮吗"), and is not about a return, an invoice or a price ("到手").
     */
    static boolean shipsTo(String text, String region) {
        return shipsTo(text, region, () -> text);
    }

    /**
     * {@link #shipsTo(String, String)} looking for a place, when {@code region} is none, in {@code placeText}: the text
     * with some parts replaced by spaces (e.g. without product names, {@link Composer#withoutNames}), asked for only when
     * the text itself names a place.
     */
    static boolean shipsTo(String text, String region, java.util.function.Supplier<String> placeText) {
        return shipsTo(text, region, placeText, null);
    }

    /**
     * {@link #shipsTo(String, String, java.util.function.Supplier)} with the place looked for in {@code
     * Composer.withoutNames(catalog, text)} (no lambda made per comment).
     */
    static boolean shipsTo(String text, String region, io.livecopilot.core.catalog.Catalog catalog) {
        return shipsTo(text, region, null, catalog);
    }

    private static boolean shipsTo(String text, String region, java.util.function.Supplier<String> placeText, io.livecopilot.core.catalog.Catalog catalog) {
        if (text == null || text.isEmpty() || !mayShip(text)) return false;
        boolean named = region != null && !region.isBlank();
        if (!named && !Regions.named(text)) return false; // no place: no shipping question to one, whatever the verbs
        String t = text.replace("到手", "").replace("收到", "").replace("到货", "");
        if (t.contains("退") || t.contains("换") || t.contains("票")) return false;
        boolean verb = false;
        for (String v : SHIP_VERBS) if (t.contains(v)) verb = true;
        if (!verb) return false;
        if (named) return true;
        return Regions.find(placeText != null ? placeText.get() : Composer.withoutNames(catalog, text)) != null;
    }

    /** The first characters of {@link #SHIP_VERBS}. */
    private static final String SHIP_STARTS = "发邮寄快物配运到";
    private static final long[] SHIP_START_BITS = io.livecopilot.nlp.CharBits.of(SHIP_STARTS);

    /** Whether the text has a character a shipping verb starts with: without one (most comments) it has no shipping verb. */
    private static boolean mayShip(String text) {
        for (int i = 0, n = text.length(); i < n; i++) if (io.livecopilot.nlp.CharBits.has(SHIP_START_BITS, text.charAt(i))) return true;
        return false;
    }

    /**
     * Whether the text asks about a size by its word ("选哪个码", "尺码怎么选", "多大尺寸"): a 码 that is not 起码, 密码,
     * 号码 or 二维码, or 尺寸 / 穿多大.
     */
    static boolean asksSize(String text) {
        if (text == null) return false;
        int i = text.indexOf('码');
        while (i >= 0) {
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (before != '起' && before != '密' && before != '维' && before != '号' && before != '价') return true;
            i = text.indexOf('码', i + 1);
        }
        return text.contains("尺寸") || text.contains("穿多大");
    }

    /** Whether the text reads as a question. */
    static boolean question(String text) {
        char[] t = text.toCharArray();
        return question(CUES.groups(t, t.length), text);
    }

    private static boolean question(int groups, String text) {
        if ((groups & QUESTION_CUE) != 0) return true;
        return text.endsWith("不") || text.endsWith("没");
    }

    /** Whether the text reads as a question, counting an A不A question too ("辣不辣", "贵不贵"). */
    static boolean asks(String text) {
        if (text == null || text.isEmpty()) return false;
        return question(text) || eitherOr(text);
    }

    /** Whether the text has the A不A / A没A shape of a yes-no question ("辣不辣", "起不起球", "有没有"). */
    static boolean eitherOr(String text) {
        if (text == null) return false;
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '不' || c == '没') && text.charAt(i - 1) == text.charAt(i + 1) && text.charAt(i - 1) != c) return true;
        }
        return false;
    }
}
