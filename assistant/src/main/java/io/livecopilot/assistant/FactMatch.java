package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Faq;
import io.livecopilot.core.catalog.Product;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the catalog facts of one product a question asks about, by the question's own words once the product's
 * names, link numbers and function words are taken out: the FAQ whose question it restates ("辣不辣" for "这个辣吗"),
 * and the attributes it names — by key or a synonym ("谷物", "面料"/"材质"), by part of the key ("蛋白质" for 粗蛋白),
 * by the unit of the value ("几个人" for "2到4人", "多少支" for "60支") or by a word of the value or its synonym
 * ("真丝" for "100%桑蚕丝"). Stateless; a question that shares only the product's name with a fact matches nothing.
 */
final class FactMatch {
    private FactMatch() {}

    /** Characters that carry no topic: particles, pronouns, question and modal words, punctuation. */
    private static final String FUNCTION = "吗呢吧啊呀么嘛的了是不没有能可以会要用这那个款多少什么怎样么几请问下一还都也就很太我你他她它们哪里些啦哈呗得地着过把给让被对和跟与或及号"
            + "、，。！？?!,.~～ …：:；;()（）【】[]\"'“”‘’/\\-_=+*#@&%$^|<>《》";
    /** Two-character runs too common in questions to point at an attribute. */
    private static final Set<String> GENERIC = Set.of("适合", "适用", "可以", "什么", "多少", "怎么", "有没", "是不", "能不", "一下",
            "主播", "宝宝", "这个", "那个", "现在", "还有");

    /** A link number ("2号", not "42号码"). */
    private static final Pattern LINK_NO = Pattern.compile("\\d{1,3}\\s*号(?!码)");

    /** The question without the product's names and link number ("2号"). */
    static String stripNames(Product p, String text) {
        if (text == null) return "";
        return stripNames(facts(p).names, text);
    }

    private static String stripNames(List<String> names, String text) {
        String t = text.indexOf('号') >= 0 ? LINK_NO.matcher(text).replaceAll(" ") : text;
        t = t.toLowerCase(java.util.Locale.ROOT);
        for (String x : names) if (t.contains(x)) t = t.replace(x, " ");
        return t;
    }

    /**
     * What matching needs of one product, worked out once: its {@link #names}, the topic characters of its FAQ
     * questions, and which Chinese characters (U+4E00–U+9FFF) occur in any of its names (one bit each).
     */
    private record Facts(List<String> names, List<Set<Character>> faqContent, long[] nameChars, Map<String, String[]> runsNamed,
                         Map<String, String[]> runsPlain) {
        /** The runs {@link #sharesRun} looks for of one of the product's attribute keys or (lower-cased) values. */
        String[] runs(String word, boolean notByName) {
            String[] r = (notByName ? runsNamed : runsPlain).get(word);
            return r != null ? r : FactMatch.runs(word, notByName ? names : List.of());
        }

        boolean inName(char c) {
            int i = c - CJK_FIRST;
            return (nameChars[i >>> 6] & (1L << i)) != 0;
        }
    }

    private static final char CJK_FIRST = '\u4e00', CJK_LAST = '\u9fff';

    /** Whether {@code c} is a Chinese character of the basic block: no case, no space, unchanged by lower-casing. */
    private static boolean cjk(char c) {
        return c >= CJK_FIRST && c <= CJK_LAST;
    }

    /** Per product (by identity), its facts; replaced, never changed, when a product is added (a few per catalog). */
    private static volatile java.util.IdentityHashMap<Product, Facts> facts = new java.util.IdentityHashMap<>();

