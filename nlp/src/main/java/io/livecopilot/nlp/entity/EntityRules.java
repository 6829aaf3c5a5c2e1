package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.catalog.SizeRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity rules that tell a number or a word apart by its neighbours: a catalog phrase cut out of a longer number
 * (45kg is not the "5kg" of 有机东北大米5kg), a bed size (1.8米床), a product type counted in its name (四件套 is no
 * quantity), a unit price (多少钱一袋), dozens (一打 = 12), a spec weight (5kg的有吗) against a body weight, and a
 * region inside a product's name (新疆长绒棉四件套). Static, stateless, thread-safe; used by {@link EntityExtractor}.
 */
final class EntityRules {
    private EntityRules() {}

    /** Whether the phrase at {@code [start, end)} of {@code text} starts or ends inside a number (4|5kg, 1|2号). */
    static boolean cutsNumber(String text, int start, int end) {
        if (start > 0 && isDigit(text.charAt(start)) && numberChar(text.charAt(start - 1))) return true;
        return end < text.length() && isDigit(text.charAt(end - 1)) && numberChar(text.charAt(end));
    }

    /** Characters that viewers say with 子 for the thing a name ends in or holds (露营椅 → 椅子, 保温杯 → 杯子, 项链 → 链子). */
    private static final String ZI_HEADS = "椅裙杯被毯帽袜箱柜架盒瓶罐垫梳镜桌凳扇刷链镯筷勺铲夹绳袋碟盘";

    /**
     * The everyday "X子" words for a catalog name (normalized) that holds X but not X子: "椅子" for 户外折叠露营椅. Like any
     * part of a name, such a word names the product only when no other product's name gives it.
     */
    static List<String> ziWords(String name) {
        List<String> out = new ArrayList<>(1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (ZI_HEADS.indexOf(c) < 0 || i + 1 < name.length() && name.charAt(i + 1) == '子') continue;
            String w = c + "子";
            if (!out.contains(w)) out.add(w);
        }
        return out;
    }

    /**
     * Whether the part {@code [start, end)} of a catalog name (normalized) is no mention of its product because of a
     * number: it is nothing but a number ("10000" of 充电宝10000mAh: in a comment that is a budget or a sum, not the power
     * bank) or it cuts a number of the name ("000", "2.5w" of 22.5w…10000mah). A number names the product only as the
     * whole number with its unit or with more of the name around it ("10000mah", "22.5w", "宝10000", "500ml").
     */
    static boolean numberOnlyPart(String name, int start, int end) {
        boolean digit = false, other = false;
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (isDigit(c)) digit = true;
            else if (c != '.') other = true;
        }
        if (!digit) return false;
        if (!other || name.charAt(start) == '.' || name.charAt(end - 1) == '.') return true;
        return cutsNumber(name, start, end);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean numberChar(char c) {
        return isDigit(c) || c == '.';
    }

    /** "1.8米床", "1.5m的床", "1米8床", "2米床": the bed width a bedding product is sized by. */
    private static final Pattern BED = Pattern.compile("(?<![0-9.])(1(?:\\.[0-9]{1,2})?|2(?:\\.[0-9])?)\\s*(?:米|m)\\s*([0-9])?\\s*的?\\s*床");

    /** The bed size named in {@code text} ("1.8米床"), or {@code null}. */
    static String bedSize(String text) {
        if (text.indexOf('床') < 0 || text.indexOf('米') < 0 && text.indexOf('m') < 0) return null; // BED needs both
        Matcher m = BED.matcher(text);
        if (!m.find()) return null;
        String w = m.group(1);
        if (m.group(2) != null) {
            if (w.indexOf('.') >= 0) return null; // "1.5米8" is no size
            w = w + "." + m.group(2);
        }
        return w + "米床";
    }

    /**
     * Whether the number at {@code [start, end)} of {@code text}, matched as a quantity, is none: a product type
     * counted in its name (四件套, 3件套), the one of a unit price (多少钱一袋, 多少钱1个) or of a measure asked per unit
     * (多少斤一箱, 一箱几片), or one 个 without a buying verb (推荐一个).
     */
    static boolean notQuantity(String text, int start, int end) {
        int e = end;
        while (e < text.length() && text.charAt(e) == ' ') e++;
        if (text.startsWith("件套", e)) return true;
        if (end - start == 1 && text.charAt(start) == '1') {
            int s = start;
            while (s > 0 && text.charAt(s - 1) == ' ') s--;
            if (s > 0 && text.charAt(s - 1) == '钱') return true;
            // "推荐一个", "来看看1个": one 个 without a buying verb before it is no count ("要1个" is)
            if (text.startsWith("个", e) && (s == 0 || "拍买要来单抢囤带订入整了".indexOf(text.charAt(s - 1)) < 0)) return true;
            // "多少斤一箱", "一箱几片": one unit of which a measure is asked
            if (s > 1 && MEASURED.indexOf(text.charAt(s - 1)) >= 0 && asksHowMany(text, s - 1)) return true;
            int a = e < text.length() ? e + 1 : e; // past the unit
            while (a < text.length() && text.charAt(a) == ' ') a++;
            int q = text.startsWith("几", a) ? a + 1 : text.startsWith("多少", a) ? a + 2 : -1;
            if (q > 0 && q < text.length() && MEASURED.indexOf(text.charAt(q)) >= 0) return true;
        }
        return false;
    }

