package io.livecopilot.assistant;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Picks products for a viewer who asks what to buy: those whose suits, category, name or selling points match the
 * stated need or person, within the budget, never sold out or meant for someone the viewer excludes, with a nudge
 * towards what the viewer clicked and away from what they already bought. Also picks a complement after a purchase.
 */
final class Recommender {
    /** Person words viewers use, and the catalog word they point to. */
    private static final Map<String, String> PERSON = Map.ofEntries(
            Map.entry("男朋友", "男"), Map.entry("男友", "男"), Map.entry("老公", "男"), Map.entry("爸爸", "男"), Map.entry("老爸", "男"),
            Map.entry("男生", "男"), Map.entry("男士", "男"), Map.entry("女朋友", "女"), Map.entry("女友", "女"), Map.entry("老婆", "女"),
            Map.entry("妈妈", "女"), Map.entry("老妈", "女"), Map.entry("女生", "女"), Map.entry("宝宝", "儿童"), Map.entry("孩子", "儿童"),
            Map.entry("小孩", "儿童"), Map.entry("老人", "老人"), Map.entry("爷爷", "老人"), Map.entry("奶奶", "老人"), Map.entry("学生", "学生"));

    /** A product with its score and the need it matched (or {@code null}). */
    record Pick(Product product, int score, String matched) {}

    private Recommender() {}

    static List<Pick> recommend(Catalog catalog, String text, BigDecimal budget, ViewerMemory viewer, String onShow, int limit) {
        return recommend(score(catalog, text, budget), viewer, onShow, limit);
    }

    /**
     * What a question alone says of each product (the part of a recommendation that depends only on the text, the
     * budget and the catalog): the products kept, in catalog order, with their scores before the viewer's clicks and
     * purchases and the product on show, the need each matched and its best price. Immutable.
     */
    static final class Scores {
        private final Product[] products;
        private final int[] scores;
        private final String[] matched;
        private final BigDecimal[] prices;
        private final BigDecimal budget;

        private Scores(Product[] products, int[] scores, String[] matched, BigDecimal[] prices, BigDecimal budget) {
            this.budget = budget;
            this.products = products;
            this.scores = scores;
            this.matched = matched;
            this.prices = prices;
        }

        /** The products kept, in catalog order, with their scores and needs matched (for tests). */
        List<Pick> picks() {
            List<Pick> out = new ArrayList<>(products.length);
            for (int i = 0; i < products.length; i++) out.add(new Pick(products[i], scores[i], matched[i]));
            return out;
        }
    }

    /** The scores of the catalog's products for a question ({@link #recommend(Scores, ViewerMemory, String, int)} finishes them). */
    static Scores score(Catalog catalog, String text, BigDecimal budget) {
        String t = text == null ? "" : text;
        Runs runs = new Runs(t);
        StringBuilder persons = new StringBuilder();
        for (Map.Entry<String, String> e : PERSON.entrySet()) if (t.contains(e.getKey())) persons.append(e.getValue()).append(' ');
        Item[] items = Index.of(catalog).items;
        int n = items.length;
        Product[] ps = new Product[n];
        int[] scores = new int[n];
        String[] matches = new String[n];
        BigDecimal[] prices = new BigDecimal[n];
        int k = 0;
        for (Item it : items) {
            if (it.soldOut) continue;
            BigDecimal price = it.price;
            if (budget != null && price.compareTo(budget) > 0) continue;
            if (excluded(it, runs)) continue;
            int score = 0;
            String matched = null;
            for (Phrase s : it.suits) {
                int run = runs.commonRunUpTo3(s);
                int add = run >= 3 || run == s.text.length() && run >= 2 ? 4 : run == 2 ? 2 : !persons.isEmpty() && containsAny(s.text, persons.toString()) ? 2 : 0;
                score += add;
                if (add > 0 && matched == null) matched = s.text;
            }
            if (it.category != null) {
                if (runs.overlaps(it.category)) score += 2;
                else if (!persons.isEmpty() && containsAny(it.category.text, persons.toString())) score += 1;
            }
            for (Phrase nm : it.names) if (runs.overlaps(nm)) score += 2;
            for (Phrase sp : it.sellingPoints) if (runs.overlaps(sp)) score += 1;
            ps[k] = it.product;
            scores[k] = score;
            matches[k] = matched;
            prices[k] = price;
            k++;
        }
        return new Scores(java.util.Arrays.copyOf(ps, k), java.util.Arrays.copyOf(scores, k), java.util.Arrays.copyOf(matches, k),
                java.util.Arrays.copyOf(prices, k), budget);
    }

