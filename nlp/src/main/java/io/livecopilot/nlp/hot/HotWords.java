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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The hot words of one live room over a sliding time window: keyphrases ranked by TF-IDF (frequency in the window
 * against how common the word has been in the whole session), the products mentioned most, and the sentiment trend per
 * time bucket. Words come from HanLP's segmenter (nouns, verbs, adjectives, brand-like words, two characters or more,
 * stop words removed). Time is taken from the events ({@link #add}'s timestamp), never from the clock; one object per
 * room, not thread-safe (a room's events are processed in order).
 */
public final class HotWords {
    private static final Set<String> STOP = Set.of("主播", "这个", "那个", "什么", "怎么", "可以", "还有", "没有", "有没有", "一下",
            "就是", "我们", "你们", "他们", "真的", "还是", "多少", "知道", "觉得", "大家", "家人们", "一个", "这样", "现在", "今天",
            "已经", "因为", "所以", "但是", "而且", "如果", "不是", "是不是", "能不能", "有点", "一点", "这么", "那么", "的话",
            "时候", "东西", "感觉", "出来", "起来", "看看", "一起", "自己", "这款", "这件", "链接", "宝宝", "姐妹", "哈哈", "哈哈哈");

    private final long windowMillis;
    private final long bucketMillis;
    private final ArrayDeque<Entry> window = new ArrayDeque<>();
    private final Map<String, Integer> windowCounts = new HashMap<>();
    private final Map<String, Integer> windowDocs = new HashMap<>();
    private final Map<String, Integer> sessionDocs = new HashMap<>();
    private final Map<String, Integer> productCounts = new HashMap<>();
    private final TreeMap<Long, int[]> buckets = new TreeMap<>(); // bucket start → positive, negative, neutral, comments
    private final TreeMap<Long, double[]> bucketPositive = new TreeMap<>();
    private long sessionComments;
    private long latest = Long.MIN_VALUE;

    private record Entry(long ts, List<String> words, List<String> products) {}

    /**
     * Hot words over the last {@code windowMillis} of event time, with sentiment aggregated per {@code bucketMillis}.
     */
    public HotWords(long windowMillis, long bucketMillis) {
        if (windowMillis <= 0) throw new IllegalArgumentException("windowMillis: must be > 0, was " + windowMillis);
        if (bucketMillis <= 0 || bucketMillis > windowMillis) {
            throw new IllegalArgumentException("bucketMillis: must be within 1.." + windowMillis + ", was " + bucketMillis);
        }
        this.windowMillis = windowMillis;
        this.bucketMillis = bucketMillis;
    }

    /** Hot words over the last five minutes, sentiment per minute. */
    public HotWords() {
        this(5 * 60_000L, 60_000L);
    }

    /** Adds one understood comment at event time {@code ts} (epoch millis); out-of-order events are accepted. */
    public void add(long ts, Understanding u) {
        if (u == null) return;
        List<String> words = keyphrases(u.text());
        Entities e = u.entities();
        List<String> products = e == null ? List.of() : e.products();
        Entry entry = new Entry(ts, words, products);
        window.addLast(entry);
        sessionComments++;
        for (String w : new LinkedHashSet<>(words)) {
            sessionDocs.merge(w, 1, Integer::sum);
            windowDocs.merge(w, 1, Integer::sum);
        }
        for (String w : words) windowCounts.merge(w, 1, Integer::sum);
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
        String t = PiiMasker.mask(TextNormalizer.normalize(comment));
        add(ts, new Understanding(t, io.livecopilot.core.nlu.Intent.OTHER, 0, Entities.NONE, Sentiment.NEUTRAL, 0.5));
    }

    private void evict(long now) {
        long from = now - windowMillis;
        while (!window.isEmpty() && window.peekFirst().ts() <= from) {
            Entry old = window.pollFirst();
            for (String w : old.words()) decrement(windowCounts, w);
            for (String w : new LinkedHashSet<>(old.words())) decrement(windowDocs, w);
            for (String p : old.products()) decrement(productCounts, p);
        }
        long firstBucket = Math.floorDiv(from, bucketMillis) * bucketMillis;
        buckets.headMap(firstBucket).clear();
        bucketPositive.headMap(firstBucket).clear();
    }

    private static void decrement(Map<String, Integer> m, String k) {
        m.computeIfPresent(k, (key, v) -> v <= 1 ? null : v - 1);
    }

    /** The words of a normalized comment worth counting: content words of two characters or more, no stop words. */
    static List<String> keyphrases(String text) {
        if (text == null || text.isBlank()) return List.of();
        String t = text.length() > 500 ? text.substring(0, 500) : text;
        List<String> out = new ArrayList<>();
        for (Term term : HanLP.segment(t)) {
            String w = term.word.strip();
            if (w.length() < 2 || w.length() > 12 || STOP.contains(w) || w.startsWith("[")) continue;
            String nature = term.nature == null ? "" : term.nature.toString();
            if (!(nature.startsWith("n") || nature.startsWith("v") || nature.startsWith("a") || nature.startsWith("g")
                    || nature.startsWith("x") || nature.equals("nz"))) continue;
            if (w.chars().allMatch(ch -> ch < 0x80 && !Character.isLetter(ch))) continue; // numbers and punctuation
            out.add(w);
        }
        return out;
    }

    /** The state of the window as of the latest event: top keyphrases, products and the sentiment trend. */
    public Snapshot snapshot(int top) {
        List<Keyphrase> phrases = new ArrayList<>();
        double n = Math.max(1, sessionComments);
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

    /** How many times a catalog product was mentioned in the window. */
    public record ProductMentions(String product, int count) {}

    /** Sentiment of one time bucket: counts and the mean probability of positive. */
    public record SentimentPoint(long bucketStart, int positive, int negative, int neutral, double meanPositive) {}
}