    /** Units a measure per unit is asked in ("多少斤", "几片"). */
    private static final String MEASURED = "斤克片个包袋支粒颗块瓶条双只盒张根卷枚";

    /** Whether 几 or 多少 ends right before {@code at}. */
    private static boolean asksHowMany(String text, int at) {
        return at >= 1 && text.charAt(at - 1) == '几' || at >= 2 && text.startsWith("多少", at - 2);
    }

    /** "要一打", "来两打", "拍半打": dozens after a buying verb. */
    private static final Pattern DOZEN = Pattern.compile("(?:拍|买|要|来|下单|抢|囤|带|订|入|整)\\s*了?\\s*([一二两三四五1-5]|半)\\s*打(?!折|包|卡|电话|开|call|底|算|扰)");

    /** Whether some 打 of the text follows a count (一二两三四五1-5 or 半, spaces between): what {@link #DOZEN} needs. */
    private static boolean countedDozen(String text) {
        for (int i = text.indexOf('打'); i >= 0; i = text.indexOf('打', i + 1)) {
            int j = i - 1;
            while (j >= 0 && isRegexSpace(text.charAt(j))) j--;
            if (j >= 0 && "一二两三四五12345半".indexOf(text.charAt(j)) >= 0) return true;
        }
        return false;
    }

    /** {@code \s} of java.util.regex (without UNICODE_CHARACTER_CLASS). */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The quantity of a dozens phrase in {@code text} (一打 = 12, 半打 = 6), or {@code null}. */
    static Integer dozens(String text) {
        if (!countedDozen(text)) return null;
        Matcher m = DOZEN.matcher(text);
        if (!m.find()) return null;
        char c = m.group(1).charAt(0);
        int k = switch (c) {
            case '半' -> -1;
            case '一', '1' -> 1;
            case '二', '两', '2' -> 2;
            case '三', '3' -> 3;
            case '四', '4' -> 4;
            default -> 5;
        };
        return k < 0 ? 6 : 12 * k;
    }

    /**
     * Per variant of the catalog as the normalizer writes it ("华为mate60pro", "3件套"), the catalog's own spelling when
     * it differs ("华为Mate60Pro", "三件套"): a variant found in a comment is given as the catalog writes it.
     */
    static Map<String, String> variantSpellings(Collection<Product> products, java.util.function.UnaryOperator<String> normalizer) {
        Map<String, String> out = new HashMap<>();
        for (Product p : products) {
            for (String v : p.variants()) {
                if (v == null) continue;
                String x = v.strip();
                String n = normalizer.apply(v);
                if (!n.isEmpty() && !n.equals(x)) out.putIfAbsent(n, x);
            }
        }
        return out;
    }

    /** Characters after a bare number that keep it a size of the chart ("藏青42", "43的还有吗", "36吗"). */
    private static final String AFTER_CHART_SIZE = "的吗呢还有能可是和或要拍行呀啊吧哦嘛、/,，.。?？!！~～ ";

    /**
     * The number labels of a product's size chart as a comment writes them ("42" of "42", "42码" or "42号"); letter
     * labels and labels with other units (1.8米床) are left to the size patterns.
     */
    static List<String> numberLabels(Product p) {
        List<String> out = new ArrayList<>();
        for (SizeRow r : p.sizes()) {
            String x = r.size() == null ? "" : r.size().strip();
            if (x.endsWith("码") || x.endsWith("号")) x = x.substring(0, x.length() - 1).strip();
            if (x.matches("[0-9]{2,3}(?:\\.5)?") && !out.contains(x)) out.add(x);
        }
        return out;
    }

    /**
     * A size of the chart of the product in question written as a bare number, without 码 ("1号藏青42", "衬衫43的还有吗"):
     * a number of {@code labels} standing alone (no digit, point or letter next to it, not after 高/重/第, and followed
     * by the end, a space, punctuation or a particle); "42码" for it, or {@code null}.
     */
    static String chartSize(String text, List<String> labels) {
        for (String l : labels) {
            for (int i = text.indexOf(l); i >= 0; i = text.indexOf(l, i + 1)) {
                int end = i + l.length();
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                if (numberChar(before) || before >= 'a' && before <= 'z' || "高重第".indexOf(before) >= 0) continue;
                if (end < text.length() && AFTER_CHART_SIZE.indexOf(text.charAt(end)) < 0) continue;
                if (end < text.length() && text.charAt(end) == '.' && end + 1 < text.length() && isDigit(text.charAt(end + 1))) continue;
                return l + "码";
            }
        }
        return null;
    }