    /**
     * What scoring needs of each product of one catalog, worked out once per catalog instead of once per question
     * (measured: scoring was 12 % of the understanding threads' time in {@code ask --file}): sold out or not, the best
     * unit price, and every phrase scored against a question with its character pairs and triples.
     */
    private static final class Index {
        /** The index of the catalog last scored against (one catalog at a time in practice). */
        private static volatile Index last;

        final Catalog catalog;
        final Item[] items;

        private Index(Catalog catalog) {
            this.catalog = catalog;
            List<Item> list = new ArrayList<>(catalog.products().size());
            for (Product p : catalog.products()) list.add(new Item(p));
            this.items = list.toArray(new Item[0]);
        }

        static Index of(Catalog catalog) {
            Index i = last;
            if (i != null && i.catalog == catalog) return i;
            i = new Index(catalog);
            last = i;
            return i;
        }
    }

    /** One product as scoring sees it. */
    private static final class Item {
        final Product product;
        final boolean soldOut;
        final BigDecimal price;
        final Phrase[] notFor;
        final Phrase[] suits;
        final Phrase category;
        final Phrase[] names;
        final Phrase[] sellingPoints;

        Item(Product p) {
            product = p;
            soldOut = p.soldOut();
            price = soldOut ? null : p.bestPrice();
            notFor = Phrase.all(p.notFor());
            suits = Phrase.all(p.suits());
            category = p.category() != null && !p.category().isBlank() ? new Phrase(p.category()) : null;
            names = Phrase.all(p.names());
            sellingPoints = Phrase.all(p.sellingPoints());
        }
    }

    /**
     * A catalog phrase with its character pairs and triples as {@link Runs} keys: {@code letterPairs} are the pairs of
     * two letters or digits ({@link #overlaps}' evidence), {@code pairs} and {@code triples} every pair and triple.
     */
    static final class Phrase {
        final String text;
        final int[] letterPairs;
        final int[] pairs;
        final long[] triples;

        Phrase(String text) {
            this.text = text;
            int n = text.length();
            int[] lp = new int[Math.max(0, n - 1)];
            int k = 0;
            for (int i = 0; i + 2 <= n; i++) {
                char c0 = text.charAt(i), c1 = text.charAt(i + 1);
                if (Character.isLetterOrDigit(c0) && Character.isLetterOrDigit(c1)) lp[k++] = Runs.pair(c0, c1);
            }
            letterPairs = java.util.Arrays.copyOf(lp, k);
            pairs = new int[Math.max(0, n - 1)];
            for (int i = 0; i + 1 < n; i++) pairs[i] = Runs.pair(text.charAt(i), text.charAt(i + 1));
            triples = new long[Math.max(0, n - 2)];
            for (int i = 0; i + 2 < n; i++) triples[i] = Runs.triple(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
        }

        static Phrase[] all(List<String> texts) {
            Phrase[] out = new Phrase[texts.size()];
            for (int i = 0; i < out.length; i++) out[i] = new Phrase(texts.get(i));
            return out;
        }
    }

    /** The best {@code limit} picks of scored products for a viewer (clicked: +1, bought: −5) with {@code onShow} on show (+1). */
    static List<Pick> recommend(Scores scored, ViewerMemory viewer, String onShow, int limit) {
        List<Pick> picks = new ArrayList<>(scored.products.length);
        Map<Pick, BigDecimal> prices = new java.util.IdentityHashMap<>();
        for (int i = 0; i < scored.products.length; i++) {
            Product p = scored.products[i];
            int score = scored.scores[i];
            if (viewer != null) {
                if (viewer.clicked.contains(p.id())) score += 1;
                if (viewer.bought.contains(p.id())) score -= 5;
            }
            if (p.id().equals(onShow)) score += 1;
            Pick pick = new Pick(p, score, scored.matched[i]);
            picks.add(pick);
            prices.put(pick, scored.prices[i]);
        }
        picks.sort(Comparator.comparingInt((Pick x) -> -x.score()).thenComparing(prices::get));
        boolean anyMatch = !picks.isEmpty() && picks.get(0).score() >= 2;
        if (!anyMatch && scored.budget == null) {
            // nothing fits a stated need: no guess beyond the product on show
            List<Pick> shown = new ArrayList<>();
            for (Pick x : picks) if (x.product().id().equals(onShow)) shown.add(x);
            return shown;
        }
        if (anyMatch) picks.removeIf(x -> x.score() < 2);
        return picks.subList(0, Math.min(limit, picks.size()));
    }

