package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is worked out once per catalog for speed — the recommender's phrase runs, the place-name gate before the
 * shipping look-ups — gives exactly the answers of the plain scans, on random questions made of the catalog's own words.
 */
class CatalogIndexesTest {
    private static final Catalog CATALOG = Fixtures.catalog();
    private static final String[] GLUE = {"", "，", "吗", "？", "的", "有没有", "适合", "推荐", "送", "男朋友", "老婆", "宝宝", "孩子", "学生",
            "老人", "发", "寄", "到", "快递", "新疆", "上海", "乌鲁木齐", "香港", "广东", "江浙沪", "退", "到手", "号", "2号", "10", "ab", " ", "-",
            "便宜", "一点", "什么", "好用", "多少钱", "不", "的", "邮", "物流", "配送", "运费", "收到", "到货", "换", "票", "包邮"};

    private static List<String> words() {
        List<String> out = new ArrayList<>(List.of(GLUE));
        for (Product p : CATALOG.products()) {
            out.addAll(p.names());
            out.addAll(p.suits());
            out.addAll(p.sellingPoints());
            out.addAll(p.notFor());
            if (p.category() != null) out.add(p.category());
        }
        return out;
    }

    private static String random(Random r, List<String> words) {
        StringBuilder b = new StringBuilder();
        int k = r.nextInt(8);
        for (int j = 0; j < k; j++) {
            String w = words.get(r.nextInt(words.size()));
            // a piece of a word as often as a whole one
            if (r.nextBoolean() && w.length() > 2) {
                int from = r.nextInt(w.length() - 1);
                w = w.substring(from, from + 1 + r.nextInt(w.length() - from));
            }
            b.append(w);
        }
        return b.toString();
    }

    /** The scores as the recommender computed them before its per-catalog index: plain scans per product and question. */
    private static List<Recommender.Pick> plainScores(Catalog catalog, String t, BigDecimal budget) {
        Map<String, String> person = Map.ofEntries(Map.entry("男朋友", "男"), Map.entry("男友", "男"), Map.entry("老公", "男"),
                Map.entry("爸爸", "男"), Map.entry("老爸", "男"), Map.entry("男生", "男"), Map.entry("男士", "男"), Map.entry("女朋友", "女"),
                Map.entry("女友", "女"), Map.entry("老婆", "女"), Map.entry("妈妈", "女"), Map.entry("老妈", "女"), Map.entry("女生", "女"),
                Map.entry("宝宝", "儿童"), Map.entry("孩子", "儿童"), Map.entry("小孩", "儿童"), Map.entry("老人", "老人"), Map.entry("爷爷", "老人"),
                Map.entry("奶奶", "老人"), Map.entry("学生", "学生"));
        List<String> persons = new ArrayList<>();
        for (Map.Entry<String, String> e : person.entrySet()) if (t.contains(e.getKey())) persons.add(e.getValue());
        List<Recommender.Pick> out = new ArrayList<>();
        for (Product p : catalog.products()) {
            if (p.soldOut()) continue;
            if (budget != null && p.bestPrice().compareTo(budget) > 0) continue;
            boolean excluded = false;
            for (String n : p.notFor()) excluded |= Recommender.overlaps(t, n);
            if (excluded) continue;
            int score = 0;
            String matched = null;
            for (String s : p.suits()) {
                int run = Math.min(Recommender.commonRun(t, s), 3);
                int add = run >= 3 || run == s.length() && run >= 2 ? 4 : run == 2 ? 2 : persons.stream().anyMatch(s::contains) ? 2 : 0;
                score += add;
                if (add > 0 && matched == null) matched = s;
            }
            if (p.category() != null && !p.category().isBlank()) {
                if (Recommender.overlaps(t, p.category())) score += 2;
                else if (persons.stream().anyMatch(p.category()::contains)) score += 1;
            }
            for (String nm : p.names()) if (Recommender.overlaps(t, nm)) score += 2;
            for (String sp : p.sellingPoints()) if (Recommender.overlaps(t, sp)) score += 1;
            out.add(new Recommender.Pick(p, score, matched));
        }
        return out;
    }