    /**
     * The size labels of letters of a catalog's charts beyond the common ones (NB of diapers), by the form the
     * normalizer gives them in a comment (NB is written "牛", as the slang nb is): form → label in upper case.
     */
    static Map<String, String> letterLabels(Collection<Product> products, java.util.function.UnaryOperator<String> normalizer) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Product p : products) {
            for (SizeRow r : p.sizes()) {
                String x = r.size() == null ? "" : r.size().strip().toLowerCase(java.util.Locale.ROOT);
                if (x.endsWith("码")) x = x.substring(0, x.length() - 1);
                if (!x.matches("[a-z]{1,4}") || x.matches("x*[sml]|[2-6]xl")) continue;
                String form = normalizer.apply(x);
                if (!form.isEmpty()) out.putIfAbsent(form, x.toUpperCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    /** A letter label of the catalog's charts ({@link #letterLabels}) named with 码 or 号 ("nb码"); {@code null} when none. */
    static String letterSize(String text, Map<String, String> labels) {
        for (Map.Entry<String, String> l : labels.entrySet()) {
            String form = l.getKey();
            for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
                int end = i + form.length();
                if (i > 0 && text.charAt(i - 1) < 0x80 && Character.isLetterOrDigit(text.charAt(i - 1))) continue;
                if (end < text.length() && (text.charAt(end) == '码' || text.charAt(end) == '号')) return l.getValue();
            }
        }
        return null;
    }

    /**
     * A budget said with a Chinese numeral after 不超过 or 最多 ("不超过一百五" = 150), which the normalizer leaves as it
     * is (no unit follows); {@code null} when none.
     */
    static BigDecimal chineseBudget(String text) {
        for (String w : new String[]{"不超过", "最多"}) {
            int i = text.indexOf(w);
            if (i < 0) continue;
            long v = numeralAt(text, i + w.length());
            if (v > 0) return BigDecimal.valueOf(v);
        }
        return null;
    }

    /**
     * A body weight said with a bare Chinese numeral right after a height ("一米七 一百二": 120斤 = 60 kg; as for a bare
     * number after a height, more than 80 is 斤), which the normalizer leaves as it is (no unit follows); {@code null} when none.
     */
    static Double chineseWeightAfterHeight(String text) {
        int cm = text.indexOf("cm");
        if (cm < 0) return null;
        int i = cm + 2;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == '，')) i++;
        long v = numeralAt(text, i);
        if (v < 35 || v > 250) return null;
        return v > 80 ? v / 2.0 : (double) v;
    }

    /** The value of the Chinese numeral run starting at {@code i} that nothing but the end, a space or punctuation follows; -1 when none. */
    private static long numeralAt(String text, int i) {
        int j = i;
        while (j < text.length() && io.livecopilot.core.ChineseNumbers.isNumeralChar(text.charAt(j))) j++;
        if (j == i) return -1;
        if (j < text.length() && "的吧呀啊吗呢,，.。?？!！ 以内左".indexOf(text.charAt(j)) < 0) return -1;
        return io.livecopilot.core.ChineseNumbers.parse(text.substring(i, j));
    }

    /** Words that make a weight a person's: whom it is, or a question of sizes. */
    private static final String[] PERSON = {"体重", "我", "孩子", "宝宝", "小孩", "娃", "儿子", "女儿", "老公", "男朋友", "女朋友",
            "妈", "爸", "穿", "码", "胖", "瘦", "身高"};

    /**
     * Whether a weight of {@code kg} read from "Nkg" is a body weight: an adult's (35 kg and more), one given with a
     * height, one said of a person or a size, or one said alone ("26kg", "二十六公斤呀": a viewer's answer to a size
     * question). "5kg的有吗" is a product's weight.
     */
    static boolean bodyWeight(String text, double kg, Integer height) {
        if (height != null || kg >= 35) return true;
        for (String w : PERSON) if (text.contains(w)) return true;
        return weightAlone(text);
    }

    /** Whether {@code text} is only a number in kilograms, with spaces, punctuation or a closing particle around it. */
    private static boolean weightAlone(String text) {
        String rest = text.replace("kg", "");
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (!(c >= '0' && c <= '9') && " .。,，!！~～?？呢呀啊吧哦的".indexOf(c) < 0) return false;
        }
        return true;
    }

    /** The names among {@code names} (normalized) holding one of {@code regions}: 新疆长绒棉四件套. */
    static List<String> namesWithRegions(Collection<String> names, Collection<String> regions) {
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (String r : regions) {
                if (n.contains(r)) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }

    /** Whether {@code [start, end)} of {@code text} lies inside an occurrence of one of {@code names}. */
    static boolean insideName(String text, int start, int end, List<String> names) {
        for (String n : names) {
            for (int from = Math.max(0, end - n.length()); from <= start; from++) {
                if (text.startsWith(n, from)) return true;
            }
        }
        return false;
    }
}
