package io.livecopilot.assistant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Colloquial words viewers use for the same thing (钱/价格/米, 快递/物流/发货 …), for query expansion in retrieval and
 * for matching a question to an attribute name.
 */
final class Synonyms {
    static final List<List<String>> GROUPS = List.of(
            List.of("价格", "钱", "米", "价", "多少钱", "块", "元"),
            List.of("快递", "物流", "发货", "邮", "寄", "配送"),
            List.of("面料", "材质", "材料", "布料", "成分", "料子", "什么做的", "什么料"),
            List.of("尺码", "码", "大小", "尺寸", "码数", "号码"),
            List.of("清洗", "洗", "水洗", "机洗", "手洗", "干洗"),
            List.of("退货", "退换", "退", "售后", "换货", "无理由"),
            List.of("正品", "真", "假货", "授权", "防伪", "官方"),
            List.of("保质期", "过期", "日期", "保质", "生产日期"),
            List.of("产地", "哪里产", "哪产", "生产地", "哪里的"),
            List.of("容量", "毫升", "ml", "多大", "升", "装多少", "能装", "毫安", "mah", "毫安时"),
            List.of("重量", "多重", "克", "净含量", "斤", "净重", "毛重"),
            List.of("填充物", "填充", "填的", "充的是"),
            List.of("ph", "酸碱度", "酸碱", "弱酸"),
            List.of("包含", "包括", "含哪些", "里面有啥", "里面有什么", "里有啥", "里有什么"),
            List.of("孕妇", "怀孕", "孕期", "哺乳期"),
            List.of("敏感肌", "敏感", "过敏", "刺激"),
            List.of("宝宝", "小孩", "孩子", "儿童", "婴儿", "小朋友"),
            List.of("颜色", "色", "配色"),
            List.of("电池", "续航", "充电", "电量"),
            List.of("适合", "适用", "能用", "可以用", "能吃", "可以吃"),
            List.of("味道", "口味", "好吃", "甜", "辣"),
            List.of("保修", "质保", "坏了", "维修"),
            List.of("赠品", "送", "赠", "礼品"),
            List.of("真丝", "桑蚕丝", "蚕丝", "丝绸"),
            List.of("纯棉", "全棉", "棉质", "长绒棉"),
            List.of("蛋白", "蛋白质"),
            List.of("人数", "几个人", "几口人", "多少人"),
            List.of("谷物", "无谷", "含谷"),
            List.of("防水", "进水", "泡水"));

    private static final Map<String, List<String>> BY_WORD = new HashMap<>();

    static {
        for (List<String> g : GROUPS) for (String w : g) BY_WORD.merge(w, g, (a, b) -> a);
    }

    private Synonyms() {}

    /** The group of {@code word}, or a list of the word alone. */
    static List<String> of(String word) {
        return BY_WORD.getOrDefault(word, List.of(word));
    }

    /** Whether {@code text} mentions {@code word} or one of its synonyms (words of two or more characters only, to avoid noise). */
    static boolean mentions(String text, String word) {
        if (text.contains(word)) return true;
        for (String s : of(word)) if (s.length() >= 2 && text.contains(s)) return true;
        return false;
    }
}
