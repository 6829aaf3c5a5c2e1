package io.livecopilot.assistant;

import io.livecopilot.core.nlu.Intent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host's view of the questions: a rolling window (event time) that groups the same question by intent and product,
 * counts the distinct viewers who asked it and keeps the most common wording as its example. Complaints and order
 * problems weigh three times as much when ordering, so they rise above questions of similar size.
 */
final class QuestionAggregator {
    private static final int MAX_ENTRIES = 200_000;
    private static final int MAX_TEXTS = 64;

    private record Entry(long ts, String key, String user, String text) {}

    private static final class Group {
        final Intent intent;
        final String product;
        final long firstTs;
        final Map<String, Integer> users = new HashMap<>();
        final Map<String, Integer> texts = new LinkedHashMap<>();

        Group(Intent intent, String product, long firstTs) {
            this.intent = intent;
            this.product = product;
            this.firstTs = firstTs;
        }

        boolean urgent() {
            return intent == Intent.COMPLAINT || intent == Intent.ORDER_ISSUE;
        }

        String example() {
            String best = null;
            int n = 0;
            for (Map.Entry<String, Integer> e : texts.entrySet()) {
                if (e.getValue() > n) {
                    best = e.getKey();
                    n = e.getValue();
                }
            }
            return best == null ? "" : best;
        }
    }

    private final long windowMs;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final Map<String, Group> groups = new HashMap<>();
    private long now = Long.MIN_VALUE;

    QuestionAggregator(long windowMs) {
        this.windowMs = windowMs;
    }

    static boolean aggregated(Intent i) {
        return i.isQuestion() || i == Intent.COMPLAINT || i == Intent.REQUEST_SHOW;
    }

    void add(long ts, Intent intent, String product, String user, String text) {
        advance(ts);
        String key = intent.wire() + '|' + (product == null ? "" : product);
        Group g = groups.computeIfAbsent(key, k -> new Group(intent, product, ts));
        String u = user == null ? "" : user;
        g.users.merge(u, 1, Integer::sum);
        String t = text == null ? "" : (text.length() > 40 ? text.substring(0, 40) : text);
        if (g.texts.containsKey(t) || g.texts.size() < MAX_TEXTS) g.texts.merge(t, 1, Integer::sum);
        entries.addLast(new Entry(ts, key, u, t));
        while (entries.size() > MAX_ENTRIES) evict(entries.removeFirst());
    }

    /** Moves the window's end to {@code ts} (time only goes forward). */
    void advance(long ts) {
        if (ts > now) now = ts;
        long from = now - windowMs;
        while (!entries.isEmpty() && entries.peekFirst().ts() < from) evict(entries.removeFirst());
    }

    private void evict(Entry e) {
        Group g = groups.get(e.key());
        if (g == null) return;
        g.users.computeIfPresent(e.user(), (k, v) -> v <= 1 ? null : v - 1);
        g.texts.computeIfPresent(e.text(), (k, v) -> v <= 1 ? null : v - 1);
        if (g.users.isEmpty()) groups.remove(e.key());
    }

    List<QuestionGroup> top(int limit) {
        List<Group> all = new ArrayList<>(groups.values());
        all.sort(Comparator.comparingInt((Group g) -> -(g.users.size() * (g.urgent() ? 3 : 1)))
                .thenComparingInt(g -> -g.users.size()).thenComparingLong(g -> g.firstTs));
        List<QuestionGroup> out = new ArrayList<>(Math.min(limit, all.size()));
        for (Group g : all) {
            if (out.size() >= limit) break;
            out.add(new QuestionGroup(g.intent.wire(), g.product, g.users.size(), g.example()));
        }
        return out;
    }
}
