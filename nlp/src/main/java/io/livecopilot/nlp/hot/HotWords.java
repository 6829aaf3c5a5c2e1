package io.livecopilot.nlp.hot;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hot words of a live room's comments, the one hot-word counter of the project: keyphrases of a sliding time window
 * ranked by TF-IDF (frequency in the window against how common the word has been in the session) for the live
 * dashboard, the words of the whole session by the number of comments that use them ({@link #sessionTop}) for the
 * post-live review, the products mentioned most, and the sentiment trend per time bucket. Words come from HanLP's
 * segmenter (nouns, verbs, adjectives, brand-like words, two characters or more, stop words removed). A viewer
 * repeating the same comment counts once ({@link #add(long, String, String)}).
 *
 * <p>Segmenting is the costly part, so it is done when the words are read, not when a comment arrives: a room whose
 * hot words nobody looks at pays only for a queue of the window's comments. A counter {@linkplain #HotWords(long, long,
 * boolean) counting the whole session} segments every comment, at the latest when it leaves the window. Memory is
 * bounded: the window's comments and the session's vocabulary (rare words are pruned past {@value #MAX_WORDS}).
 * Time is taken from the events ({@link #add}'s timestamp), never from the clock; one object per room, not
 * thread-safe (a room's events are processed in order).
 */
public final class HotWords {
    private static final Set<String> STOP = Set.of("主播", "这个", "那个", "什么", "怎么", "可以", "还有", "没有", "有没有", "一下",
            "就是", "我们", "你们", "他们", "真的", "还是", "多少", "知道", "觉得", "大家", "家人们", "一个", "这样", "现在", "今天",
            "已经", "因为", "所以", "但是", "而且", "如果", "不是", "是不是", "能不能", "有点", "一点", "这么", "那么", "的话",
            "时候", "东西", "感觉", "出来", "起来", "看看", "一起", "自己", "这款", "这件", "链接", "宝宝", "姐妹", "哈哈", "哈哈哈");

    /** Units the normalizer writes after numbers ("55kg", "165cm"): not topics. */
    private static final Set<String> UNITS = Set.of("kg", "cm", "ml", "mm", "mah", "gb", "tb");
    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\[[^\\[\\]]{1,10}\\]");
    /** Phrases viewers write all the time that the segmenter cuts into a stop word and a single character. */
    static final List<String> COMMON_PHRASES = List.of("多少钱", "到手价");

    /** Distinct session words kept before the rarest are pruned (lossy counting, as in Manku and Motwani). */
    static final int MAX_WORDS = 200_000;
    /** Comments kept in the window at most; a flood beyond that pushes the oldest out early. */
    static final int MAX_WINDOW = 100_000;
    /** (viewer, comment) pairs remembered to count a repeated comment once. */
    static final int MAX_PAIRS = 500_000;

    private final long windowMillis;
    private final long bucketMillis;
    private final boolean wholeSession;
    /** Phrases kept whole, by first character, longest first. */
    private final Map<Character, List<String>> phrases;
    private final ArrayDeque<Entry> window = new ArrayDeque<>();
    /** Comments of the window not segmented yet, in arrival order (a tail of {@link #window}). */
    private final ArrayDeque<Entry> fresh = new ArrayDeque<>();
    private final Map<String, Integer> windowCounts = new HashMap<>();
    private final Map<String, Integer> windowDocs = new HashMap<>();
    private final Map<String, Integer> sessionDocs = new HashMap<>();
    private int pruneBelow = 2;
    private final Map<String, Integer> productCounts = new HashMap<>();
    private final TreeMap<Long, int[]> buckets = new TreeMap<>(); // bucket start → positive, negative, neutral, comments
    private final TreeMap<Long, double[]> bucketPositive = new TreeMap<>();
    private final Set<Long> pairs = java.util.Collections.newSetFromMap(new java.util.LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > MAX_PAIRS;
        }
    });
    /** Comments whose words are in {@link #sessionDocs} (the document count of the IDF). */
    private long segmented;
    private long latest = Long.MIN_VALUE;

    /** A comment of the window; its words are {@code null} until it is segmented. */
    private static final class Entry {
        final long ts;
        final String text;
        final List<String> products;
        List<String> words;
        boolean inWindow = true;

        Entry(long ts, String text, List<String> products) {
            this.ts = ts;
            this.text = text;
            this.products = products;
        }
    }

    /**
     * Hot words over the last {@code windowMillis} of event time, with sentiment aggregated per {@code bucketMillis};
     * {@code wholeSession} also counts every comment of the session for {@link #sessionTop} (each is segmented).
     */
    public HotWords(long windowMillis, long bucketMillis, boolean wholeSession) {
        this(windowMillis, bucketMillis, wholeSession, Phrases.of(List.of()));
    }

    private HotWords(long windowMillis, long bucketMillis, boolean wholeSession, Phrases phrases) {
        if (windowMillis <= 0) throw new IllegalArgumentException("windowMillis: must be > 0, was " + windowMillis);
        if (bucketMillis <= 0 || bucketMillis > windowMillis) {
            throw new IllegalArgumentException("bucketMillis: must be within 1.." + windowMillis + ", was " + bucketMillis);
        }
        this.windowMillis = windowMillis;
        this.bucketMillis = bucketMillis;
        this.wholeSession = wholeSession;
        this.phrases = phrases.byFirst;
    }

    /**
     * The phrases a {@link HotWords} keeps whole — the common ones plus the given ones (product names and aliases),
     * normalized and indexed by first character once, so that every room selling a catalog shares them. Immutable.
     */
    public static final class Phrases {
        private final Map<Character, List<String>> byFirst;

        private Phrases(Map<Character, List<String>> byFirst) {
            this.byFirst = byFirst;
        }

        /** The common phrases plus {@code phrases} (2 to 12 characters once normalized; others are left out). */
        public static Phrases of(Collection<String> phrases) {
            Map<Character, List<String>> byFirst = new HashMap<>();
            List<String> all = new ArrayList<>(COMMON_PHRASES);
            if (phrases != null) all.addAll(phrases);
            for (String p : all) {
                String n = p == null ? "" : TextNormalizer.normalize(p).strip();
                if (n.length() < 2 || n.length() > 12) continue;
                List<String> l = byFirst.computeIfAbsent(n.charAt(0), k -> new ArrayList<>());
                if (!l.contains(n)) l.add(n);
            }
            byFirst.values().forEach(l -> l.sort(Comparator.comparingInt(String::length).reversed()));
            return new Phrases(byFirst); // never written again, and never handed out
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options of a {@link HotWords}: window, sentiment bucket, whole-session counting and phrases kept whole. */
    public static final class Builder {
        private long windowMillis = 5 * 60_000L;
        private long bucketMillis = 60_000L;
        private boolean wholeSession;
        private final List<String> phrases = new ArrayList<>();
        private Phrases compiled;

        /** The live window (default five minutes). */
        public Builder window(long millis) {
            this.windowMillis = millis;
            return this;
        }

        /** The sentiment bucket (default one minute). */
        public Builder bucket(long millis) {
            this.bucketMillis = millis;
            return this;
        }

        /** Whether every comment of the session is counted for {@link #sessionTop} (default no). */
        public Builder wholeSession(boolean v) {
            this.wholeSession = v;
            return this;
        }

        /** Phrases counted as one word where they appear (product names and aliases), 2 to 12 characters. */
        public Builder phrases(Collection<String> v) {
            if (v != null) phrases.addAll(v);
            return this;
        }

        /** Phrases made once by {@link Phrases#of} and shared (instead of {@link #phrases(Collection)}; not both). */
        public Builder phrases(Phrases v) {
            this.compiled = v;
            return this;
        }

        public HotWords build() {
            if (compiled != null && !phrases.isEmpty()) {
                throw new IllegalStateException("phrases: give them either as strings or as Phrases, not both");
            }
            return new HotWords(windowMillis, bucketMillis, wholeSession, compiled != null ? compiled : Phrases.of(phrases));
        }
    }

    /** Hot words over the last {@code windowMillis} of event time, with sentiment aggregated per {@code bucketMillis}. */
    public HotWords(long windowMillis, long bucketMillis) {
        this(windowMillis, bucketMillis, false);
    }

    /** Hot words over the last five minutes, sentiment per minute. */
    public HotWords() {
        this(5 * 60_000L, 60_000L);
    }

    /** A counter of the whole session (for a review), with the default five-minute window and one-minute buckets. */
    public static HotWords ofSession() {
        return builder().wholeSession(true).build();
    }

    /** Adds one understood comment at event time {@code ts} (epoch millis); out-of-order events are accepted. */
    public void add(long ts, Understanding u) {
        if (u == null) return;
        Entities e = u.entities();
        List<String> products = e == null ? List.of() : e.products();
        Entry entry = new Entry(ts, u.text(), products);
        window.addLast(entry);
        fresh.addLast(entry);
        for (String p : products) productCounts.merge(p, 1, Integer::sum);
        long b = Math.floorDiv(ts, bucketMillis) * bucketMillis;
        int[] c = buckets.computeIfAbsent(b, k -> new int[4]);
        c[u.sentiment() == Sentiment.POSITIVE ? 0 : u.sentiment() == Sentiment.NEGATIVE ? 1 : 2]++;
        c[3]++;
        bucketPositive.computeIfAbsent(b, k -> new double[1])[0] += u.positive();
        latest = Math.max(latest, ts);
        evict(latest);
    }

    /** Adds a raw comment: normalized and masked here, with no intent, entities or sentiment. */
    public void addText(long ts, String comment) {
        add(ts, understanding(comment));
    }

    /**
     * Adds a viewer's raw comment (normalized and masked here); the same viewer writing the same comment again is not
     * counted again, so one viewer's flood does not make a hot word.
     *
     * @return whether it was counted
     */
    public boolean add(long ts, String user, String comment) {
        if (comment == null) return false;
        Understanding u = understanding(comment);
        if (user != null && !pairs.add(((long) user.hashCode() << 32) ^ (u.text().hashCode() & 0xFFFFFFFFL))) return false;
        add(ts, u);
        return true;
    }

    private static Understanding understanding(String comment) {
        String t = PiiMasker.mask(TextNormalizer.normalize(comment));
        return new Understanding(t, io.livecopilot.core.nlu.Intent.OTHER, 0, Entities.NONE, Sentiment.NEUTRAL, 0.5);
    }

    private void evict(long now) {
        long from = now - windowMillis;
        while (!window.isEmpty() && (window.peekFirst().ts <= from || window.size() > MAX_WINDOW)) {
            Entry old = window.pollFirst();
            old.inWindow = false;
            for (String p : old.products) decrement(productCounts, p);
            if (old.words != null) {
                for (String w : old.words) decrement(windowCounts, w);
                for (String w : new LinkedHashSet<>(old.words)) decrement(windowDocs, w);
            } else {
                if (fresh.peekFirst() == old) fresh.pollFirst();
                if (wholeSession) countSession(old.words = keyphrases(old.text, phrases));
            }
        }
        long firstBucket = Math.floorDiv(from, bucketMillis) * bucketMillis;
        buckets.headMap(firstBucket).clear();
        bucketPositive.headMap(firstBucket).clear();
    }

    /** Segments the window's comments that arrived since the words were last read. */
    private void settle() {
        while (!fresh.isEmpty()) {
            Entry e = fresh.pollFirst();
            if (!e.inWindow || e.words != null) continue;
            e.words = keyphrases(e.text, phrases);
            countSession(e.words);
            for (String w : new LinkedHashSet<>(e.words)) windowDocs.merge(w, 1, Integer::sum);
            for (String w : e.words) windowCounts.merge(w, 1, Integer::sum);
        }
    }

    private void countSession(List<String> words) {
        segmented++;
        for (String w : new LinkedHashSet<>(words)) sessionDocs.merge(w, 1, Integer::sum);
        if (sessionDocs.size() > MAX_WORDS) {
            // drop the rarest words so that memory stays bounded on floods of varied text; the hot ones survive
            while (sessionDocs.size() > MAX_WORDS / 2) {
                int below = pruneBelow;
                sessionDocs.values().removeIf(c -> c < below);
                if (sessionDocs.size() > MAX_WORDS / 2) pruneBelow++;
            }
        }
    }

    private static void decrement(Map<String, Integer> m, String k) {
        m.computeIfPresent(k, (key, v) -> v <= 1 ? null : v - 1);
    }

    /** The number of comments segmented so far (for tests of the laziness). */
    long segmented() {
        return segmented;
    }

    /** The words of a normalized comment worth counting: content words of two characters or more, no stop words. */
    static List<String> keyphrases(String text) {
        return keyphrases(text, DEFAULT_PHRASES);
    }

    private static final Map<Character, List<String>> DEFAULT_PHRASES = builder().build().phrases;

    /**
     * The words of a normalized comment worth counting, the known {@code phrases} (keyed by first character, longest
     * first) kept whole ("空气炸锅", which the segmenter cuts in two) and the text between them segmented.
     */
    static List<String> keyphrases(String text, Map<Character, List<String>> phrases) {
        if (text == null || text.isBlank()) return List.of();
        String t = text.length() > 500 ? text.substring(0, 500) : text;
        List<String> out = new ArrayList<>();
        if (phrases.isEmpty()) {
            segment(t, out);
            return out;
        }
        int from = 0;
        for (int i = 0; i < t.length(); i++) {
            List<String> cands = phrases.get(t.charAt(i));
            if (cands == null) continue;
            for (String ph : cands) {
                if (t.startsWith(ph, i)) {
                    if (i > from) segment(t.substring(from, i), out);
                    out.add(ph);
                    from = i + ph.length();
                    i = from - 1;
                    break;
                }
            }
        }
        if (from < t.length()) segment(t.substring(from), out);
        return out;
    }

    private static void segment(String t, List<String> out) {
        // platform emoji codes ("[捂脸]") and masked personal data ("[手机号]") are not words of the comment
        String text = t.indexOf('[') >= 0 ? BRACKETED.matcher(t).replaceAll(" ") : t;
        if (text.isBlank()) return;
        for (Term term : HanLP.segment(text)) {
            String w = term.word.strip();
            if (w.length() < 2 || w.length() > 12 || STOP.contains(w) || UNITS.contains(w) || w.indexOf('[') >= 0 || w.indexOf(']') >= 0) continue;
            String nature = term.nature == null ? "" : term.nature.toString();
            if (!(nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.startsWith("g")
                    || nature.startsWith("x") || nature.equals("nz"))) continue;
            if (w.chars().allMatch(ch -> ch < 0x80 && !Character.isLetter(ch))) continue; // numbers and punctuation
            out.add(w);
        }
    }

    /**
     * The {@code k} words used by the most comments of the session (at least two), most used first, ties by word; only
     * for a counter {@linkplain #HotWords(long, long, boolean) of the whole session}.
     */
    public List<SessionWord> sessionTop(int k) {
        if (!wholeSession) throw new IllegalStateException("sessionTop: this counter does not count the whole session (see HotWords.ofSession)");
        settle();
        List<SessionWord> all = new ArrayList<>();
        sessionDocs.forEach((w, n) -> {
            if (n >= 2) all.add(new SessionWord(w, n));
        });
        all.sort(Comparator.comparingInt(SessionWord::comments).reversed().thenComparing(SessionWord::text));
        return all.size() > k ? new ArrayList<>(all.subList(0, Math.max(0, k))) : all;
    }

    /** The state of the window as of the latest event: top keyphrases, products and the sentiment trend. */
    public Snapshot snapshot(int top) {
        settle();
        List<Keyphrase> phrases = new ArrayList<>();
        double n = Math.max(1, segmented);
        for (Map.Entry<String, Integer> e : windowCounts.entrySet()) {
            int df = sessionDocs.getOrDefault(e.getKey(), 0);
            double idf = Math.log((n + 1) / (df + 1)) + 1;
            phrases.add(new Keyphrase(e.getKey(), e.getValue(), windowDocs.getOrDefault(e.getKey(), 0), Math.round(e.getValue() * idf * 1000) / 1000.0));
        }
        phrases.sort(Comparator.comparingDouble(Keyphrase::score).reversed().thenComparing(Keyphrase::text));
        if (phrases.size() > top) phrases = new ArrayList<>(phrases.subList(0, top));
        List<ProductMentions> prods = new ArrayList<>();
        productCounts.forEach((k, v) -> prods.add(new ProductMentions(k, v)));
        prods.sort(Comparator.comparingInt(ProductMentions::count).reversed().thenComparing(ProductMentions::product));
        List<SentimentPoint> trend = new ArrayList<>();
        for (Map.Entry<Long, int[]> e : buckets.entrySet()) {
            int[] c = e.getValue();
            double avg = bucketPositive.get(e.getKey())[0] / Math.max(1, c[3]);
            trend.add(new SentimentPoint(e.getKey(), c[0], c[1], c[2], Math.round(avg * 1000) / 1000.0));
        }
        return new Snapshot(latest == Long.MIN_VALUE ? 0 : latest, window.size(), phrases,
                prods.size() > top ? prods.subList(0, top) : prods, trend);
    }

    /**
     * The hot words at one moment.
     *
     * @param asOf     the latest event time seen
     * @param comments comments in the window
     */
    public record Snapshot(long asOf, int comments, List<Keyphrase> keyphrases, List<ProductMentions> products,
                           List<SentimentPoint> sentiment) {}

    /** A keyphrase: occurrences and comments in the window, and its TF-IDF score against the session. */
    public record Keyphrase(String text, int count, int comments, double score) {}

    /** A word of the session and the number of comments that use it. */
    public record SessionWord(String text, int comments) {}

    /** How many times a catalog product was mentioned in the window. */
    public record ProductMentions(String product, int count) {}

    /** Sentiment of one time bucket: counts and the mean probability of positive. */
    public record SentimentPoint(long bucketStart, int positive, int negative, int neutral, double meanPositive) {}
}
