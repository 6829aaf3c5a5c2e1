package io.livecopilot.nlp.entity;

import io.livecopilot.nlp.CharBits;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.nlp.TextNormalizer;
import io.livecopilot.nlp.adlaw.FastPattern;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The extractor of the entities of spec/intents.md from a normalized comment: link numbers, products (resolved
 * against the catalog by link number, name, alias, a distinctive part of a name, or "这个/这款" = the product on
 * show), size, colour or variant, height, weight, budget, quantity and delivery region. Regexes over the
 * {@link TextNormalizer} output (which already turned 一米六五 into 165cm, 100斤 into 50kg, 三号 into 3号) plus lookup
 * tables. Thread-safe; the per-catalog index is cached for the last catalog seen.
 */
public final class EntityExtractor {
    // LINK, SIZE_NUMBER, SIZE_WORD, SIZE_LETTER, HEIGHT_CM, HEIGHT_WORD, WEIGHT_KG, WEIGHT_WORD, HEIGHT_WEIGHT,
    // BARE_HEIGHT and WEIGHT_CONTEXT are hand-written matchers now ({@link Scans}; the regexes are in the tests)
    private static final FastPattern BUDGET = FastPattern.compile("0-9预不", 
            "(?<![0-9.])([0-9]+(?:\\.[0-9]+)?)\\s*(?:元|块)?\\s*(?:以内|以下|之内|内|左右|上下|出头|封顶)"
                    + "|预算\\s*(?:是|在|有|只有|大概|差不多)?\\s*([0-9]+(?:\\.[0-9]+)?)|不超过\\s*([0-9]+(?:\\.[0-9]+)?)"
                    + "|([0-9]+(?:\\.[0-9]+)?)\\s*(?:元|块)?\\s*(?:预算)");
    private static final FastPattern QUANTITY = FastPattern.compile("拍买要来下抢囤带订入整0-9x×*", 
            "(?:拍|买|要|来|下单|抢|囤|带|订|入|整)\\s*了?\\s*([0-9]{1,3})(?:\\s*(?:件|个|瓶|盒|双|条|套|支|包|袋|箱|罐|份|单|只|台|桶|提|片|组|副|把|本|张|杯|根))?(?![0-9]|号|码|元|kg|cm|斤|块|米|岁)"
                    + "|(?<![0-9.第])([0-9]{1,3})\\s*(?:件|瓶|盒|双|条|套|支|包|袋|箱|罐|份|只|台|桶|提|组|副|根|张|把|本|个(?=$|[\\s,，.。!！?？~～吧呀啊哦呢吗]))(?!以内)"
                    + "|[x×*]\\s*([0-9]{1,2})(?![0-9])");
    /** Characters without which QUANTITY cannot match: its verbs and counting units. */
    private static final String QUANTITY_CHARS = "拍买要来下抢囤带订入整件个瓶盒双条套支包袋箱罐份单只台桶提片组副把本张杯根";

    private static final List<String> FLAVORS = List.of("原", "辣", "微辣", "中辣", "特辣", "变态辣", "香辣", "麻辣", "甜", "咸", "酸",
            "酸甜", "草莓", "巧克力", "抹茶", "牛奶", "芒果", "香草", "蓝莓", "海盐", "芝士", "番茄", "黑椒", "蒜香", "五香", "奶油", "椰子",
            "榴莲", "柠檬", "青柠", "葡萄", "水蜜桃", "白桃", "荔枝", "西柚", "玫瑰", "藤椒", "烧烤", "孜然", "咖喱", "原切", "蜂蜜",
            "焦糖", "红枣", "桂花", "绿茶", "乌龙", "椒盐", "酱香", "卤", "泡椒", "酸辣", "菌菇", "牛肉", "鸡肉", "海鲜", "清香", "浓香");

    private static final PhraseMatcher<String> REGIONS = matcher(Lexicons.REGIONS);
    private static final PhraseMatcher<String> COLORS = colorMatcher();
    private static final PhraseMatcher<String> DEMONSTRATIVES = matcher(Lexicons.DEMONSTRATIVES);

    private volatile CatalogIndex last;

    // what one pass over the text learns (CatalogIndex.table holds these bits for every character)
    private static final int DIGIT = 1, LETTER = 1 << 1, HAO = 1 << 2, MA = 1 << 3, BUDGET_WORD = 1 << 4, GAO = 1 << 5, TIMES = 1 << 6,
            QTY = 1 << 7, NAMES = 1 << 8, PARTS = 1 << 9, VARIANTS = 1 << 10, ALL_VARIANTS = 1 << 11, COLOR = 1 << 12, REGION = 1 << 13,
            DEMONSTRATIVE = 1 << 14;

    /** The bits of the static character classes (QUANTITY_CHARS and the gates' characters) and of the static matchers. */
    private static final char[] STATIC_BITS = staticBits();