    private static Facts facts(Product p) {
        Facts f = facts.get(p);
        if (f != null) return f;
        List<String> names = List.copyOf(namesOf(p));
        List<Set<Character>> faq = new ArrayList<>(p.faq().size());
        for (Faq x : p.faq()) faq.add(content(x.q() == null ? "" : stripNames(names, x.q())));
        long[] nameChars = new long[(CJK_LAST - CJK_FIRST + 64) >>> 6];
        for (String n : p.names()) {
            if (n == null) continue;
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (cjk(c)) nameChars[(c - CJK_FIRST) >>> 6] |= 1L << (c - CJK_FIRST);
            }
        }
        // the runs of each attribute key and value, by whether the names count (they depend on the word alone)
        Map<String, String[]> named = new java.util.HashMap<>(), plain = new java.util.HashMap<>();
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            for (String w : new String[] {a.getKey(), a.getValue().toLowerCase(java.util.Locale.ROOT)}) {
                named.put(w, runs(w, names));
                plain.put(w, runs(w, List.of()));
            }
        }
        f = new Facts(names, List.copyOf(faq), nameChars, named, plain);
        synchronized (FactMatch.class) {
            // bounded: a long-running server re-reading catalogs does not keep every product it ever saw
            java.util.IdentityHashMap<Product, Facts> next = facts.size() >= 4096 ? new java.util.IdentityHashMap<>() : new java.util.IdentityHashMap<>(facts);
            next.put(p, f);
            facts = next;
        }
        return f;
    }

    private static final String CN_DIGITS = "一二两三四五六七八九";
    private static final String COUNTED = "件个套双条只包袋盒瓶支张片";

    /**
     * The product's names and aliases in lower case, longest first, each also with a Chinese digit before a measure
     * word written as the understander writes it ("四件套" → "4件套").
     */
    static List<String> names(Product p) {
        return facts(p).names;
    }

    private static List<String> namesOf(Product p) {
        List<String> out = new ArrayList<>();
        for (String n : p.names()) {
            if (n == null || n.length() < 2) continue;
            String x = n.toLowerCase(java.util.Locale.ROOT);
            out.add(x);
            StringBuilder d = new StringBuilder(x);
            for (int i = 0; i + 1 < d.length(); i++) {
                int k = CN_DIGITS.indexOf(d.charAt(i));
                if (k >= 0 && COUNTED.indexOf(d.charAt(i + 1)) >= 0) d.setCharAt(i, (char) ('0' + (k <= 1 ? k + 1 : k)));
            }
            if (!d.toString().equals(x)) out.add(d.toString());
        }
        out.sort((a, b) -> b.length() - a.length());
        return out;
    }

    /** The topic characters of a text. */
    static Set<Character> content(String text) {
        Set<Character> out = new HashSet<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || FUNCTION.indexOf(c) >= 0) continue;
            out.add(Character.toLowerCase(c));
        }
        return out;
    }

    /**
     * The FAQ of the product the question restates: every topic character of the FAQ's question is in the question,
     * and at least half of the question's topic characters are in the FAQ's question; the closest first. -1 when none.
     */
    static int faq(Product p, String text) {
        if (text == null || p.faq().isEmpty()) return -1;
        Facts facts = facts(p);
        if (!mayRestate(facts, text)) return -1;
        Set<Character> q = content(stripNames(facts.names, text));
        if (q.isEmpty()) return -1;
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < p.faq().size(); i++) {
            Set<Character> fq = facts.faqContent.get(i);
            if (fq.isEmpty()) continue;
            int common = 0;
            for (Character c : fq) if (q.contains(c)) common++;
            if (common < fq.size()) continue;
            double back = (double) common / q.size();
            if (back < 0.5) continue;
            if (back > bestScore) {
                bestScore = back;
                best = i;
            }
        }
        return best;
    }

    /**
     * Whether some FAQ question's topic characters may all be in {@code text} once its names are taken out: false when
     * each FAQ has a Chinese topic character that {@code text} lacks (taking names out and lower-casing only remove
     * characters or change letters), so {@link #faq} finds none without building the question's characters.
     */
    private static boolean mayRestate(Facts facts, String text) {
        for (Set<Character> fq : facts.faqContent) {
            if (fq.isEmpty()) continue;
            boolean all = true;
            for (Character c : fq) {
                if (cjk(c) && text.indexOf(c) < 0) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    private static final Pattern VALUE_UNIT = Pattern.compile("\\d(?:[\\d.]*)\\s*([\\u4e00-\\u9fff]|[a-zA-Z]+)");

    /** The attribute keys of the product the question asks about, strongest match first, at most {@code max}. */
    static List<String> attributes(Product p, String text, int max) {
        return attributes(p, text, max, false);
    }

    /**
     * {@link #attributes(Product, String, int)}; with {@code notByName}, a key or run that is part of one of the
     * product's names is no evidence (a misspelt name left in the question: "负离子吹风风机到手多少").
     */
    static List<String> attributes(Product p, String text, int max, boolean notByName) {
        List<String> out = new ArrayList<>(2);
        if (text == null || p.attributes().isEmpty() || max <= 0) return out;
        String t = stripNames(p, text).toLowerCase(java.util.Locale.ROOT);
        Facts facts = facts(p);
        List<String> names = notByName ? facts.names : List.of();
        // 1. the key or one of its synonyms
        for (String k : p.attributes().keySet()) if (out.size() < max && Synonyms.mentions(t, k) && !inNames(names, k)) out.add(k);
        // 2. a two-character run of the key ("蛋白" of 粗蛋白)
        for (String k : p.attributes().keySet()) {
            if (out.size() >= max || out.contains(k)) continue;
            if (sharesRun(t, facts.runs(k, notByName))) out.add(k);
        }
        // 3. the unit of the value asked with 几/多少 ("几个人" → "2到4人")
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            if (out.size() >= max || out.contains(a.getKey())) continue;
            String unit = unit(a.getValue());
            if (unit != null && asksUnit(t, unit)) out.add(a.getKey());
        }
        // 3b. a weight asked ("多重", "几斤") and a weight in the value ("2.5公斤×4包" of 规格)
        if (out.size() < max && asksWeight(t)) {
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                if (out.size() >= max || out.contains(a.getKey())) continue;
                if (WEIGHT_VALUE.matcher(a.getValue()).find()) out.add(a.getKey());
            }
        }
        // 3c. a dimension asked ("多长", "多高", "厚度") and a key that measures it ("裙长", "增高", "厚度")
        char d = out.size() < max ? dimensionAsked(t) : 0;
        if (d != 0) {
            for (String k : p.attributes().keySet()) {
                if (out.size() >= max || out.contains(k)) continue;
                if (k.indexOf(d) >= 0 && !inNames(names, k)) out.add(k);
            }
        }
        // 3c'. how big ("锅多大", "有多大") and a key of its size ("尺寸", "直径", "规格"); a size to wear (多大码, 穿多大) is no attribute
        if (out.size() < max && t.contains("多大") && t.indexOf('码') < 0 && t.indexOf('穿') < 0) {
            for (String k : p.attributes().keySet()) {
                if (out.size() >= max || out.contains(k) || inNames(names, k)) continue;
                for (String w : BIG_KEYS) {
                    if (k.contains(w)) {
                        out.add(k);
                        break;
                    }
                }
            }
        }
        // 3d. the one character asked for with 什么/啥 ("什么钢" → "5Cr15MoV不锈钢", "啥木" → "实木"): the head of the noun asked
        char head = out.size() < max ? headAsked(t) : 0;
        if (head == 0 && out.size() < max) head = eitherOrAsked(t);
        if (head != 0 && !inNames(names, String.valueOf(head))) {
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                if (out.size() >= max || out.contains(a.getKey())) continue;
                if (a.getKey().indexOf(head) >= 0 || a.getValue().toLowerCase(java.util.Locale.ROOT).indexOf(head) >= 0) out.add(a.getKey());
            }
        }
        // 4. a word of the value, or a synonym of a word of the question in the value ("真丝" → "桑蚕丝")
        String[] used = null;
        for (Map.Entry<String, String> a : p.attributes().entrySet()) {
            if (out.size() >= max || out.contains(a.getKey())) continue;
            String v = a.getValue().toLowerCase(java.util.Locale.ROOT);
            if (sharesRun(t, facts.runs(v, notByName))) {
                out.add(a.getKey());
                continue;
            }
            if (used == null) used = synonymsUsed(t);
            if (synonymIn(used, v)) out.add(a.getKey());
        }
        return out;
    }

    private static boolean inNames(List<String> names, String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String n : names) if (n.contains(w)) return true;
        return false;
    }

    /** Whether the text has a two-character run of {@code word} made of topic characters and not a common question word. */
    /** Whether {@code text} (lower case, names stripped) shares an evidence run with {@code word}, an attribute key or lower-cased value of {@code p}. */
    static boolean sharesRun(Product p, String text, String word, boolean notByName) {
        return sharesRun(text, facts(p).runs(word, notByName));
    }

    /** Whether {@code text} holds one of {@code runs} (as {@link #runs} gives them). */
    private static boolean sharesRun(String text, String[] runs) {
        for (String run : runs) if (text.contains(run)) return true;
        return false;
    }

    /**
     * The two-character runs of {@code word} (lower-cased) that are evidence of it, in order: no function character,
     * space or digit in them, not generic, not part of one of {@code names}. They depend on the word alone, so they are
     * worked out once per product for its attribute keys and values ({@link Facts#runs}).
     */
    private static String[] runs(String word, List<String> names) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>(2);
        for (int i = 0; i + 2 <= w.length(); i++) {
            char a = w.charAt(i), b = w.charAt(i + 1);
            if (FUNCTION.indexOf(a) >= 0 || FUNCTION.indexOf(b) >= 0 || Character.isWhitespace(a) || Character.isWhitespace(b)) continue;
            if (Character.isDigit(a) || Character.isDigit(b)) continue;
            String run = w.substring(i, i + 2);
            if (GENERIC.contains(run) || inNames(names, run)) continue;
            out.add(run);
        }
        return out.toArray(new String[0]);
    }

    /** Per synonym group, the last of its words (of two characters or more) the text holds; {@code null} when none. */
    private static String[] synonymsUsed(String text) {
        String[] used = new String[Synonyms.GROUPS.size()];
        // a 1,024-bit filter of the text's characters: a word whose first character is not in it is not searched for
        long[] seen = new long[16];
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            seen[(c & 1023) >>> 6] |= 1L << c;
        }
        for (int i = 0; i < used.length; i++) {
            for (String w : Synonyms.GROUPS.get(i)) {
                if (w.length() < 2) continue;
                char f = w.charAt(0);
                if ((seen[(f & 1023) >>> 6] & 1L << f) != 0 && text.contains(w)) used[i] = w;
            }
        }
        return used;
    }

    /** Whether the value holds another word of a synonym group the question used a word of ({@link #synonymsUsed}). */
    private static boolean synonymIn(String[] used, String value) {
        for (int i = 0; i < used.length; i++) {
            if (used[i] == null) continue;
            for (String w : Synonyms.GROUPS.get(i)) if (w.length() >= 2 && !w.equals(used[i]) && value.contains(w)) return true;
        }
        return false;
    }

    /** The unit after the last number of a value ("人" of "2到4人", "支" of "60支", "ml" of "400ml"); {@code null} when none. */
    static String unit(String value) {
        Matcher m = VALUE_UNIT.matcher(value);
        String unit = null;
        int end = -1;
        while (m.find()) {
            unit = m.group(1).toLowerCase(java.util.Locale.ROOT);
            end = m.end();
        }
        if (unit == null || "到至或和".contains(unit)) return null;
        // "个" alone is no unit: "9个月" is asked as 几个月
        if (unit.equals("个")) return end < value.length() && value.charAt(end) >= 0x4E00 ? "个" + value.charAt(end) : null;
        return unit;
    }

    /** A weight in a value: a number and a unit of weight ("2.5公斤", "500g", "3斤"). */
    private static final Pattern WEIGHT_VALUE = Pattern.compile("\\d\\s*(?:kg|g|公斤|千克|斤|克)(?![a-z])", Pattern.CASE_INSENSITIVE);
    private static final String[] WEIGHT_ASKED = {"多重", "重量", "几斤", "多少斤", "几公斤", "多少公斤", "几千克", "多少千克", "几克", "多少克", "多少g",
            "几kg", "多少kg", "有多沉", "沉不沉"};

    /** Whether the question asks how heavy the product is. */
    static boolean asksWeight(String text) {
        if (text.indexOf('重') < 0 && text.indexOf('斤') < 0 && text.indexOf('克') < 0 && text.indexOf('g') < 0 && text.indexOf('沉') < 0) return false;
        for (String w : WEIGHT_ASKED) if (text.contains(w)) return true;
        return false;
    }

    /** Keys that say how big a product is, asked with 多大. */
    private static final String[] BIG_KEYS = {"尺寸", "大小", "规格", "直径", "面积", "容量", "长宽"};

    private static final String[][] DIMENSIONS = {
            {"长", "多长", "长度", "长不长", "几米长", "多少米长", "多少厘米长"},
            {"高", "多高", "高度", "高不高", "几厘米高", "多少厘米高"},
            {"宽", "多宽", "宽度", "宽不宽"},
            {"厚", "多厚", "厚度", "厚不厚"}};

    /** The dimension the question asks ('长', '高', '宽', '厚' for "多长", "长度" …), or 0 when none. */
    static char dimensionAsked(String text) {
        for (String[] d : DIMENSIONS) {
            if (text.indexOf(d[0].charAt(0)) < 0) continue;
            for (int i = 1; i < d.length; i++) if (text.contains(d[i])) return d[0].charAt(0);
        }
        return 0;
    }

    /** Characters after 什么/啥 that ask no thing of the product (什么时候, 什么样, 什么意思, 什么事), or in 行不行, 好不好, 对不对. */
    private static final String NO_HEAD = "时样意事情候行好对";

    /** The character of an A不A question ("辣不辣" → 辣, "甜不甜" → 甜) when it asks of a quality; 0 when none. */
    static char eitherOrAsked(String text) {
        for (int i = 1; i + 1 < text.length(); i++) {
            char c = text.charAt(i), a = text.charAt(i - 1);
            if ((c == '不' || c == '没') && a == text.charAt(i + 1) && Character.isIdeographic(a) && FUNCTION.indexOf(a) < 0
                    && NO_HEAD.indexOf(a) < 0) return a;
        }
        return 0;
    }

    /**
     * The Chinese character right after 什么 or 啥 when it ends the question or is followed only by a particle or 做
     * ("是什么钢", "啥木的", "什么皮做的"): the head of the noun asked, matched against a key or value; 0 when none.
     */
    static char headAsked(String text) {
        for (String w : new String[]{"什么", "啥"}) {
            int i = text.indexOf(w);
            while (i >= 0) {
                int at = i + w.length();
                if (at < text.length()) {
                    char c = text.charAt(at);
                    boolean ends = at + 1 == text.length() || "的呀啊呢吗哦啦嘞做?？!！。~～ ".indexOf(text.charAt(at + 1)) >= 0;
                    if (ends && Character.isIdeographic(c) && FUNCTION.indexOf(c) < 0 && NO_HEAD.indexOf(c) < 0) return c;
                }
                i = text.indexOf(w, at);
            }
        }
        return 0;
    }

    /**
     * Whether the question asks how long, high, wide or thick something is in the 多X form ("跟多高", "有多长"), not how
     * long it took ("多长时间").
     */
    static boolean measureAsked(String text) {
        char d = dimensionAsked(text);
        if (d == 0 || !text.contains("多" + d)) return false;
        return !text.contains("时间") && !text.contains("多久");
    }

    /** Characters before 多少 that make it ask a count or an amount left, not a price (还有多少, 剩多少, 差多少, 要多少). */
    private static final String NOT_PRICE_BEFORE = "有剩差要卖拍买用放装吃喝穿充";

    /**
     * Whether the question is nothing but a product (its names or link number, or "这个" for {@code p} on show) and
     * 多少 with particles ("瑜伽垫多少", "3号多少呀"): the price asked without 钱. {@code p} may be {@code null} (no
     * product to strip; then nothing but 多少 and function words must be left).
     */
    static boolean onlyHowMuch(Product p, String text) {
        int i = text.indexOf("多少");
        if (i < 0) return false;
        if (i > 0 && NOT_PRICE_BEFORE.indexOf(text.charAt(i - 1)) >= 0) return false;
        // a Chinese topic character outside every name of the product stays whatever is taken out: not the price alone
        Facts facts = p == null ? null : facts(p);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (cjk(c) && FUNCTION.indexOf(c) < 0 && (facts == null || !facts.inName(c))) return false;
        }
        String t = p == null ? text : stripNames(facts.names, text);
        if (p != null) for (String n : p.names()) if (n != null && n.length() == 1) t = t.replace(n, " ");
        if (t.indexOf('号') >= 0) t = LINK_NO.matcher(t).replaceAll(" ");
        for (int k = 0; k < t.length(); k++) if (Character.isDigit(t.charAt(k))) return false;
        return !hasContent(t);
    }

    /** Whether the text has a topic character ({@code !content(text).isEmpty()}, without building the set). */
    private static boolean hasContent(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && FUNCTION.indexOf(c) < 0) return true;
        }
        return false;
    }

    private static boolean asksUnit(String text, String unit) {
        return text.contains("几" + unit) || text.contains("多少" + unit) || text.contains("几个" + unit) || text.contains("多少个" + unit);
    }

    /** Whether the question asks about an attribute or FAQ of the product (see {@link #faq}, {@link #attributes}). */
    static boolean any(Product p, String text) {
        return faq(p, text) >= 0 || !attributes(p, text, 1, true).isEmpty();
    }
}
