package io.livecopilot.nlp.entity;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The extractor as it was before its speed-up (reference for tests). The extractor of the entities of spec/intents.md from a normalized comment: link numbers, products (resolved
 * against the catalog by link number, name, alias, a distinctive part of a name, or "这个/这款" = the product on
 * show), size, colour or variant, height, weight, budget, quantity and delivery region. Regexes over the
 * {@link TextNormalizer} output (which already turned 一米六五 into 165cm, 100斤 into 50kg, 三号 into 3号) plus lookup
 * tables. Thread-safe; the per-catalog index is cached for the last catalog seen.
 */
public final class OldEntityExtractor {
    private static final FastPattern LINK = FastPattern.compile("0-9链第l", 
            "(?<![0-9.a-z])([0-9]{1,3})\\s*号(?!发|到|之前|前|下单|左右|以后|后|晚|早|上午|下午|开始|会|能|可以|那天|当天|色)"
                    + "|链接\\s*([0-9]{1,3})(?![0-9])|第\\s*([0-9]{1,3})\\s*(?:个|号)?\\s*(?:链接|宝贝|商品|产品|款)|(?<![a-z])link\\s*([0-9]{1,3})");
    private static final FastPattern SIZE_LETTER = FastPattern.compile("2-6xsml", "(?<![a-z0-9])([2-6]xl|xxxl|xxl|xl|xs|s|m|l)(?![a-z])");
    private static final FastPattern SIZE_NUMBER = FastPattern.compile("0-9", "(?<![0-9.])([0-9]{2,3}(?:\\.5)?)\\s*码");
    private static final FastPattern SIZE_WORD = FastPattern.compile("均加大小中特fo", "均码|加大码|大码|小码|中码|大号|中号|小号|特大号|free\\s?size|one\\s?size");
    private static final Pattern HEIGHT_CM = Pattern.compile("(?<![0-9.])([5-9][0-9]|1[0-9][0-9]|2[01][0-9])\\s*cm");
    private static final Pattern HEIGHT_WORD = Pattern.compile("(?:身高|高)\\s*(?:是|有)?\\s*(1[3-9][0-9]|2[01][0-9])(?![0-9])");
    private static final Pattern WEIGHT_KG = Pattern.compile("(?<![0-9.])([0-9]{1,3}(?:\\.[0-9]+)?)\\s*kg");
    private static final Pattern WEIGHT_WORD = Pattern.compile("体重\\s*(?:是|有)?\\s*([0-9]{2,3}(?:\\.[0-9]+)?)(?![0-9.]|kg)");
    /** "160 100", "160/55", "165，120": a bare height then a bare weight. */
    private static final FastPattern HEIGHT_WEIGHT = FastPattern.compile("1", 
            "(?<![0-9.])(1[4-9][0-9])\\s*(?:cm)?\\s*[ ,，/、+和]?\\s*([3-9][0-9]|1[0-9][0-9]|2[0-4][0-9])(?![0-9.]|元|号|码|cm|块|件|个|ml|g)");
    private static final FastPattern BARE_HEIGHT = FastPattern.compile("1", "(?<![0-9.])(1[4-9][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)");
    private static final Pattern CHILD_HEIGHT = Pattern.compile("(?<![0-9.])(1[0-3][0-9])(?![0-9.]|元|号|码|块|件|个|ml|g|kg|斤|天|%|w|万)");
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
    private static final FastPattern WEIGHT_CONTEXT = FastPattern.compile("码穿尺身体多合胖瘦偏腰胸", "码|穿|尺码|身高|体重|多大|合适|胖|瘦|偏大|偏小|腰围|胸围");

    private static final List<String> FLAVORS = List.of("原", "辣", "微辣", "中辣", "特辣", "变态辣", "香辣", "麻辣", "甜", "咸", "酸",
            "酸甜", "草莓", "巧克力", "抹茶", "牛奶", "芒果", "香草", "蓝莓", "海盐", "芝士", "番茄", "黑椒", "蒜香", "五香", "奶油", "椰子",
            "榴莲", "柠檬", "青柠", "葡萄", "水蜜桃", "白桃", "荔枝", "西柚", "玫瑰", "藤椒", "烧烤", "孜然", "咖喱", "原切", "蜂蜜",
            "焦糖", "红枣", "桂花", "绿茶", "乌龙", "椒盐", "酱香", "卤", "泡椒", "酸辣", "菌菇", "牛肉", "鸡肉", "海鲜", "清香", "浓香");