    private static char[] staticBits() {
        char[] t = new char[65536];
        for (char c = '0'; c <= '9'; c++) t[c] |= DIGIT;
        for (char c = 'a'; c <= 'z'; c++) t[c] |= LETTER;
        t['*'] |= TIMES;
        t['×'] |= TIMES;
        for (char c : QUANTITY_CHARS.toCharArray()) t[c] |= QTY;
        for (char c : "号链第".toCharArray()) t[c] |= HAO;
        t['码'] |= MA;
        for (char c : "内下左上出封预超".toCharArray()) t[c] |= BUDGET_WORD;
        t['高'] |= GAO;
        t['重'] |= GAO;
        COLORS.markStarts(t, COLOR);
        REGIONS.markStarts(t, REGION);
        DEMONSTRATIVES.markStarts(t, DEMONSTRATIVE);
        return t;
    }

    /** The entities in a normalized (and masked) comment. */
    public Entities extract(String text, Catalog catalog, String productOnShow) {
        if (text == null || text.isEmpty()) return Entities.NONE;
        CatalogIndex idx = index(catalog);
        // one pass decides which patterns and phrase lists can match at all
        char[] cs = text.toCharArray();
        int n = cs.length;
        char[] table = idx.table;
        int bits = 0, run = 0, maxRun = 0;
        // where a phrase of some list can start (the phrase lists then look there only), up to MAX_STARTS places
        int[] at = null;
        int starts = 0;
        for (int k = 0; k < n; k++) {
            char c = cs[k];
            int t = table[c];
            bits |= t;
            if ((t & PHRASES) != 0) {
                if (at == null) at = new int[MAX_STARTS];
                if (starts < MAX_STARTS) at[starts] = k;
                starts++;
            }
            if (c >= '0' && c <= '9') {
                if (++run > maxRun) maxRun = run;
            } else {
                run = 0;
            }
        }
        Starts st = new Starts(starts > MAX_STARTS ? null : at, starts);
        boolean digit = (bits & DIGIT) != 0, letter = (bits & LETTER) != 0, hao = (bits & HAO) != 0, ma = (bits & MA) != 0;
        Found f = new Found();
        products(text, cs, n, idx, bits, f, st);
        List<String> products = f.productsAt == null ? List.of() : new ArrayList<>(new java.util.LinkedHashSet<>(f.productsAt.values()));
        if (products.isEmpty() && productOnShow != null && (bits & DEMONSTRATIVE) != 0 && DEMONSTRATIVES.first(cs, n, st.at, st.count) != null) {
            products = List.of(productOnShow);
        }
        String product = products.isEmpty() ? null : products.get(0);

        String size = EntityRules.bedSize(text);
        if (size == null) size = size(text, cs, n, digit && ma, ma || hao || letter && text.indexOf("size") >= 0, letter && sizeLetters(cs, n));
        if (size == null && digit && idx.sized) size = chartSize(text, idx, products, productOnShow);
        if (size == null && !idx.letterLabels.isEmpty()) size = EntityRules.letterSize(text, idx.letterLabels);
        String color = (bits & (VARIANTS | ALL_VARIANTS | COLOR)) == 0 ? null : color(cs, n, bits, idx, products, productOnShow, st);
        if (color != null && !idx.spellings.isEmpty()) color = idx.spellings.getOrDefault(color, color);
        if (digit) measures(text, cs, bits, maxRun, f);
        if (digit && (bits & BUDGET_WORD) != 0 && mayBudget(text, cs, n)) f.budget = budget(text, cs);
        if (f.budget == null && ((bits & BUDGET_WORD) != 0 || text.indexOf('最') >= 0)) f.budget = EntityRules.chineseBudget(text);
        if (digit && (bits & (QTY | TIMES | LETTER)) != 0 && mayQuantity(cs, n)) f.quantity = quantity(text, cs, f.budget, f.height);
        if (f.quantity == null) f.quantity = EntityRules.dozens(text);
        String region = null;
        if ((bits & REGION) != 0) {
            PhraseMatcher.Match<String> rm = REGIONS.first(cs, n, st.at, st.count);
            if (rm != null) region = region(text, cs, n, idx, rm);
        }
        if (f.linkNo == null && product == null && size == null && color == null && f.height == null && f.weight == null
                && f.budget == null && f.quantity == null && region == null) return Entities.NONE;
        return new Entities(f.linkNo, product, products, size, color, f.height, f.weight, f.budget, f.quantity, region);
    }

    /**
     * The comment with every mention of a catalog product — a name, an alias, or a distinctive part of one name, as
     * {@link #extract} finds them — replaced by a space (one between two words); the text itself (the same instance) when it mentions none.
     * What a comment asks does not depend on which product it names ("牛肉干辣不辣", "靴子还能再降吗"), so the intent
     * classifier reads it without the names too (see {@code BuiltinUnderstander}).
     */
    public String withoutProducts(String text, Catalog catalog) {
        if (text == null || text.isEmpty() || catalog == null) return text;
        CatalogIndex idx = index(catalog);
        String t = blank(idx.names, text);
        return idx.partial == null ? t : blank(idx.partial, t);
    }

