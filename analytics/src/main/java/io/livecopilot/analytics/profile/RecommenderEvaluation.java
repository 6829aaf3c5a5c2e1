package io.livecopilot.analytics.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Hit rate of {@link ItemRecommender} on held-out purchases, against a popularity baseline.
 *
 * <p>Viewers are split at random into training and test viewers. For each test viewer who ordered, the target is
 * their last ordered product; their history is their interactions with other products before that order. The model
 * learns from the training viewers only. A hit is the target among the top {@code k} recommendations for the history;
 * the baseline recommends the products most training viewers ordered, history left out.
 */
public final class RecommenderEvaluation {
    private RecommenderEvaluation() {}

    /** The outcome: hit rates of the model and of the popularity baseline on {@code testCases} held-out purchases. */
    public record Result(int k, int trainViewers, int testCases, double hitRate, double popularityHitRate) {}

    public static Result evaluate(List<Interaction> interactions, double testShare, int k, long seed) {
        if (!(testShare > 0 && testShare < 1)) throw new IllegalArgumentException("testShare: must be in (0, 1), was " + testShare);
        if (k < 1) throw new IllegalArgumentException("k: must be ≥ 1, was " + k);
        List<String> users = new ArrayList<>(new java.util.TreeSet<>(interactions.stream().map(Interaction::user).toList()));
        Random r = new Random(seed);
        java.util.Collections.shuffle(users, r);
        Set<String> test = new HashSet<>(users.subList(0, (int) Math.round(users.size() * testShare)));
        List<Interaction> train = new ArrayList<>();
        Map<String, List<Interaction>> testByUser = new HashMap<>();
        for (Interaction i : interactions) {
            if (test.contains(i.user())) testByUser.computeIfAbsent(i.user(), x -> new ArrayList<>()).add(i);
            else train.add(i);
        }
        ItemRecommender model = ItemRecommender.fit(train);
        Map<String, Double> bought = new HashMap<>();
        Map<String, Set<String>> buyers = new HashMap<>();
        for (Interaction i : train) if (i.kind().equals("order")) buyers.computeIfAbsent(i.item(), x -> new HashSet<>()).add(i.user());
        buyers.forEach((item, s) -> bought.put(item, (double) s.size()));
        List<String> byPopularity = bought.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        int cases = 0, hits = 0, popHits = 0;
        for (List<Interaction> own : testByUser.values()) {
            Interaction target = own.stream().filter(i -> i.kind().equals("order"))
                    .max(Comparator.comparingLong(Interaction::ts)).orElse(null);
            if (target == null) continue;
            Map<String, Double> history = new HashMap<>();
            for (Interaction i : own) {
                if (i.ts() < target.ts() && !i.item().equals(target.item())) history.merge(i.item(), i.weight(), Double::sum);
            }
            if (history.isEmpty()) continue;
            cases++;
            if (model.recommend(history, k).stream().anyMatch(s -> s.item().equals(target.item()))) hits++;
            if (byPopularity.stream().filter(p -> !history.containsKey(p)).limit(k).anyMatch(p -> p.equals(target.item()))) popHits++;
        }
        return new Result(k, users.size() - test.size(), cases, cases == 0 ? 0 : (double) hits / cases, cases == 0 ? 0 : (double) popHits / cases);
    }
}
