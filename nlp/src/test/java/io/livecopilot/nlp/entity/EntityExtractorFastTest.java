package io.livecopilot.nlp.entity;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.CatalogReader;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.RandomComments;
import io.livecopilot.nlp.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast entity extractor (one pass of character classes deciding which patterns and phrase lists run, phrase tries
 * over char arrays) and the trie phrase matcher find exactly what the ones they replaced find ({@link
 * OldEntityExtractor}, {@link OldPhraseMatcher}, kept as they were), on random and real comments.
 */
class EntityExtractorFastTest {
    private static Catalog catalog12() throws IOException {
        try (InputStream in = EntityExtractorFastTest.class.getResourceAsStream("/io/livecopilot/nlp/catalog-12.json")) {
            return CatalogReader.readText(new String(in.readAllBytes(), StandardCharsets.UTF_8)).catalog();
        }
    }

    @Test
    void should_extract_what_the_extractor_it_replaced_extracts() throws IOException {
        Catalog catalog = catalog12();
        List<String> real = RandomComments.realLines();
        Random r = new Random(21);
        List<String> texts = new ArrayList<>(real);
        for (int i = 0; i < 60_000; i++) texts.add(RandomComments.random(r, real));
        // long ones too, where phrases can start at more places than the extractor lists (it then tries every place)
        for (int i = 0; i < 10_000; i++) texts.add(RandomComments.random(r, real) + RandomComments.random(r, real) + RandomComments.random(r, real)
                + RandomComments.random(r, real) + RandomComments.random(r, real));
        // one extractor per catalog, so that each keeps its catalog's index
        EntityExtractor now = new EntityExtractor(), nowEmpty = new EntityExtractor();
        OldEntityExtractor old = new OldEntityExtractor(), oldEmpty = new OldEntityExtractor();
        String[] shows = {null, "P01", "P05", "P10", "P99"};
        int found = 0, products = 0, colors = 0, heights = 0, quantities = 0, regions = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = PiiMasker.mask(TextNormalizer.normalize(texts.get(i)));
            String show = shows[i % shows.length];
            boolean empty = i % 7 == 0;
            Entities a = (empty ? nowEmpty : now).extract(text, empty ? Catalog.EMPTY : catalog, show);
            Entities b = (empty ? oldEmpty : old).extract(text, empty ? Catalog.EMPTY : catalog, show);
            assertThat(a).as("\"%s\" on show %s", text, show).isEqualTo(b);
            if (a != Entities.NONE) found++;
            if (a.product() != null) products++;
            if (a.color() != null) colors++;
            if (a.heightCm() != null) heights++;
            if (a.quantity() != null) quantities++;
            if (a.region() != null) regions++;
        }
        // the comparison covered every kind of entity many times
        assertThat(found).isGreaterThan(20_000);
        // (quantities: ~670 since "4件套" counts a product type, not a quantity)
        assertThat(List.of(products, colors, heights, quantities, regions)).allSatisfy(k -> assertThat(k).isGreaterThan(500));
    }

    private static java.util.regex.Pattern plain(String field) throws Exception {
        java.lang.reflect.Field f = EntityExtractor.class.getDeclaredField(field);
        f.setAccessible(true);
        return ((io.livecopilot.nlp.adlaw.FastPattern) f.get(null)).plain();
    }

    @Test
    void should_only_skip_a_regex_that_cannot_match() throws Exception {
        java.util.regex.Pattern heightWeight = EntityPatterns.HEIGHT_WEIGHT.plain(), bareHeight = EntityPatterns.BARE_HEIGHT.plain();
        java.util.regex.Pattern quantity = plain("QUANTITY"), budget = plain("BUDGET"), letters = EntityPatterns.SIZE_LETTER.plain(),
                words = EntityPatterns.SIZE_WORD.plain();
        List<String> real = RandomComments.realLines();
        Random r = new Random(23);
        int[] hits = new int[6];
        String[] bodies = {"", "身高160", "高 是 172", "160 100", "165/50", "170", "1.70", "身高一米六五", "体重 120"};
        for (int i = 0; i < 100_000; i++) {
            String raw = RandomComments.random(r, real) + bodies[i % bodies.length] + RandomComments.random(r, real);
            String t = i % 2 == 0 ? raw : PiiMasker.mask(TextNormalizer.normalize(raw));
            char[] cs = t.toCharArray();
            int n = cs.length;
            if (quantity.matcher(t).find()) {
                hits[0]++;
                assertThat(EntityExtractor.mayQuantity(cs, n)).as(t).isTrue();
            }
            if (budget.matcher(t).find()) {
                hits[1]++;
                assertThat(EntityExtractor.mayBudget(t, cs, n)).as(t).isTrue();
            }
            if (letters.matcher(t).find()) {
                hits[2]++;
                assertThat(EntityExtractor.sizeLetters(cs, n)).as(t).isTrue();
            }
            if (heightWeight.matcher(t).find()) {
                hits[3]++;
                assertThat(EntityExtractor.mayHeightNumber(cs, n)).as(t).isTrue();
            }
            if (bareHeight.matcher(t).find()) {
                hits[4]++;
                assertThat(EntityExtractor.mayHeightNumber(cs, n)).as(t).isTrue();
            }
            if (words.matcher(t).find()) {
                hits[5]++;
                assertThat(t.contains("码") || t.contains("号") || t.contains("size")).as(t).isTrue();
            }
        }
        for (int h : hits) assertThat(h).isGreaterThan(500);
    }

    @Test
    void should_find_the_quantities_the_quantity_regex_finds() throws Exception {
        java.util.regex.Pattern quantity = plain("QUANTITY");
        List<String> real = RandomComments.realLines();
        // texts dense in what the regex reads: verbs, 了, digits, units, 个 and what may follow it, the words no count
        // may stand before, x × *, 第 and ., spaces and line terminators
        String[] parts = {"拍", "买", "要", "来", "下单", "下", "单", "抢", "囤", "带", "订", "入", "整", "了", " ", "  ", "\t", "\n", "\r", "\u000B",
                "\f", "\u0085", "\u2028", "\u2029", "0", "1", "2", "3", "12", "99", "123", "1234", "件", "个", "瓶", "单", "片", "杯", "盒", "根",
                "张", "以内", "以", "内", "号", "码", "元", "kg", "k", "g", "cm", "c", "m", "斤", "块", "米", "岁", "x", "×", "*", "X", "第", ".", ",",
                "，", "。", "!", "？", "~", "吧", "呀", "啊", "哦", "呢", "吗", "好", "的", "多少", "钱", "套", "件套"};
        Random r = new Random(31);
        int matches = 0;
        for (int i = 0; i < 300_000; i++) {
            StringBuilder b = new StringBuilder();
            if (i % 4 == 0) b.append(RandomComments.random(r, real));
            int k = 1 + r.nextInt(12);
            for (int j = 0; j < k; j++) b.append(parts[r.nextInt(parts.length)]);
            if (i % 3 == 0) b.append(RandomComments.random(r, real));
            String t = b.toString();
            java.util.regex.Matcher m = quantity.matcher(t);
            EntityExtractor.QuantityScan q = new EntityExtractor.QuantityScan(t.toCharArray(), t.length());
            while (true) {
                boolean found = m.find();
                assertThat(q.find()).as(t).isEqualTo(found);
                if (!found) break;
                matches++;
                int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
                assertThat(List.of(q.group, q.start, q.end, q.matchEnd)).as(t).isEqualTo(List.of(g, m.start(g), m.end(g), m.end()));
            }
        }
        assertThat(matches).isGreaterThan(30_000);
    }

    @Test
    void should_find_the_matches_the_phrase_matcher_it_replaced_finds() throws IOException {
        List<String> real = RandomComments.realLines();
        Map<String, String> phrases = new LinkedHashMap<>();
        for (String w : Lexicons.COLORS) phrases.put(w, w.toUpperCase());
        for (String w : Lexicons.REGIONS) phrases.put(w, w + "!");
        for (String w : new String[] {"a", "ab", "abc", "abd", "黑白", "黑白灰", "黑白灰蓝", "白"}) phrases.put(w, w);
        Map<String, String> longOnes = new LinkedHashMap<>();
        phrases.forEach((k, v) -> {
            if (k.length() >= 2) longOnes.put(k, v);
        });
        compare(phrases, real, 22);
        compare(longOnes, real, 24);
    }

    private static void compare(Map<String, String> phrases, List<String> real, long seed) {
        PhraseMatcher<String> now = new PhraseMatcher<>(phrases);
        OldPhraseMatcher<String> old = new OldPhraseMatcher<>(phrases);
        assertThat(now.size()).isEqualTo(old.size());
        Random r = new Random(seed);
        int hits = 0;
        for (int i = 0; i < 30_000; i++) {
            String t = RandomComments.random(r, real) + (r.nextBoolean() ? "黑白灰" : "abc");
            List<PhraseMatcher.Match<String>> a = now.findAll(t);
            List<OldPhraseMatcher.Match<String>> b = old.findAll(t);
            assertThat(a).hasSameSizeAs(b);
            for (int k = 0; k < a.size(); k++) {
                assertThat(List.of(a.get(k).start(), a.get(k).end(), a.get(k).phrase(), a.get(k).value()))
                        .isEqualTo(List.of(b.get(k).start(), b.get(k).end(), b.get(k).phrase(), b.get(k).value()));
            }
            OldPhraseMatcher.Match<String> f = old.first(t);
            PhraseMatcher.Match<String> g = now.first(t);
            assertThat(g == null ? null : List.of(g.start(), g.end(), g.phrase(), g.value()))
                    .isEqualTo(f == null ? null : List.of(f.start(), f.end(), f.phrase(), f.value()));
            hits += a.size();
        }
        assertThat(hits).isGreaterThan(30_000);
    }
}