    /** A product to suggest after a purchase of {@code bought}: another category, sharing who it suits, in stock. */
    static Product complement(Catalog catalog, Product bought) {
        Product best = null;
        int bestScore = -1;
        for (Product p : catalog.products()) {
            if (p.id().equals(bought.id()) || p.soldOut()) continue;
            if (p.category() != null && p.category().equals(bought.category())) continue;
            int score = 0;
            for (String s : p.suits()) for (String b : bought.suits()) if (overlaps(s, b)) score++;
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return bestScore > 0 ? best : null;
    }

    private static boolean excluded(Item p, Runs t) {
        for (Phrase n : p.notFor) if (t.overlaps(n)) return true;
        return false;
    }

    private static boolean containsAny(String s, String words) {
        for (String w : words.split(" ")) if (!w.isEmpty() && s.contains(w)) return true;
        return false;
    }

    /** The length of the longest run of characters the two texts share. */
    static int commonRun(String a, String b) {
        int best = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < b.length(); j++) {
                int k = 0;
                while (i + k < a.length() && j + k < b.length() && a.charAt(i + k) == b.charAt(j + k)) k++;
                if (k > best) best = k;
            }
        }
        return best;
    }

    /** Whether two Chinese phrases share a two-character word (or one contains the other). */
    static boolean overlaps(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.contains(b) || b.length() >= 2 && b.contains(a) && a.length() >= 2) return true;
        for (int i = 0; i + 2 <= b.length(); i++) {
            char c0 = b.charAt(i), c1 = b.charAt(i + 1);
            if (!Character.isLetterOrDigit(c0) || !Character.isLetterOrDigit(c1)) continue;
            if (a.indexOf(b.substring(i, i + 2)) >= 0) return true;
        }
        return false;
    }

    /**
     * The two- and three-character runs of one text, sorted: whether the text holds a run of another phrase is a
     * binary search instead of a scan, so scoring every product of the catalog against a question costs little; a
     * 4,096-bit filter of each kind of run answers most "no" without the search. Same answers as {@link #commonRun}
     * (capped at 3) and {@link #overlaps}.
     */
    static final class Runs {
        private final String text;
        private final int[] two;
        private final long[] three;
        private final long[] twoBits = new long[64];
        private final long[] threeBits = new long[64];

        Runs(String text) {
            this.text = text;
            int n = text.length();
            two = new int[Math.max(0, n - 1)];
            for (int i = 0; i + 1 < n; i++) {
                int k = pair(text.charAt(i), text.charAt(i + 1));
                two[i] = k;
                int h = hash(k);
                twoBits[h >>> 6] |= 1L << h;
            }
            three = new long[Math.max(0, n - 2)];
            for (int i = 0; i + 2 < n; i++) {
                long k = triple(text.charAt(i), text.charAt(i + 1), text.charAt(i + 2));
                three[i] = k;
                int h = hash(k);
                threeBits[h >>> 6] |= 1L << h;
            }
            java.util.Arrays.sort(two);
            java.util.Arrays.sort(three);
        }

        static int pair(char a, char b) {
            return a << 16 | b;
        }

        static long triple(char a, char b, char c) {
            return (long) a << 32 | (long) b << 16 | c;
        }

        /** A 12-bit hash of a run key (Fibonacci hashing). */
        private static int hash(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 52);
        }

        private boolean hasTwo(int key) {
            int h = hash(key);
            return (twoBits[h >>> 6] & 1L << h) != 0 && java.util.Arrays.binarySearch(two, key) >= 0;
        }

        private boolean hasThree(long key) {
            int h = hash(key);
            return (threeBits[h >>> 6] & 1L << h) != 0 && java.util.Arrays.binarySearch(three, key) >= 0;
        }

        /** {@code min(commonRun(text, s), 3)} for a shared run of 2 or more; 0 or 1 otherwise. */
        int commonRunUpTo3(String s) {
            return commonRunUpTo3(new Phrase(s));
        }

        /** {@link #commonRunUpTo3(String)} of a phrase whose runs are known. */
        int commonRunUpTo3(Phrase s) {
            for (long k : s.triples) if (hasThree(k)) return 3;
            for (int k : s.pairs) if (hasTwo(k)) return 2;
            return 0;
        }

        /** {@link Recommender#overlaps(String, String) overlaps(text, b)}. */
        boolean overlaps(String b) {
            return overlaps(new Phrase(b));
        }

        /**
         * {@link #overlaps(String)} of a phrase whose runs are known. A phrase with a pair of letters or digits is in
         * the text only if that pair is, so the text is searched for the whole phrase only when it has no such pair.
         */
        boolean overlaps(Phrase p) {
            String a = text, b = p.text;
            if (a.isEmpty() || b.isEmpty()) return false;
            for (int k : p.letterPairs) if (hasTwo(k)) return true;
            if (p.letterPairs.length == 0 && a.contains(b)) return true;
            return b.length() >= 2 && a.length() >= 2 && a.length() <= b.length() && b.contains(a);
        }
    }
}
