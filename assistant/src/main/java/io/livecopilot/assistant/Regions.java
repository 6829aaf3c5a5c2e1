package io.livecopilot.assistant;

import java.util.List;
import java.util.Map;

/**
 * Where a shipping question asks to ship to, as far as a catalog's shipping policy can answer it: the provinces of
 * the mainland (and the groupings and large cities viewers name, with their province), and the places a mainland
 * shop's policy says nothing about — 港澳台 and abroad — whose shipping only the host can confirm.
 */
final class Regions {
    private Regions() {}

    /** The provinces, autonomous regions and municipalities of the mainland, as viewers write them. */
    private static final List<String> PROVINCES = List.of(
            "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
            "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "内蒙古", "内蒙",
            "广西", "西藏", "宁夏", "新疆");

    /** Groupings of mainland provinces viewers use. */
    private static final List<String> GROUPS = List.of("江浙沪皖", "江浙沪", "长三角", "珠三角", "东三省", "京津冀");

    /** Large mainland cities and the province they are in. */
    private static final Map<String, String> CITY = Map.ofEntries(
            Map.entry("乌鲁木齐", "新疆"), Map.entry("喀什", "新疆"), Map.entry("伊犁", "新疆"), Map.entry("阿勒泰", "新疆"),
            Map.entry("拉萨", "西藏"), Map.entry("林芝", "西藏"), Map.entry("日喀则", "西藏"), Map.entry("西宁", "青海"),
            Map.entry("呼和浩特", "内蒙古"), Map.entry("银川", "宁夏"), Map.entry("兰州", "甘肃"), Map.entry("哈尔滨", "黑龙江"),
            Map.entry("长春", "吉林"), Map.entry("沈阳", "辽宁"), Map.entry("大连", "辽宁"), Map.entry("石家庄", "河北"),
            Map.entry("太原", "山西"), Map.entry("济南", "山东"), Map.entry("青岛", "山东"), Map.entry("烟台", "山东"),
            Map.entry("潍坊", "山东"), Map.entry("郑州", "河南"), Map.entry("洛阳", "河南"), Map.entry("武汉", "湖北"),
            Map.entry("宜昌", "湖北"), Map.entry("长沙", "湖南"), Map.entry("南京", "江苏"), Map.entry("苏州", "江苏"),
            Map.entry("无锡", "江苏"), Map.entry("常州", "江苏"), Map.entry("徐州", "江苏"), Map.entry("杭州", "浙江"),
            Map.entry("宁波", "浙江"), Map.entry("温州", "浙江"), Map.entry("义乌", "浙江"), Map.entry("合肥", "安徽"),
            Map.entry("福州", "福建"), Map.entry("厦门", "福建"), Map.entry("南昌", "江西"), Map.entry("赣州", "江西"),
            Map.entry("广州", "广东"), Map.entry("深圳", "广东"), Map.entry("东莞", "广东"), Map.entry("佛山", "广东"),
            Map.entry("珠海", "广东"), Map.entry("南宁", "广西"), Map.entry("桂林", "广西"), Map.entry("海口", "海南"),
            Map.entry("三亚", "海南"), Map.entry("成都", "四川"), Map.entry("贵阳", "贵州"), Map.entry("昆明", "云南"),
            Map.entry("西安", "陕西"));

    /** Places outside the mainland: a mainland shop's policy does not say whether it ships there. */
    private static final List<String> OUTSIDE = List.of("港澳台", "港澳", "香港", "澳门", "台湾", "海外", "国外", "境外",
            "外国", "美国", "日本", "韩国", "新加坡", "马来西亚", "泰国", "澳洲", "澳大利亚", "加拿大", "英国", "德国", "法国",
            "意大利", "新西兰", "俄罗斯", "越南", "菲律宾");

    /** Every place name {@link #find} looks for, in one trie. */
    private static final Keywords PLACES = places();

    private static Keywords places() {
        List<String> all = new java.util.ArrayList<>(OUTSIDE);
        all.addAll(GROUPS);
        all.addAll(PROVINCES);
        all.addAll(CITY.keySet());
        return new Keywords(all.toArray(new String[0]));
    }

    /**
     * Whether the text names any place {@link #find} knows (one pass over the text). A text made from this one by
     * replacing parts of it with spaces (as {@link Composer#withoutNames} does) names a place only if this one does,
     * since no place name has a space: a {@code false} here spares looking in it.
     */
    static boolean named(String text) {
        return text != null && !text.isEmpty() && PLACES.any(text);
    }

    /** Whether the place is outside the mainland (港澳台, abroad). */
    static boolean outside(String region) {
        if (region == null) return false;
        for (String o : OUTSIDE) if (region.startsWith(o)) return true;
        return false;
    }

    /** The mainland province (or grouping) the place is in: itself for a province or grouping, its province for a known city; else {@code null}. */
    static String mainland(String region) {
        if (region == null || region.isEmpty() || outside(region)) return null;
        for (String p : PROVINCES) if (region.startsWith(p)) return p;
        for (String g : GROUPS) if (region.startsWith(g)) return g;
        for (Map.Entry<String, String> c : CITY.entrySet()) if (region.startsWith(c.getKey())) return c.getValue();
        return null;
    }

    /** The first place outside the mainland, province, grouping or known city the text names; {@code null} when none. */
    static String find(String text) {
        if (text == null || text.isEmpty()) return null;
        for (String o : OUTSIDE) if (text.contains(o)) return o;
        for (String g : GROUPS) if (text.contains(g)) return g;
        for (String p : PROVINCES) if (text.contains(p)) return p;
        for (String c : CITY.keySet()) if (text.contains(c)) return c;
        return null;
    }
}
