package io.livecopilot.analytics.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hot words of a session's comments: Chinese character n-grams (2 to 4) and Latin/number tokens, counted once per
 * distinct (viewer, text) pair (a viewer repeating one comment counts once), with a shorter n-gram dropped when a
 * longer one containing it is almost as frequent ("包邮吗" over "包邮" and "邮吗"). Memory is bounded by the
 * vocabulary, not by the number of comments.
 */
public final class HotWords {
    private static final Set<String> STOP = Set.of("这个", "那个", "一下", "我们", "你们", "什么", "可以", "是不是", "有没有",
            "怎么", "一个", "还是", "就是", "没有", "不是", "知道", "觉得", "然后", "今天", "主播", "老师", "宝宝", "家人",
            "了吗", "的吗", "是的", "好的", "吗吗", "啊啊", "哈哈", "哈哈哈", "哈哈哈哈");

    /** Distinct n-grams kept before the rare ones are pruned (lossy counting, as in Manku and Motwani). */
    static final int MAX_GRAMS = 300_000;
    private final Map<String, int[]> counts = new HashMap<>();
    private int pruneBelow = 2;
    private final Set<Long> seenPairs = new HashSet<>();
    private final int maxComments;
    private int seen;

    /** Counts at most {@code maxComments} comments (the first ones); a flood beyond that is ignored. */
    public HotWords(int maxComments) {
        this.maxComments = maxComments;
    }

    /** Takes one comment of a viewer (the user may be {@code null}). */
    public void add(String user, String text) {
        if (text == null || seen >= maxComments) return;
        seen++;
        long pair = (user == null ? seen : user.hashCode()) * 0x9E3779B97F4A7C15L + text.hashCode() * 31L + text.length();
        if (!seenPairs.add(pair)) return;
        Set<String> grams = new HashSet<>();
        StringBuilder run = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        int len = Math.min(text.length(), 200);
        for (int i = 0; i <= len; i++) {
            char c = i < len ? text.charAt(i) : ' ';
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                run.append(c);
            } else {
                grams(run, grams);
                run.setLength(0);
            }
            if (i < len && (Character.isLetterOrDigit(c) && c < 0x3000)) {
                latin.append(Character.toLowerCase(c));
            } else {
                if (latin.length() >= 2 && latin.length() <= 12) grams.add(latin.toString());
                latin.setLength(0);
            }
        }
        for (String g : grams) counts.computeIfAbsent(g, k -> new int[1])[0]++;
        if (counts.size() > MAX_GRAMS) prune();
    }

    /** Drops the rarest n-grams so that memory stays bounded on floods of random text; the hot ones survive. */
    private void prune() {
        while (counts.size() > MAX_GRAMS / 2) {
            int below = pruneBelow;
            counts.values().removeIf(c -> c[0] < below);
            if (counts.size() > MAX_GRAMS / 2) pruneBelow++;
        }
    }

    private static void grams(CharSequence run, Set<String> out) {
        int n = run.length();
        for (int size = 2; size <= 4; size++) {
            for (int i = 0; i + size <= n; i++) {
                String g = run.subSequence(i, i + size).toString();
                if (!STOP.contains(g)) out.add(g);
            }
        }
    }

    /** The {@code k} hottest words with the number of distinct comments that contain them (at least two). */
    public List<Map<String, Object>> top(int k) {
        // direct extensions: each gram registered under its prefix and suffix one character shorter
        Map<String, Integer> bestExtension = new HashMap<>();
        List<Map.Entry<String, Integer>> all = new ArrayList<>();
        counts.forEach((g, c) -> {
            if (c[0] < 2) return;
            all.add(Map.entry(g, c[0]));
            if (g.length() > 2) {
                bestExtension.merge(g.substring(1), c[0], Math::max);
                bestExtension.merge(g.substring(0, g.length() - 1), c[0], Math::max);
            }
        });
        all.sort((a, b) -> b.getValue() != a.getValue().intValue() ? b.getValue() - a.getValue()
                : b.getKey().length() != a.getKey().length() ? b.getKey().length() - a.getKey().length() : a.getKey().compareTo(b.getKey()));
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Integer> e : all) {
            String g = e.getKey();
            int c = e.getValue();
            if (bestExtension.getOrDefault(g, 0) >= 0.7 * c) continue; // a longer phrase says it better
            boolean overlaps = false;
            for (String s : chosen) {
                if (s.contains(g) || g.contains(s)) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) continue;
            chosen.add(g);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("word", g);
            m.put("count", c);
            out.add(m);
            if (out.size() >= k) break;
        }
        return out;
    }
}