    /** {@code text} with every leftmost-longest match of {@code pm} (that cuts no number) replaced by one space. */
    private static String blank(PhraseMatcher<String> pm, String text) {
        if (pm == null) return text;
        char[] cs = text.toCharArray();
        int n = cs.length;
        StringBuilder sb = null;
        int copied = 0;
        for (int i = 0; i < n; ) {
            PhraseMatcher.Node<String> hit = pm.startsWith(cs[i]) && pm.mayStartAt(cs, n, i) ? pm.longestAt(cs, n, i) : null;
            if (hit == null) {
                i++;
                continue;
            }
            int end = i + hit.phrase.length();
            if (!EntityRules.cutsNumber(text, i, end)) {
                if (sb == null) sb = new StringBuilder(n);
                sb.append(cs, copied, i - copied);
                // one space between the words around it, not two (a name next to a space or to another name)
                if (!(sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') && !(end < n && cs[end] == ' ')) sb.append(' ');
                copied = end;
            }
            i = end;
        }
        if (sb == null) return text;
        return sb.append(cs, copied, n - copied).toString();
    }

    /** A size of the chart of the comment's products (or the one on show) written as a bare number ("藏青42"), or {@code null}. */
    private static String chartSize(String text, CatalogIndex idx, List<String> products, String productOnShow) {
        if (products.isEmpty()) {
            List<String> labels = productOnShow == null ? null : idx.numberLabels.get(productOnShow);
            return labels == null ? null : EntityRules.chartSize(text, labels);
        }
        for (String id : products) {
            List<String> labels = idx.numberLabels.get(id);
            String s = labels == null ? null : EntityRules.chartSize(text, labels);
            if (s != null) return s;
        }
        return null;
    }

    /** The bits of the phrase lists: a character with one of them may start a phrase. */
    private static final int PHRASES = NAMES | PARTS | VARIANTS | ALL_VARIANTS | COLOR | REGION | DEMONSTRATIVE;
    private static final int MAX_STARTS = 32;

    /**
     * Where phrases can start: every position of a character with a {@link #PHRASES} bit, ascending ({@code at[0,
     * count)}); {@code at} null when there were more than {@link #MAX_STARTS} (then every position).
     */
    private record Starts(int[] at, int count) {}

    /** What {@link #extract} found so far. */
    private static final class Found {
        Integer linkNo;
        Map<Integer, String> productsAt;
        Integer height;
        Double weight;
        BigDecimal budget;
        Integer quantity;

        void product(int at, String id) {
            if (productsAt == null) productsAt = new java.util.TreeMap<>();
            productsAt.putIfAbsent(at, id);
        }
    }

    // ---------------------------------------------------------------- gates: necessary conditions of the regexes

    /** {@code \\s} of a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The first character left of {@code i} that is not a space (or {@code skip}), 0 for none. */
    private static char left(char[] cs, int i, char skip) {
        for (int k = i - 1; k >= 0; k--) if (!space(cs[k]) && cs[k] != skip) return cs[k];
        return 0;
    }

    /** The first character from {@code i} on that is not a space (nor {@code skip1}, {@code skip2}), 0 for none. */
    private static char right(char[] cs, int n, int i, char skip1, char skip2) {
        for (int k = i; k < n; k++) if (!space(cs[k]) && cs[k] != skip1 && cs[k] != skip2) return cs[k];
        return 0;
    }




    /** The characters before and after the number of QUANTITY, after the number of BUDGET. */
    private static final long[] QUANTITY_BEFORE = CharBits.of("拍买要来单抢囤带订入整x×*"), QUANTITY_AFTER = CharBits.of("件瓶盒双条套支包袋箱罐份只台桶提组副根张把本个"),
            BUDGET_AFTER = CharBits.of("以之内左上出封预");

    /**
     * Whether QUANTITY can match: each of its alternatives has a run of digits preceded by (spaces, 了 and) a verb
     * (拍 买 要 来 下单 抢 囤 带 订 入 整) or x × *, or followed by (spaces and) a counting unit.
     */
    static boolean mayQuantity(char[] cs, int n) {
        for (int i = 0; i < n; i++) {
            if (!digit(cs[i])) continue;
            int j = i;
            while (j < n && digit(cs[j])) j++;
            char l = left(cs, i, '了');
            if (CharBits.has(QUANTITY_BEFORE, l)) return true;
            char r = right(cs, n, j, ' ', ' ');
            if (CharBits.has(QUANTITY_AFTER, r)) return true;
            i = j;
        }
        return false;
    }

    /**
     * Whether BUDGET can match: 预算 or 不超过, or a number followed by (spaces, 元, 块 and) the start of 以内 以下 之内 内
     * 左右 上下 出头 封顶 预算.
     */
    static boolean mayBudget(String text, char[] cs, int n) {
        if (text.indexOf("预算") >= 0 || text.indexOf("不超过") >= 0) return true;
        for (int i = 0; i < n; i++) {
            if (!digit(cs[i])) continue;
            int j = i;
            while (j < n && (digit(cs[j]) || cs[j] == '.')) j++;
            char r = right(cs, n, j, '元', '块');
            if (CharBits.has(BUDGET_AFTER, r)) return true;
            i = j;
        }
        return false;
    }


    /**
     * Whether HEIGHT_WEIGHT or BARE_HEIGHT can match: both start with a number 1[4-9][0-9] not preceded by a digit or
     * a point.
     */
    static boolean mayHeightNumber(char[] cs, int n) {
        for (int i = 0; i + 2 < n; i++) {
            if (cs[i] == '1' && cs[i + 1] >= '4' && cs[i + 1] <= '9' && digit(cs[i + 2]) && (i == 0 || !digit(cs[i - 1]) && cs[i - 1] != '.')) {
                return true;
            }
        }
        return false;
    }

    /** Link numbers and products, in order of position. */
    private static void products(String text, char[] cs, int n, CatalogIndex idx, int bits, Found f, Starts st) {
        if ((bits & DIGIT) != 0 && (bits & (HAO | LETTER)) != 0) {
            int[] g = null;
            for (int i = 0; i < n; ) {
                char c = cs[i];
                int end = -1;
                if (c >= '0' && c <= '9' || c == '链' || c == '第' || c == 'l') {
                    if (g == null) g = new int[2];
                    end = Scans.linkAt(cs, n, i, g);
                }
                if (end < 0) {
                    i++;
                    continue;
                }
                int v = Integer.parseInt(text, g[0], g[1], 10);
                if (v > 0 && v <= 999) {
                    if (f.linkNo == null) f.linkNo = v;
                    String id = idx.byLink.get(v);
                    if (id != null) f.product(i, id);
                }
                i = end;
            }
        }
        if (idx.names != null && (bits & NAMES) != 0) all(idx.names, text, cs, n, f, st);
        if (f.productsAt == null && idx.partial != null && (bits & PARTS) != 0) all(idx.partial, text, cs, n, f, st);
    }

    /** Every leftmost-longest match of {@code pm} (at the places {@code st} lists) as a product. */
    private static void all(PhraseMatcher<String> pm, String text, char[] cs, int n, Found f, Starts st) {
        int[] at = st.at;
        if (at != null) {
            int next = 0; // the first place after the last match
            for (int k = 0, count = st.count; k < count; k++) {
                int i = at[k];
                if (i < next || !pm.mayStartAt(cs, n, i)) continue;
                PhraseMatcher.Node<String> hit = pm.longestAt(cs, n, i);
                if (hit == null) continue;
                if (!EntityRules.cutsNumber(text, i, i + hit.phrase.length())) f.product(i, hit.value);
                next = i + hit.phrase.length();
            }
            return;
        }
        for (int i = 0; i < n; ) {
            PhraseMatcher.Node<String> hit = pm.startsWith(cs[i]) && pm.mayStartAt(cs, n, i) ? pm.longestAt(cs, n, i) : null;
            if (hit == null) {
                i++;
                continue;
            }
            if (!EntityRules.cutsNumber(text, i, i + hit.phrase.length())) f.product(i, hit.value);
            i += hit.phrase.length();
        }
    }

    /** Height and weight: "165cm", "身高165", "50kg", "体重100", "160 100", a bare height where sizes are discussed. */
    private static void measures(String text, char[] cs, int bits, int maxRun, Found f) {
        boolean letter = (bits & LETTER) != 0, gao = (bits & GAO) != 0;
        Integer height = null;
        Double weight = null;
        int n = cs.length;
        if (letter) {
            String g = Scans.heightCm(cs, n);
            if (g != null) height = Integer.parseInt(g);
        }
        if (height == null && gao) {
            String g = Scans.heightWord(cs, n);
            if (g != null) height = Integer.parseInt(g);
        }
        double kg = -1;
        if (letter) {
            String g = Scans.weightKg(cs, n);
            if (g != null) {
                double w = Double.parseDouble(g);
                if (w > 0 && w < 300) kg = w;
                if (kg > 0 && EntityRules.bodyWeight(text, w, height)) weight = w;
            }
        }
        if (weight == null && gao) {
            String g = Scans.weightWord(cs, n);
            if (g != null) {
                double w = Double.parseDouble(g);
                weight = w >= 80 ? w / 2 : w;
            }
        }
        boolean heightNumber = maxRun >= 3 && mayHeightNumber(cs, n);
        if ((height == null || weight == null) && heightNumber) {
            int[] g = new int[4];
            if (Scans.heightWeight(cs, n, g)) {
                if (height == null) height = Integer.parseInt(text, g[0], g[1], 10);
                if (weight == null) {
                    double w = Double.parseDouble(text.substring(g[2], g[3]));
                    weight = w > 80 ? w / 2 : w;
                }
            }
        }
        if (height == null && heightNumber && (weight != null || Scans.weightContext(cs, n))) {
            int at = Scans.bareHeight(cs, n);
            if (at >= 0) height = Integer.parseInt(text, at, at + 3, 10);
        }
        if (height == null && kg > 0 && kg < 40 && maxRun >= 3) {
            // a child's height beside a child's weight in kilograms ("118 22kg", "135 34kg" from 六十八斤)
            int at = Scans.childHeight(cs, n);
            if (at >= 0) {
                height = Integer.parseInt(text, at, at + 3, 10);
                if (weight == null) weight = kg;
            }
        }
        if (height != null && weight == null && letter) weight = EntityRules.chineseWeightAfterHeight(text);
        f.height = height;
        f.weight = weight;
    }

    private static BigDecimal budget(String text, char[] cs) {
        FastPattern.Scanner bm = BUDGET.matcher(text, cs);
        if (!bm.find()) return null;
        String g = bm.group(1) != null ? bm.group(1) : bm.group(2) != null ? bm.group(2) : bm.group(3) != null ? bm.group(3) : bm.group(4);
        return new BigDecimal(g);
    }

    private static Integer quantity(String text, char[] cs, BigDecimal budget, Integer height) {
        QuantityScan qm = new QuantityScan(cs, cs.length);
        while (qm.find()) {
            int q = Integer.parseInt(text, qm.start, qm.end, 10);
            if (q <= 0 || q > 999 || EntityRules.notQuantity(text, qm.start, qm.end)) continue;
            if (budget != null && budget.compareTo(BigDecimal.valueOf(q)) == 0) continue;
            if (height != null && height == q) continue;
            return q;
        }
        return null;
    }

    /** Alternative 1 of QUANTITY: its one-character verbs (下单 is the two-character one). */
    private static final long[] QUANTITY_VERBS = CharBits.of("拍买要来抢囤带订入整");
    /** The counting units of QUANTITY's alternative 1 and of its alternative 2 (where 个 has a condition of its own). */
    private static final long[] UNITS_1 = CharBits.of("件个瓶盒双条套支包袋箱罐份单只台桶提片组副把本张杯根"),
            UNITS_2 = CharBits.of("件瓶盒双条套支包袋箱罐份只台桶提组副根张把本");
    /** What may follow the 个 of alternative 2 ({@code [\s,，.。!！?？~～吧呀啊哦呢吗]}). */
    private static final long[] AFTER_GE = CharBits.of(" \t\n\u000B\f\r,，.。!！?？~～吧呀啊哦呢吗");
    /** What may not follow the count of alternative 1 as one character ({@code (?![0-9]|号|码|元|kg|cm|斤|块|米|岁)}). */
    private static final long[] NOT_AFTER_1 = CharBits.of("0123456789号码元斤块米岁");

    /**
     * The matches of {@link #QUANTITY}, written out: the same matches in the same order (the regex stays the
     * definition; {@code EntityExtractorFastTest} compares the two on random texts), without a regex engine. Each
     * match gives the digits of its count ({@link #start}, {@link #end}).
     */
    static final class QuantityScan {
        private final char[] cs;
        private final int n;
        private int next;
        /** The count's digits in the last match, and which alternative (group) matched, 1–3. */
        int start, end, group;
        /** Where the last match ends. */
        int matchEnd;

        QuantityScan(char[] cs, int n) {
            this.cs = cs;
            this.n = n;
        }

        boolean find() {
            char[] cs = this.cs;
            for (int i = next; i < n; i++) {
                char c = cs[i];
                int end;
                if (CharBits.has(QUANTITY_VERBS, c)) end = verbCount(i, i + 1);
                else if (c == '下') end = i + 1 < n && cs[i + 1] == '单' ? verbCount(i, i + 2) : -1;
                else if (digit(c)) end = unitCount(i);
                else if (c == 'x' || c == '×' || c == '*') end = timesCount(i);
                else continue;
                if (end >= 0) {
                    matchEnd = end;
                    next = end > i ? end : i + 1;
                    return true;
                }
            }
            next = n;
            return false;
        }

        /** {@code verb\s*了?\s*([0-9]{1,3})(?:\s*unit)?(?![0-9]|号|…)} with the verb ending at {@code p}: the match's end, or -1. */
        private int verbCount(int i, int p) {
            p = skipSpaces(p);
            if (p < n && cs[p] == '了') p = skipSpaces(p + 1);
            int d = digits(p);
            // the count's digits must be the whole run: a shorter count is followed by a digit, which nothing allows
            if (d == p || d - p > 3) return -1;
            int u = skipSpaces(d);
            int end = u < n && CharBits.has(UNITS_1, cs[u]) && !countFollowed(u + 1) ? u + 1 : !countFollowed(d) ? d : -1;
            if (end >= 0) set(p, d, 1);
            return end;
        }

        /** {@code (?<![0-9.第])([0-9]{1,3})\s*(?:unit|个(?=$|[…]))(?!以内)} from {@code i}: the match's end, or -1. */
        private int unitCount(int i) {
            if (i > 0 && (digit(cs[i - 1]) || cs[i - 1] == '.' || cs[i - 1] == '第')) return -1;
            int d = digits(i);
            if (d - i > 3) return -1;
            int u = skipSpaces(d);
            if (u >= n) return -1;
            char c = cs[u];
            boolean unit = CharBits.has(UNITS_2, c) || c == '个' && (u + 1 == n || CharBits.has(AFTER_GE, cs[u + 1]) || lastTerminator(u + 1));
            if (!unit || u + 2 < n && cs[u + 1] == '以' && cs[u + 2] == '内') return -1;
            set(i, d, 2);
            return u + 1;
        }

        /** {@code [x×*]\s*([0-9]{1,2})(?![0-9])} from {@code i}: the match's end, or -1. */
        private int timesCount(int i) {
            int p = skipSpaces(i + 1);
            int d = digits(p);
            if (d == p || d - p > 2) return -1;
            set(p, d, 3);
            return d;
        }

        /** Whether {@code (?![0-9]|号|码|元|kg|cm|斤|块|米|岁)} fails at {@code p}. */
        private boolean countFollowed(int p) {
            if (p >= n) return false;
            char c = cs[p];
            if (CharBits.has(NOT_AFTER_1, c)) return true;
            return p + 1 < n && (c == 'k' && cs[p + 1] == 'g' || c == 'c' && cs[p + 1] == 'm');
        }

        /** Whether {@code $} holds at {@code p} because the one character left is a line terminator that {@code \s} does not hold. */
        private boolean lastTerminator(int p) {
            return p == n - 1 && (cs[p] == '\u0085' || cs[p] == '\u2028' || cs[p] == '\u2029');
        }

        private int skipSpaces(int p) {
            while (p < n && space(cs[p])) p++;
            return p;
        }

        private int digits(int p) {
            while (p < n && digit(cs[p])) p++;
            return p;
        }

        private void set(int s, int e, int g) {
            start = s;
            end = e;
            group = g;
        }
    }

    /**
     * Whether some run of ASCII letters is a size (s m l xs xl xxl xxxl): SIZE_LETTER needs one, its match being a
     * whole run of letters.
     */
    static boolean sizeLetters(char[] cs, int n) {
        for (int i = 0; i < n; i++) {
            if (cs[i] < 'a' || cs[i] > 'z') continue;
            int j = i;
            while (j < n && cs[j] >= 'a' && cs[j] <= 'z') j++;
            int len = j - i;
            char a = cs[i], z = cs[j - 1];
            if (len == 1 ? a == 's' || a == 'm' || a == 'l'
                    : len <= 4 && (z == 's' && len == 2 && a == 'x' || z == 'l' && allX(cs, i, j - 1))) return true;
            i = j;
        }
        return false;
    }

    private static boolean allX(char[] cs, int from, int to) {
        for (int k = from; k < to; k++) if (cs[k] != 'x') return false;
        return true;
    }

    private static String size(String text, char[] cs, int n, boolean numberGate, boolean wordGate, boolean letterGate) {
        if (numberGate) {
            String g = Scans.sizeNumber(cs, n);
            if (g != null) return g + "码";
        }
        if (wordGate) {
            String w = Scans.sizeWord(cs, n);
            if (w != null) return w.replace(" ", "").replace("freesize", "均码").replace("onesize", "均码");
        }
        if (!letterGate) return null;
        for (int i = 0; i < n; ) {
            char c = cs[i];
            int end = c >= '2' && c <= '6' || c == 'x' || c == 's' || c == 'm' || c == 'l' ? Scans.sizeLetterAt(cs, n, i) : -1;
            if (end < 0) {
                i++;
                continue;
            }
            // a lone s/m/l must look like a size: followed by 码/号/的/吗/呢/?/end/space, or preceded by 穿/要/拿/选
            if (end - i == 1) {
                char next = end < n ? cs[end] : ' ';
                char prev = i > 0 ? cs[i - 1] : ' ';
                boolean ok = "码号的吗呢?？ ,，还或和/、还合可".indexOf(next) >= 0 || "穿要拿选是买拍 ,，/、和或还".indexOf(prev) >= 0;
                if (!ok) {
                    i = end;
                    continue;
                }
            }
            return text.substring(i, end).toUpperCase(java.util.Locale.ROOT);
        }
        return null;
    }

    private static String color(char[] cs, int n, int bits, CatalogIndex idx, List<String> products, String productOnShow, Starts st) {
        // the earliest colour or variant word wins; at one position a variant of the products in question first,
        // then a variant of any product, then the colour lexicon
        int bestStart = Integer.MAX_VALUE;
        String best = null;
        if ((bits & VARIANTS) != 0) {
            List<String> order = products;
            if (productOnShow != null && !order.contains(productOnShow)) {
                order = new ArrayList<>(products);
                order.add(productOnShow);
            }
            for (String id : order) {
                PhraseMatcher<String> vm = idx.variants.get(id);
                if (vm == null) continue;
                PhraseMatcher.Match<String> hit = vm.first(cs, n, st.at, st.count);
                if (hit != null && hit.start() < bestStart) {
                    bestStart = hit.start();
                    best = surfaceWithSe(cs, n, hit.phrase(), hit.end());
                }
            }
        }
        if (idx.allVariants != null && (bits & ALL_VARIANTS) != 0) {
            PhraseMatcher.Match<String> hit = idx.allVariants.first(cs, n, st.at, st.count);
            if (hit != null && hit.start() < bestStart) {
                bestStart = hit.start();
                best = surfaceWithSe(cs, n, hit.phrase(), hit.end());
            }
        }
        if ((bits & COLOR) == 0) return best;
        int[] at = st.at;
        for (int i = 0, k = 0; i < n && i < bestStart; ) {
            if (at != null) { // the next place a phrase can start, from i on
                while (k < st.count && at[k] < i) k++;
                if (k == st.count) break;
                i = at[k];
                if (i >= bestStart) break;
            }
            PhraseMatcher.Node<String> c = COLORS.startsWith(cs[i]) ? COLORS.longestAt(cs, n, i) : null;
            if (c == null) {
                i++;
                continue;
            }
            String w = c.phrase;
            int end = i + w.length();
            char next = end < n ? cs[end] : ' ';
            i = end;
            if (w.length() == 1) {
                if (next == '色' || next == '的' || next == '款') return w + "色";
                continue;
            }
            if (w.endsWith("味")) return w;
            return next == '色' && !w.endsWith("色") ? w + "色" : w;
        }
        return best;
    }

    /** The first region named ({@code first}) unless it lies inside a catalog name (新疆长绒棉四件套): then the next one outside. */
    private static String region(String text, char[] cs, int n, CatalogIndex idx, PhraseMatcher.Match<String> first) {
        if (idx.regionNames.isEmpty() || !EntityRules.insideName(text, first.start(), first.end(), idx.regionNames)) return first.value();
        for (PhraseMatcher.Match<String> m : REGIONS.findAll(cs, n)) {
            if (!EntityRules.insideName(text, m.start(), m.end(), idx.regionNames)) return m.value();
        }
        return null;
    }

    private static String surfaceWithSe(char[] cs, int n, String w, int end) {
        if (!w.endsWith("色") && end < n && cs[end] == '色') return w + "色";
        return w;
    }

    private static PhraseMatcher<String> matcher(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : words) m.put(w, w);
        return new PhraseMatcher<>(m);
    }

    private static PhraseMatcher<String> colorMatcher() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : FLAVORS) m.put(f + "味", f + "味");
        for (String w : Lexicons.COLORS) m.put(w, w);
        return new PhraseMatcher<>(m);
    }

    // ---------------------------------------------------------------- catalog index

    private CatalogIndex index(Catalog catalog) {
        if (catalog == null) catalog = Catalog.EMPTY;
        CatalogIndex i = last;
        if (i != null && i.catalog == catalog) return i;
        i = new CatalogIndex(catalog);
        last = i;
        return i;
    }

    /** A region alone ("新疆包邮吗") names a destination, not the product whose name starts with it (新疆长绒棉四件套). */
    private static final Set<String> REGION_WORDS = Set.copyOf(Lexicons.REGIONS);

    private static final Set<String> GENERIC = Set.of("这个", "那个", "一个", "多少", "什么", "可以", "有没", "没有", "主播", "链接",
            "款式", "颜色", "尺码", "衣服", "裤子", "鞋子", "东西", "宝贝", "商品", "产品", "套装", "新款", "经典", "同款", "正品",
            "男士", "女士", "男款", "女款", "儿童", "学生", "大码", "小码", "家用", "便携", "官方", "旗舰", "组合", "礼盒", "升级",
            "加厚", "加绒", "超薄", "纯棉", "夏季", "冬季", "春秋", "网红", "爆款", "特价", "福利", "秒杀", "进口", "国产", "天然", "有机");

    /** A catalog's lookup tables: link numbers, names and aliases, distinctive name parts, variants. */
    private static final class CatalogIndex {
        final Catalog catalog;
        final Map<Integer, String> byLink = new HashMap<>();
        final PhraseMatcher<String> names;
        final PhraseMatcher<String> partial;
        final Map<String, PhraseMatcher<String>> variants = new HashMap<>();
        final PhraseMatcher<String> allVariants;
        /** The names holding a region word. */
        final List<String> regionNames;
        /** {@link #STATIC_BITS} with the bits of this catalog's phrase lists. */
        final char[] table = STATIC_BITS.clone();
        /** Per product with a chart of number labels, those labels ({@link EntityRules#numberLabels}). */
        final Map<String, List<String>> numberLabels = new HashMap<>();
        /** Whether some product has number labels. */
        final boolean sized;
        /** The catalog's uncommon letter labels ({@link EntityRules#letterLabels}). */
        final Map<String, String> letterLabels;
        /** The catalog's spelling of its variants ({@link EntityRules#variantSpellings}). */
        final Map<String, String> spellings;

        CatalogIndex(Catalog catalog) {
            this.catalog = catalog;
            Map<String, String> nameMap = new LinkedHashMap<>();
            Map<String, Set<String>> parts = new HashMap<>();
            Map<String, String> allVar = new LinkedHashMap<>();
            for (Product p : catalog.products()) {
                if (p.linkNo() != null) byLink.putIfAbsent(p.linkNo(), p.id());
                for (String name : p.names()) {
                    String n = TextNormalizer.normalize(name);
                    // a one-character name counts only as an alias the catalog gives, and only a Chinese one ("刀")
                    if (n.length() < 2 && (n.isEmpty() || name.equals(p.name()) || !Character.isIdeographic(n.charAt(0)))) continue;
                    nameMap.putIfAbsent(n, p.id());
                    for (int len = 2; len <= Math.min(5, n.length() - 1); len++) {
                        for (int s = 0; s + len <= n.length(); s++) {
                            String part = n.substring(s, s + len);
                            if (part.isBlank() || part.contains(" ") || GENERIC.contains(part) || REGION_WORDS.contains(part)
                                    || EntityRules.numberOnlyPart(n, s, s + len)) continue;
                            if (part.chars().allMatch(ch -> ch < 0x80) && len < 3) continue;
                            parts.computeIfAbsent(part, k -> new HashSet<>()).add(p.id());
                        }
                    }
                    for (String w : EntityRules.ziWords(n)) parts.computeIfAbsent(w, k -> new HashSet<>()).add(p.id());
                }
                // the category names the product when no other product has it ("茶叶有运费险吗" with one tea in the catalog)
                String category = p.category() == null ? "" : TextNormalizer.normalize(p.category());
                if (category.length() >= 2 && !GENERIC.contains(category) && !REGION_WORDS.contains(category)) {
                    parts.computeIfAbsent(category, k -> new HashSet<>()).add(p.id());
                }
                Map<String, String> vm = new LinkedHashMap<>();
                for (String v : p.variants()) {
                    String n = TextNormalizer.normalize(v);
                    if (n.isEmpty()) continue;
                    vm.put(n, n);
                    if (n.length() >= 3 && n.endsWith("色")) vm.put(n.substring(0, n.length() - 1), n.substring(0, n.length() - 1));
                    allVar.putIfAbsent(n, n);
                }
                if (!vm.isEmpty()) variants.put(p.id(), new PhraseMatcher<>(vm));
            }
            for (Product p : catalog.products()) {
                List<String> labels = EntityRules.numberLabels(p);
                if (!labels.isEmpty()) numberLabels.put(p.id(), labels);
            }
            sized = !numberLabels.isEmpty();
            letterLabels = EntityRules.letterLabels(catalog.products(), TextNormalizer::normalize);
            spellings = EntityRules.variantSpellings(catalog.products(), TextNormalizer::normalize);
            names = nameMap.isEmpty() ? null : new PhraseMatcher<>(nameMap);
            regionNames = EntityRules.namesWithRegions(nameMap.keySet(), REGION_WORDS);
            Map<String, String> partMap = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> e : parts.entrySet()) {
                if (e.getValue().size() == 1 && !nameMap.containsKey(e.getKey())) partMap.put(e.getKey(), e.getValue().iterator().next());
            }
            partial = partMap.isEmpty() ? null : new PhraseMatcher<>(partMap);
            Map<String, String> av = new LinkedHashMap<>();
            for (String v : allVar.keySet()) if (v.length() >= 2) av.put(v, v);
            allVariants = av.isEmpty() ? null : new PhraseMatcher<>(av);
            if (names != null) names.markStarts(table, NAMES);
            if (partial != null) partial.markStarts(table, PARTS);
            if (allVariants != null) allVariants.markStarts(table, ALL_VARIANTS);
            for (PhraseMatcher<String> vm : variants.values()) vm.markStarts(table, VARIANTS);
        }
    }
}
