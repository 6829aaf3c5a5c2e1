package io.livecopilot.script.quality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A character-level n-gram language model with interpolated Kneser-Ney smoothing (fixed discount): the highest order
 * uses counts, lower orders use continuation counts (how many different characters precede an n-gram), and the
 * lowest order is interpolated with a uniform distribution over the vocabulary plus one unknown character.
 *
 * <p>Digits are read as one class and Latin letters as another, so that prices and sizes do not look unusual. Built by
 * {@link #train}; immutable afterwards.
 */
public final class CharNgramModel {
    private static final char BOS = '\u0002';
    private static final char EOS = '\u0003';

    private final int order;
    private final double discount;
    /** counts.get(k): k-gram → count (raw for k == order, continuation for lower orders). */
    private final List<LongIntMap> counts;
    /** contexts.get(k): (k-1)-char context → {sum of counts of its k-grams, number of distinct followers}. */
    private final List<LongIntMap> contextSums;
    private final List<LongIntMap> contextFollowers;
    private final int vocabulary;
    private final int trainedChars;

    private CharNgramModel(int order, double discount, List<LongIntMap> counts, List<LongIntMap> contextSums, List<LongIntMap> contextFollowers, int vocabulary, int trainedChars) {
        this.order = order;
        this.discount = discount;
        this.counts = counts;
        this.contextSums = contextSums;
        this.contextFollowers = contextFollowers;
        this.vocabulary = vocabulary;
        this.trainedChars = trainedChars;
    }

    /** Trains a model of the given order (2–4) on lines of text. */
    public static CharNgramModel train(List<String> lines, int order, double discount) {
        if (order < 2 || order > 4) throw new IllegalArgumentException("order: must be 2 to 4, was " + order);
        if (!(discount > 0 && discount < 1)) throw new IllegalArgumentException("discount: must be in (0,1), was " + discount);
        List<Map<Long, Integer>> raw = new java.util.ArrayList<>();
        for (int k = 0; k <= order; k++) raw.add(new HashMap<>());
        java.util.Set<Character> vocab = new java.util.HashSet<>();
        int chars = 0;
        Map<Long, Integer> top = raw.get(order);
        for (String line : lines) {
            String s = pad(classes(line), order);
            for (int i = order - 1; i < s.length(); i++) {
                vocab.add(s.charAt(i));
                chars++;
                top.merge(key(s, i - order + 1, i + 1), 1, Integer::sum);
            }
        }
        // continuation counts for lower orders: distinct left extensions of each k-gram (drop the oldest char)
        for (int k = order - 1; k >= 1; k--) {
            Map<Long, Integer> lower = raw.get(k);
            long mask = (1L << (16 * k)) - 1;
            for (Long g : raw.get(k + 1).keySet()) lower.merge(g & mask, 1, Integer::sum);
        }
        List<LongIntMap> counts = new java.util.ArrayList<>(), sums = new java.util.ArrayList<>(), followers = new java.util.ArrayList<>();
        for (int k = 0; k <= order; k++) {
            Map<Long, Integer> m = raw.get(k);
            LongIntMap c = new LongIntMap(m.size()), su = new LongIntMap(m.size()), fo = new LongIntMap(m.size());
            for (Map.Entry<Long, Integer> e : m.entrySet()) {
                c.add(e.getKey(), e.getValue());
                long h = e.getKey() >>> 16; // the k-1 oldest chars
                su.add(h, e.getValue());
                fo.add(h, 1);
            }
            counts.add(c);
            sums.add(su);
            followers.add(fo);
        }
        return new CharNgramModel(order, discount, counts, sums, followers, vocab.size() + 1, chars);
    }

    /** Digits → '0', Latin letters → 'a'. */
    static String classes(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') c = '0';
            if (c >= '0' && c <= '9') c = '0';
            else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) c = 'a';
            else if (Character.isWhitespace(c)) continue;
            sb.append(c);
        }
        return sb.toString();
    }

    private static String pad(String s, int order) {
        return String.valueOf(BOS).repeat(order - 1) + s + EOS;
    }

    /** The chars {@code s[from, to)} packed 16 bits each, oldest in the high bits. */
    private static long key(CharSequence s, int from, int to) {
        long k = 0;
        for (int i = from; i < to; i++) k = (k << 16) | s.charAt(i);
        return k;
    }

    /** The probability of {@code s.charAt(i)} after the {@code order-1} characters before it. */
    private double prob(String s, int i, int k) {
        char c = s.charAt(i);
        if (k == 1) {
            int sum = contextSums.get(1).get(0L, 0);
            double uniform = 1.0 / vocabulary;
            if (sum == 0) return uniform;
            int n = counts.get(1).get(c, 0);
            return Math.max(n - discount, 0) / sum + discount * contextFollowers.get(1).get(0L, 0) / sum * uniform;
        }
        long ctx = key(s, i - (k - 1), i);
        int sum = contextSums.get(k).get(ctx, 0);
        double lower = prob(s, i, k - 1);
        if (sum == 0) return lower;
        int n = counts.get(k).get((ctx << 16) | c, 0);
        return (Math.max(n - discount, 0) + discount * contextFollowers.get(k).get(ctx, 0) * lower) / sum;
    }

    /** P(c | history): the probability of the next character after a line's beginning {@code history}. */
    double conditional(String history, char c) {
        String s = String.valueOf(BOS).repeat(order - 1) + classes(history) + c;
        return prob(s, s.length() - 1, order);
    }

    /** The end-of-line symbol the model predicts after the last character. */
    static char endOfLine() {
        return EOS;
    }

    /** Sum of natural-log probabilities of a line (with its end), and the number of predicted characters. */
    public double[] logProb(String line) {
        String s = pad(classes(line), order);
        double lp = 0;
        int n = 0;
        for (int i = order - 1; i < s.length(); i++) {
            lp += Math.log(prob(s, i, order));
            n++;
        }
        return new double[] {lp, n};
    }

    /** Per-character perplexity of the lines. */
    public double perplexity(List<String> lines) {
        double lp = 0;
        double n = 0;
        for (String l : lines) {
            if (classes(l).isEmpty()) continue;
            double[] r = logProb(l);
            lp += r[0];
            n += r[1];
        }
        return n == 0 ? Double.NaN : Math.exp(-lp / n);
    }

    public int order() { return order; }

    public int vocabulary() { return vocabulary; }

    public int trainedChars() { return trainedChars; }
}
