package io.livecopilot.analytics.review;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.catalog.Product;
import io.livecopilot.core.event.Timestamps;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.hot.HotWords;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comments of a session, digested: counts by intent, sentiment over time (5-minute buckets), hot words (nlp's
 * {@link HotWords} over the whole session, product names kept whole) and the
 * most asked questions (by intent and product, with an example). Comments are understood with the injected
 * {@link CommentUnderstander}; without one, only the hot words and counts are given.
 */
public final class CommentDigest {
    /** Width of a sentiment bucket. */
    public static final long BUCKET_MS = 5 * 60_000L;
    /** Comments understood at most; beyond, a flood is only counted. */
    public static final int MAX_UNDERSTOOD = 200_000;

    private final CommentUnderstander understander;
    private final Catalog catalog;
    private final HotWords hot;
    private final EnumMap<Intent, Integer> byIntent = new EnumMap<>(Intent.class);
    private final TreeMap<Long, int[]> sentiment = new TreeMap<>();
    private final Map<String, Question> questions = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    private long total, understood;

    private static final class Question {
        final Intent intent;
        final String product;
        final String example;
        int count;

        Question(Intent intent, String product, String example) {
            this.intent = intent;
            this.product = product;
            this.example = example;
        }
    }

    /** A digest using the understander (or {@code null}: no intents or sentiment) and the catalog (may be {@code null}). */
    public CommentDigest(CommentUnderstander understander, Catalog catalog) {
        this.understander = understander;
        this.catalog = catalog == null ? Catalog.EMPTY : catalog;
        List<String> names = new ArrayList<>();
        for (Product p : this.catalog.products()) names.addAll(p.names());
        this.hot = HotWords.builder().wholeSession(true).phrases(names).build();
    }

    /**
     * Takes one comment, with the product being presented at the time (or {@code null}); returns what the comment
     * says, or {@code null} when it was not understood.
     */
    public Understanding add(long ts, String user, String text, String productOnShow) {
        total++;
        if (text != null && total <= MAX_UNDERSTOOD) hot.add(ts, user, text);
        if (understander == null || understood >= MAX_UNDERSTOOD || text == null) return null;
        Understanding u;
        try {
            u = understander.understand(text, catalog, productOnShow);
        } catch (RuntimeException e) {
            if (failures.size() < 5) failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
        understood++;
        byIntent.merge(u.intent(), 1, Integer::sum);
        int[] s = sentiment.computeIfAbsent(Math.floorDiv(ts, BUCKET_MS) * BUCKET_MS, k -> new int[3]);
        s[u.sentiment() == Sentiment.POSITIVE ? 0 : u.sentiment() == Sentiment.NEGATIVE ? 1 : 2]++;
        if (u.intent().isQuestion()) {
            String product = u.entities() != null && u.entities().product() != null ? u.entities().product() : productOnShow;
            String key = u.intent().wire() + "|" + product;
            questions.computeIfAbsent(key, k -> new Question(u.intent(), product, u.text())).count++;
        }
        return u;
    }

    /** The total number of comments. */
    public long total() { return total; }

    /** The {@code k} most asked questions: intent, product, count and an example (masked text). */
    public List<Map<String, Object>> topQuestions(int k) {
        List<Question> all = new ArrayList<>(questions.values());
        all.sort((a, b) -> b.count != a.count ? b.count - a.count : a.intent.compareTo(b.intent));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Question q : all.subList(0, Math.min(k, all.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("intent", q.intent.wire());
            m.put("product", q.product);
            m.put("count", q.count);
            m.put("example", q.example);
            out.add(m);
        }
        return out;
    }

    /** The {@code k} words the most comments of the session use (a viewer's repeated comment once): {@code word}, {@code count}. */
    public List<Map<String, Object>> hotWords(int k) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (HotWords.SessionWord w : hot.sessionTop(k)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("word", w.text());
            m.put("count", w.comments());
            out.add(m);
        }
        return out;
    }

    /** The digest as JSON-ready maps. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("understood", understood);
        if (understander == null) m.put("note", "no comment understander available: intents and sentiment were not computed");
        if (!failures.isEmpty()) m.put("errors", failures);
        Map<String, Integer> intents = new LinkedHashMap<>();
        byIntent.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> intents.put(e.getKey().wire(), e.getValue()));
        m.put("by_intent", intents);
        List<Map<String, Object>> over = new ArrayList<>();
        sentiment.forEach((t, s) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", Timestamps.iso(t));
            row.put("time", Timestamps.iso(t).substring(11, 16));
            row.put("positive", s[0]);
            row.put("negative", s[1]);
            row.put("neutral", s[2]);
            over.add(row);
        });
        m.put("sentiment_over_time", over);
        m.put("hot_words", hotWords(20));
        m.put("top_questions", topQuestions(10));
        return m;
    }
}
