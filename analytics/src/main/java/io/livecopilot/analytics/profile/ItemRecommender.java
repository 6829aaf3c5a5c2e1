package io.livecopilot.analytics.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Item-to-item recommendation: the cosine similarity of products over viewers' weighted interactions (a viewer's
 * weight for a product is the sum of its interaction weights, capped at 5 so that one frantic clicker does not
 * dominate); a viewer's candidates are scored by the sum of their interest times the similarity, products already
 * seen left out.
 */
public final class ItemRecommender {
    /** Products kept per viewer (the strongest) when counting co-occurrences. */
    static final int MAX_ITEMS_PER_USER = 200;
    private static final double CAP = 5;

    private final Map<String, Map<String, Double>> similar;
    private final Map<String, Double> popularity;

    private ItemRecommender(Map<String, Map<String, Double>> similar, Map<String, Double> popularity) {
        this.similar = similar;
        this.popularity = popularity;
    }

    /** A recommended product with its score. */
    public record Scored(String item, double score) {}

    /** Learns the similarities from interactions. */
    public static ItemRecommender fit(Collection<Interaction> interactions) {
        Map<String, Map<String, Double>> byUser = userVectors(interactions);
        Map<String, Double> norm = new HashMap<>();
        Map<String, Map<String, Double>> dot = new HashMap<>();
        Map<String, Double> popularity = new HashMap<>();
        for (Map<String, Double> v : byUser.values()) {
            List<Map.Entry<String, Double>> items = new ArrayList<>(v.entrySet());
            if (items.size() > MAX_ITEMS_PER_USER) {
                items.sort(Map.Entry.<String, Double>comparingByValue().reversed());
                items = items.subList(0, MAX_ITEMS_PER_USER);
            }
            for (Map.Entry<String, Double> a : items) {
                norm.merge(a.getKey(), a.getValue() * a.getValue(), Double::sum);
                popularity.merge(a.getKey(), 1.0, Double::sum);
                for (Map.Entry<String, Double> b : items) {
                    if (a.getKey().equals(b.getKey())) continue;
                    dot.computeIfAbsent(a.getKey(), k -> new HashMap<>()).merge(b.getKey(), a.getValue() * b.getValue(), Double::sum);
                }
            }
        }
        Map<String, Map<String, Double>> sim = new HashMap<>();
        dot.forEach((a, row) -> {
            Map<String, Double> s = new HashMap<>();
            row.forEach((b, d) -> s.put(b, d / Math.sqrt(norm.get(a) * norm.get(b))));
            sim.put(a, s);
        });
        return new ItemRecommender(sim, popularity);
    }

    /** Each viewer's weighted interest per product, capped. */
    static Map<String, Map<String, Double>> userVectors(Collection<Interaction> interactions) {
        Map<String, Map<String, Double>> byUser = new HashMap<>();
        for (Interaction i : interactions) byUser.computeIfAbsent(i.user(), k -> new HashMap<>()).merge(i.item(), i.weight(), Double::sum);
        for (Map<String, Double> v : byUser.values()) v.replaceAll((k, w) -> Math.min(CAP, w));
        return byUser;
    }

    /** The {@code k} products most similar to {@code item}. */
    public List<Scored> similar(String item, int k) {
        return top(similar.getOrDefault(item, Map.of()), Map.of(), k);
    }

    /** The {@code k} best products for a viewer with this interest (product → weight), seen ones left out. */
    public List<Scored> recommend(Map<String, Double> history, int k) {
        Map<String, Double> score = new HashMap<>();
        history.forEach((item, w) -> similar.getOrDefault(item, Map.of()).forEach((other, s) -> score.merge(other, Math.min(CAP, w) * s, Double::sum)));
        List<Scored> out = top(score, history, k);
        if (out.size() < k) { // fill with popular products
            for (Scored p : popular(k + history.size() + out.size())) {
                if (out.size() >= k) break;
                if (!history.containsKey(p.item()) && out.stream().noneMatch(s -> s.item().equals(p.item()))) out.add(new Scored(p.item(), 0));
            }
        }
        return out;
    }

    /** The products most viewers interacted with. */
    public List<Scored> popular(int k) {
        return top(popularity, Map.of(), k);
    }

    private static List<Scored> top(Map<String, Double> scores, Map<String, Double> exclude, int k) {
        return scores.entrySet().stream().filter(e -> !exclude.containsKey(e.getKey()) && e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(e -> new Scored(e.getKey(), e.getValue())).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }
}