    private static final OldPhraseMatcher<String> REGIONS = matcher(Lexicons.REGIONS);
    private static final OldPhraseMatcher<String> COLORS = colorMatcher();
    private static final OldPhraseMatcher<String> DEMONSTRATIVES = matcher(Lexicons.DEMONSTRATIVES);

    private volatile CatalogIndex last;

    /** The entities in a normalized (and masked) comment. */
    public Entities extract(String text, Catalog catalog, String productOnShow) {
        if (text == null || text.isEmpty()) return Entities.NONE;
        CatalogIndex idx = index(catalog);
        // one pass decides which patterns can match at all
        int n = text.length();
        boolean digit = false, letter = false, hao = false, ma = false, budgetWord = false, gao = false, times = false, qty = false;
        int run = 0, maxRun = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digit = true;
                if (++run > maxRun) maxRun = run;
                continue;
            }
            run = 0;
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') letter = true;
                else if (c == '*') times = true;
                continue;
            }
            if (QUANTITY_CHARS.indexOf(c) >= 0) qty = true;
            switch (c) {
                case '号', '链', '第' -> hao = true;
                case '码' -> ma = true;
                case '内', '下', '左', '上', '出', '封', '预', '超' -> budgetWord = true;
                case '高', '重' -> gao = true;
                case '×' -> times = true;
                default -> { }
            }
        }
        // link numbers and products, in order of position
        Integer linkNo = null;
        Map<Integer, String> productsAt = null;
        if (digit && (hao || letter)) {
            FastPattern.Scanner m = LINK.matcher(text);
            while (m.find()) {
                String g = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
                int v = Integer.parseInt(g);
                if (v <= 0 || v > 999) continue;
                if (linkNo == null) linkNo = v;
                String id = idx.byLink.get(v);
                if (id != null) {
                    if (productsAt == null) productsAt = new java.util.TreeMap<>();
                    productsAt.putIfAbsent(m.start(), id);
                }
            }
        }
        if (idx.names != null) {
            for (OldPhraseMatcher.Match<String> pm : idx.names.findAll(text)) {
                if (EntityRules.cutsNumber(text, pm.start(), pm.end())) continue;
                if (productsAt == null) productsAt = new java.util.TreeMap<>();
                productsAt.putIfAbsent(pm.start(), pm.value());
            }
        }
        if (productsAt == null && idx.partial != null) {
            for (OldPhraseMatcher.Match<String> pm : idx.partial.findAll(text)) {
                if (EntityRules.cutsNumber(text, pm.start(), pm.end())) continue;
                if (productsAt == null) productsAt = new java.util.TreeMap<>();
                productsAt.putIfAbsent(pm.start(), pm.value());
            }
        }
        List<String> products = productsAt == null ? List.of() : new ArrayList<>(new java.util.LinkedHashSet<>(productsAt.values()));
        if (products.isEmpty() && productOnShow != null && DEMONSTRATIVES.first(text) != null) products = List.of(productOnShow);
        String product = products.isEmpty() ? null : products.get(0);

        String size = EntityRules.bedSize(text);
        if (size == null) size = size(text, digit && ma, ma || hao || letter, letter);
        if (size == null && digit) {
            List<String> ids = !products.isEmpty() ? products : productOnShow == null ? List.of() : List.of(productOnShow);
            for (String id : ids) {
                size = EntityRules.chartSize(text, idx.numberLabels.getOrDefault(id, List.of()));
                if (size != null) break;
            }
        }
        if (size == null) size = EntityRules.letterSize(text, idx.letterLabels);
        String color = color(text, idx, products, productOnShow);
        if (color != null) color = idx.spellings.getOrDefault(color, color);

        Integer height = null;
        Double weight = null;
        if (digit) {
            if (letter && text.indexOf("cm") >= 0) {
                Matcher hm = HEIGHT_CM.matcher(text);
                if (hm.find()) height = Integer.parseInt(hm.group(1));
            }
            if (height == null && gao) {
                Matcher hm = HEIGHT_WORD.matcher(text);
                if (hm.find()) height = Integer.parseInt(hm.group(1));
            }
            double kg = -1;
            if (letter && text.indexOf("kg") >= 0) {
                Matcher wm = WEIGHT_KG.matcher(text);
                if (wm.find()) {
                    double w = Double.parseDouble(wm.group(1));
                    if (w > 0 && w < 300) kg = w;
                    if (kg > 0 && EntityRules.bodyWeight(text, w, height)) weight = w;
                }
            }
            if (weight == null && gao && text.indexOf("体重") >= 0) {
                Matcher wm = WEIGHT_WORD.matcher(text);
                if (wm.find()) {
                    double w = Double.parseDouble(wm.group(1));
                    weight = w >= 80 ? w / 2 : w;
                }
            }
            if ((height == null || weight == null) && maxRun >= 3) {
                FastPattern.Scanner hw = HEIGHT_WEIGHT.matcher(text);
                if (hw.find()) {
                    if (height == null) height = Integer.parseInt(hw.group(1));
                    if (weight == null) {
                        double w = Double.parseDouble(hw.group(2));
                        weight = w > 80 ? w / 2 : w;
                    }
                }
            }
            if (height == null && maxRun >= 3 && (weight != null || WEIGHT_CONTEXT.matcher(text).find())) {
                FastPattern.Scanner bh = BARE_HEIGHT.matcher(text);
                if (bh.find()) height = Integer.parseInt(bh.group(1));
            }
            if (height == null && kg > 0 && kg < 40 && maxRun >= 3) {
                Matcher ch = CHILD_HEIGHT.matcher(text);
                if (ch.find()) {
                    height = Integer.parseInt(ch.group(1));
                    if (weight == null) weight = kg;
                }
            }
            if (height != null && weight == null) weight = EntityRules.chineseWeightAfterHeight(text);
        }

        BigDecimal budget = null;
        if (digit && budgetWord) {
            FastPattern.Scanner bm = BUDGET.matcher(text);
            if (bm.find()) {
                String g = bm.group(1) != null ? bm.group(1) : bm.group(2) != null ? bm.group(2) : bm.group(3) != null ? bm.group(3) : bm.group(4);
                budget = new BigDecimal(g);
            }
        }
        if (budget == null) budget = EntityRules.chineseBudget(text);
        Integer quantity = null;
        if (digit && (qty || times || letter)) {
            FastPattern.Scanner qm = QUANTITY.matcher(text);
            while (qm.find()) {
                int gi = qm.group(1) != null ? 1 : qm.group(2) != null ? 2 : 3;
                String g = qm.group(gi);
                int q = Integer.parseInt(g);
                if (q <= 0 || q > 999 || EntityRules.notQuantity(text, qm.start(gi), qm.end(gi))) continue;
                if (budget != null && budget.compareTo(BigDecimal.valueOf(q)) == 0) continue;
                if (height != null && height == q) continue;
                quantity = q;
                break;
            }
        }
        if (quantity == null) quantity = EntityRules.dozens(text);
        String region = null;
        for (OldPhraseMatcher.Match<String> rm : REGIONS.findAll(text)) {
            if (EntityRules.insideName(text, rm.start(), rm.end(), idx.regionNames)) continue;
            region = rm.value();
            break;
        }
        if (linkNo == null && product == null && size == null && color == null && height == null && weight == null
                && budget == null && quantity == null && region == null) return Entities.NONE;
        return new Entities(linkNo, product, products, size, color, height, weight, budget, quantity, region);
    }

    private static String size(String text, boolean numberGate, boolean wordGate, boolean letterGate) {
        FastPattern.Scanner m;
        if (numberGate) {
            m = SIZE_NUMBER.matcher(text);
            if (m.find()) return m.group(1) + "码";
        }
        if (wordGate) {
            m = SIZE_WORD.matcher(text);
            if (m.find()) return m.group().replace(" ", "").replace("freesize", "均码").replace("onesize", "均码");
        }
        if (!letterGate) return null;
        m = SIZE_LETTER.matcher(text);
        while (m.find()) {
            String s = m.group(1);
            int end = m.end();
            // a lone s/m/l must look like a size: followed by 码/号/的/吗/呢/?/end/space, or preceded by 穿/要/拿/选
            if (s.length() == 1) {
                char next = end < text.length() ? text.charAt(end) : ' ';
                char prev = m.start() > 0 ? text.charAt(m.start() - 1) : ' ';
                boolean ok = "码号的吗呢?？ ,，还或和/、还合可".indexOf(next) >= 0 || "穿要拿选是买拍 ,，/、和或还".indexOf(prev) >= 0;
                if (!ok) continue;
            }
            return s.toUpperCase(java.util.Locale.ROOT);
        }
        return null;
    }

    private static String color(String text, CatalogIndex idx, List<String> products, String productOnShow) {
        // the earliest colour or variant word wins; at one position a variant of the products in question first,
        // then a variant of any product, then the colour lexicon
        int bestStart = Integer.MAX_VALUE;
        String best = null;
        List<String> order = new ArrayList<>(products);
        if (productOnShow != null && !order.contains(productOnShow)) order.add(productOnShow);
        for (String id : order) {
            OldPhraseMatcher<String> vm = idx.variants.get(id);
            if (vm == null) continue;
            OldPhraseMatcher.Match<String> hit = vm.first(text);
            if (hit != null && hit.start() < bestStart) {
                bestStart = hit.start();
                best = surfaceWithSe(text, hit);
            }
        }
        if (idx.allVariants != null) {
            OldPhraseMatcher.Match<String> hit = idx.allVariants.first(text);
            if (hit != null && hit.start() < bestStart) {
                bestStart = hit.start();
                best = surfaceWithSe(text, hit);
            }
        }
        for (OldPhraseMatcher.Match<String> c : COLORS.findAll(text)) {
            if (c.start() >= bestStart) break;
            String w = c.phrase();
            char next = c.end() < text.length() ? text.charAt(c.end()) : ' ';
            if (w.length() == 1) {
                if (next == '色' || next == '的' || next == '款') return w + "色";
                continue;
            }
            if (w.endsWith("味")) return w;
            return next == '色' && !w.endsWith("色") ? w + "色" : w;
        }
        return best;
    }

    private static String surfaceWithSe(String text, OldPhraseMatcher.Match<String> hit) {
        String w = hit.phrase();
        if (!w.endsWith("色") && hit.end() < text.length() && text.charAt(hit.end()) == '色') return w + "色";
        return w;
    }

    private static OldPhraseMatcher<String> matcher(List<String> words) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String w : words) m.put(w, w);
        return new OldPhraseMatcher<>(m);
    }

    private static OldPhraseMatcher<String> colorMatcher() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String f : FLAVORS) m.put(f + "味", f + "味");
        for (String w : Lexicons.COLORS) m.put(w, w);
        return new OldPhraseMatcher<>(m);
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
        final OldPhraseMatcher<String> names;
        final OldPhraseMatcher<String> partial;
        final Map<String, OldPhraseMatcher<String>> variants = new HashMap<>();
        final OldPhraseMatcher<String> allVariants;
        final List<String> regionNames;
        final Map<String, List<String>> numberLabels = new HashMap<>();
        final Map<String, String> letterLabels;
        final Map<String, String> spellings;

        CatalogIndex(Catalog catalog) {
            this.catalog = catalog;
            for (Product p : catalog.products()) numberLabels.put(p.id(), EntityRules.numberLabels(p));
            letterLabels = EntityRules.letterLabels(catalog.products(), io.livecopilot.nlp.OldTextNormalizer::normalize);
            spellings = EntityRules.variantSpellings(catalog.products(), io.livecopilot.nlp.OldTextNormalizer::normalize);
            Map<String, String> nameMap = new LinkedHashMap<>();
            Map<String, Set<String>> parts = new HashMap<>();
            Map<String, String> allVar = new LinkedHashMap<>();
            for (Product p : catalog.products()) {
                if (p.linkNo() != null) byLink.putIfAbsent(p.linkNo(), p.id());
                for (String name : p.names()) {
                    String n = io.livecopilot.nlp.OldTextNormalizer.normalize(name);
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
                String category = p.category() == null ? "" : io.livecopilot.nlp.OldTextNormalizer.normalize(p.category());
                if (category.length() >= 2 && !GENERIC.contains(category) && !REGION_WORDS.contains(category)) {
                    parts.computeIfAbsent(category, k -> new HashSet<>()).add(p.id());
                }
                Map<String, String> vm = new LinkedHashMap<>();
                for (String v : p.variants()) {
                    String n = io.livecopilot.nlp.OldTextNormalizer.normalize(v);
                    if (n.isEmpty()) continue;
                    vm.put(n, n);
                    if (n.length() >= 3 && n.endsWith("色")) vm.put(n.substring(0, n.length() - 1), n.substring(0, n.length() - 1));
                    allVar.putIfAbsent(n, n);
                }
                if (!vm.isEmpty()) variants.put(p.id(), new OldPhraseMatcher<>(vm));
            }
            names = nameMap.isEmpty() ? null : new OldPhraseMatcher<>(nameMap);
            regionNames = EntityRules.namesWithRegions(nameMap.keySet(), REGION_WORDS);
            Map<String, String> partMap = new LinkedHashMap<>();
            for (Map.Entry<String, Set<String>> e : parts.entrySet()) {
                if (e.getValue().size() == 1 && !nameMap.containsKey(e.getKey())) partMap.put(e.getKey(), e.getValue().iterator().next());
            }
            partial = partMap.isEmpty() ? null : new OldPhraseMatcher<>(partMap);
            Map<String, String> av = new LinkedHashMap<>();
            for (String v : allVar.keySet()) if (v.length() >= 2) av.put(v, v);
            allVariants = av.isEmpty() ? null : new OldPhraseMatcher<>(av);
        }
    }
}