    /** {@link FactMatch#faq} as it was before its pre-check: the question's topic characters always built. */
    private static int plainFaq(Product p, String text) {
        if (text == null || p.faq().isEmpty()) return -1;
        java.util.Set<Character> q = FactMatch.content(FactMatch.stripNames(p, text));
        if (q.isEmpty()) return -1;
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < p.faq().size(); i++) {
            java.util.Set<Character> fq = FactMatch.content(p.faq().get(i).q() == null ? "" : FactMatch.stripNames(p, p.faq().get(i).q()));
            if (fq.isEmpty()) continue;
            int common = 0;
            for (Character c : fq) if (q.contains(c)) common++;
            if (common < fq.size()) continue;
            double back = (double) common / q.size();
            if (back >= 0.5 && back > bestScore) {
                bestScore = back;
                best = i;
            }
        }
        return best;
    }

    /** {@link FactMatch#onlyHowMuch} as it was before its pre-check (and with the set built). */
    private static boolean plainOnlyHowMuch(Product p, String text) {
        int i = text.indexOf("多少");
        if (i < 0) return false;
        if (i > 0 && "有剩差要卖拍买用放装吃喝穿充".indexOf(text.charAt(i - 1)) >= 0) return false;
        String t = p == null ? text : FactMatch.stripNames(p, text);
        if (p != null) for (String n : p.names()) if (n != null && n.length() == 1) t = t.replace(n, " ");
        if (t.indexOf('号') >= 0) t = t.replaceAll("\\d{1,3}\\s*号(?!码)", " ");
        for (int k = 0; k < t.length(); k++) if (Character.isDigit(t.charAt(k))) return false;
        return FactMatch.content(t).isEmpty();
    }

    @Test
    void should_find_the_faq_and_the_price_alone_as_the_plain_scans_do() {
        Random r = new Random(14);
        List<String> words = words();
        for (Product p : CATALOG.products()) for (io.livecopilot.core.catalog.Faq f : p.faq()) words.add(f.q());
        words.addAll(List.of("多少", "多少钱", "吗", "号", "3号", "这个", "Ab", "ÀB", "İ"));
        int found = 0, alone = 0;
        for (int i = 0; i < 50_000; i++) {
            Product p = r.nextInt(8) == 0 ? null : CATALOG.products().get(r.nextInt(CATALOG.products().size()));
            String t = random(r, words);
            // half the time the product's own FAQ question (or a piece of it) in the middle: the texts that restate one
            if (p != null && !p.faq().isEmpty() && r.nextBoolean()) {
                String q = p.faq().get(r.nextInt(p.faq().size())).q();
                if (r.nextInt(3) == 0 && q.length() > 2) q = q.substring(r.nextInt(q.length() / 2));
                t = random(r, List.of(GLUE)) + q + (r.nextBoolean() ? "" : random(r, List.of(GLUE)));
            }
            if (p != null) {
                int faq = FactMatch.faq(p, t);
                assertThat(faq).as("faq of %s for \"%s\"", p.id(), t).isEqualTo(plainFaq(p, t));
                if (faq >= 0) found++;
            }
            boolean only = FactMatch.onlyHowMuch(p, t);
            assertThat(only).as("price alone of %s for \"%s\"", p == null ? null : p.id(), t).isEqualTo(plainOnlyHowMuch(p, t));
            if (only) alone++;
        }
        assertThat(found).isGreaterThan(500);
        assertThat(alone).isGreaterThan(50);
    }

    @Test
    void should_read_a_size_asked_for_as_the_plain_regex_does() {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile(
                "(?<![\\d.])(\\d{2,3}(?:\\.5)?)\\s*码|(?<![\\d.])(\\d(?:\\.\\d{1,2})?)\\s*(?:米|m|M)\\s*床|(?<![\\d.])(\\d{3})\\s*(?:cm|CM)\\s*床");
        String[] parts = {"1", "2", "5", "0", "42", "200", "1.5", ".", " ", "\t", "码", "床", "米", "m", "M", "c", "C", "cm", "CM", "号", "x", "的"};
        Random r = new Random(15);
        int found = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(9); k > 0; k--) b.append(parts[r.nextInt(parts.length)]);
            String t = b.toString();
            java.util.regex.Matcher m = plain.matcher(t);
            String expected = !m.find() ? null : m.group(1) != null ? m.group(1) + "码" : m.group(2) != null ? m.group(2) + "米床"
                    : io.livecopilot.core.Money.spoken(new BigDecimal(m.group(3)).movePointLeft(2)) + "米床";
            assertThat(Composer.askedSize(t, null)).as("size asked in \"%s\"", t).isEqualTo(expected);
            if (expected != null) found++;
        }
        assertThat(found).isGreaterThan(3_000);
    }

    @Test
    void should_score_every_product_as_the_plain_scans_do() {
        Random r = new Random(11);
        List<String> words = words();
        BigDecimal[] budgets = {null, new BigDecimal("50"), new BigDecimal("200")};
        int scored = 0;
        for (int i = 0; i < 20_000; i++) {
            String t = random(r, words);
            BigDecimal budget = budgets[r.nextInt(budgets.length)];
            List<Recommender.Pick> fast = Recommender.score(CATALOG, t, budget).picks();
            assertThat(fast).as("scores for \"%s\" within %s", t, budget).isEqualTo(plainScores(CATALOG, t, budget));
            for (Recommender.Pick p : fast) if (p.score() > 0) scored++;
        }
        assertThat(scored).isGreaterThan(20_000);
    }

    @Test
    void should_only_skip_place_look_ups_in_texts_that_name_no_place() {
        Random r = new Random(12);
        List<String> words = words();
        int places = 0;
        for (int i = 0; i < 50_000; i++) {
            String t = random(r, words);
            String place = Regions.find(Composer.withoutNames(CATALOG, t));
            if (place != null) {
                places++;
                assertThat(Regions.named(t)).as("\"%s\" names %s", t, place).isTrue();
            }
            assertThat(Regions.named(t)).as("\"%s\"", t).isEqualTo(Regions.find(t) != null);
        }
        assertThat(places).isGreaterThan(5_000);
    }

    /** {@link Cues#shipsTo(String, String, java.util.function.Supplier)} before its gates, with the catalog's names taken out. */
    private static boolean plainShipsTo(String text, String region) {
        if (text == null || text.isEmpty()) return false;
        String t = text.replace("到手", "").replace("收到", "").replace("到货", "");
        if (t.contains("退") || t.contains("换") || t.contains("票")) return false;
        boolean verb = false;
        for (String v : new String[] {"发", "邮", "寄", "快递", "物流", "配送", "运费", "到"}) if (t.contains(v)) verb = true;
        if (!verb) return false;
        if (region != null && !region.isBlank()) return true;
        return Regions.find(Composer.withoutNames(CATALOG, text)) != null;
    }

    @Test
    void should_see_shipping_questions_as_the_plain_scans_do() {
        Random r = new Random(13);
        List<String> words = words();
        String[] regions = {null, "", "新疆", " "};
        int yes = 0;
        for (int i = 0; i < 50_000; i++) {
            String t = random(r, words);
            String region = regions[r.nextInt(regions.length)];
            boolean expected = plainShipsTo(t, region);
            assertThat(Cues.shipsTo(t, region, () -> Composer.withoutNames(CATALOG, t))).as("\"%s\" (%s)", t, region).isEqualTo(expected);
            if (expected) yes++;
        }
        assertThat(yes).isGreaterThan(2_000);
    }

    @Test
    void should_see_a_place_named_in_a_sentence() {
        assertThat(Regions.named("能发乌鲁木齐吗")).isTrue();
        assertThat(Regions.named("港澳台包邮吗")).isTrue();
        assertThat(Regions.named("这个多少钱")).isFalse();
        assertThat(Regions.named("")).isFalse();
        assertThat(Regions.named(null)).isFalse();
    }

    /** The knowledge base's gate as it was: the passages' runs as sets, every synonym group's words searched for. */
    private static boolean plainMayMatch(Product p, String question) {
        java.util.Set<Integer> set = new java.util.HashSet<>();
        List<String> texts = new ArrayList<>();
        for (io.livecopilot.core.catalog.Faq f : p.faq()) texts.add(f.q() + " " + f.a());
        for (Map.Entry<String, String> a : p.attributes().entrySet()) texts.add(a.getKey() + " " + a.getValue());
        texts.addAll(p.sellingPoints());
        for (String text : texts) {
            String t = text.toLowerCase(java.util.Locale.ROOT);
            for (int i = 0; i + 2 <= t.length(); i++) set.add(t.charAt(i) << 16 | t.charAt(i + 1));
        }
        if (set.isEmpty()) return false;
        String q = question.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i + 2 <= q.length(); i++) if (set.contains(q.charAt(i) << 16 | q.charAt(i + 1))) return true;
        for (List<String> g : Synonyms.GROUPS) {
            boolean used = false;
            for (int k = 0; k < g.size() && !used; k++) used = q.contains(g.get(k));
            if (!used) continue;
            for (String w : g) for (int i = 0; i + 2 <= w.length(); i++) if (set.contains(w.charAt(i) << 16 | w.charAt(i + 1))) return true;
        }
        return false;
    }

    @Test
    void should_gate_knowledge_base_searches_exactly_as_the_plain_sets_and_synonym_scans_did() {
        KnowledgeBase kb = new KnowledgeBase(CATALOG);
        List<String> words = words();
        for (List<String> g : Synonyms.GROUPS) words.addAll(g);
        for (Product p : CATALOG.products()) {
            words.addAll(p.attributes().keySet());
            words.addAll(p.attributes().values());
            for (io.livecopilot.core.catalog.Faq f : p.faq()) words.add(f.q());
        }
        Random r = new Random(53);
        int yes = 0;
        for (int i = 0; i < 50_000; i++) {
            String q = random(r, words);
            if (i % 5 == 0) q = q.toUpperCase(java.util.Locale.ROOT);
            Product p = CATALOG.products().get(r.nextInt(CATALOG.products().size()));
            boolean expected = plainMayMatch(p, q);
            assertThat(kb.mayMatch(p.id(), q)).as("%s: %s", p.id(), q).isEqualTo(expected);
            if (expected) yes++;
        }
        assertThat(yes).isBetween(5_000, 45_000);
        assertThat(kb.mayMatch("no such product", "多少钱")).isFalse();
    }

    /** FactMatch's run test as it was: the word's runs worked out at every call. */
    private static boolean plainSharesRun(String text, String word, List<String> names) {
        String function = "吗呢吧啊呀么嘛的了是不没有能可以会要用这那个款多少什么怎样么几请问下一还都也就很太我你他她它们哪里些啦哈呗得地着过把给让被对和跟与或及号"
                + "、，。！？?!,.~～ …：:；;()（）【】[]\"'“”‘’/\\-_=+*#@&%$^|<>《》";
        java.util.Set<String> generic = Set.of("适合", "适用", "可以", "什么", "多少", "怎么", "有没", "是不", "能不", "一下",
                "主播", "宝宝", "这个", "那个", "现在", "还有");
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (int i = 0; i + 2 <= w.length(); i++) {
            char a = w.charAt(i), b = w.charAt(i + 1);
            if (function.indexOf(a) >= 0 || function.indexOf(b) >= 0 || Character.isWhitespace(a) || Character.isWhitespace(b)) continue;
            if (Character.isDigit(a) || Character.isDigit(b)) continue;
            String run = w.substring(i, i + 2);
            boolean inNames = false;
            for (String n : names) inNames |= n.contains(run);
            if (generic.contains(run) || inNames) continue;
            if (text.contains(run)) return true;
        }
        return false;
    }

    @Test
    void should_find_the_runs_of_attribute_words_as_the_plain_scan_did() {
        List<String> words = words();
        for (Product p : CATALOG.products()) {
            words.addAll(p.attributes().keySet());
            words.addAll(p.attributes().values());
        }
        Random r = new Random(59);
        int yes = 0, checks = 0;
        for (int i = 0; i < 20_000; i++) {
            String t = random(r, words).toLowerCase(java.util.Locale.ROOT);
            Product p = CATALOG.products().get(r.nextInt(CATALOG.products().size()));
            for (Map.Entry<String, String> a : p.attributes().entrySet()) {
                for (String w : new String[] {a.getKey(), a.getValue().toLowerCase(java.util.Locale.ROOT)}) {
                    for (boolean notByName : new boolean[] {true, false}) {
                        boolean expected = plainSharesRun(t, w, notByName ? FactMatch.names(p) : List.of());
                        assertThat(FactMatch.sharesRun(p, t, w, notByName)).as("%s %s %s", p.id(), w, t).isEqualTo(expected);
                        checks++;
                        if (expected) yes++;
                    }
                }
            }
        }
        assertThat(checks).isGreaterThan(100_000);
        assertThat(yes).isGreaterThan(1_000);
    }
}
