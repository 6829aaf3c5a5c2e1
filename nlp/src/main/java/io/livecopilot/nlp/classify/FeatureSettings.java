package io.livecopilot.nlp.classify;

/**
 * How a text becomes a sparse feature vector: hashed character n-grams of the normalized text, and for models trained
 * on large review sets optionally hashed words and word pairs from a dictionary segmenter ({@link WordSegmenter}).
 *
 * @param bits      log2 of the number of hash buckets
 * @param minN      the shortest character n-gram
 * @param maxN      the longest character n-gram
 * @param skipGrams whether to add character skip-bigrams (c[i], c[i+2]), robust to one inserted or mistyped character
 * @param digitsAsZero whether n-grams longer than one character see every digit as '0' (3号 and 5号 share features)
 * @param maxChars  only the first this many characters are featurized (bounds the cost of huge comments)
 * @param words     word features: 0 none (both built-in models), 1 words of two or more characters, 2 those and every
 *                  pair of adjacent words (不|好吃, 没|送到: negation and degree words with the word they modify)
 */
public record FeatureSettings(int bits, int minN, int maxN, boolean skipGrams, boolean digitsAsZero, int maxChars, int words) {
    public FeatureSettings {
        if (bits < 10 || bits > 26) throw new IllegalArgumentException("bits: must be within 10..26, was " + bits);
        if (minN < 1 || maxN < minN || maxN > 6) throw new IllegalArgumentException("n-grams: need 1 ≤ minN ≤ maxN ≤ 6, was " + minN + ".." + maxN);
        if (maxChars < 1) throw new IllegalArgumentException("maxChars: must be ≥ 1, was " + maxChars);
        if (words < 0 || words > 2) throw new IllegalArgumentException("words: must be 0 (none), 1 (words) or 2 (words and word pairs), was " + words);
    }

    /** Character features only (no words), as every model before word features and both built-in models. */
    public FeatureSettings(int bits, int minN, int maxN, boolean skipGrams, boolean digitsAsZero, int maxChars) {
        this(bits, minN, maxN, skipGrams, digitsAsZero, maxChars, 0);
    }

    /** The default for intents: char 1–3-grams, skip-bigrams, 2^16 buckets (as accurate as 2^18 on held-out data, twice as fast). */
    public static FeatureSettings intentDefaults() {
        return new FeatureSettings(16, 1, 3, true, true, 512);
    }

    /** The default for sentiment on reviews: char 1–3-grams, skip-bigrams, 2^21 buckets. */
    public static FeatureSettings sentimentDefaults() {
        return new FeatureSettings(21, 1, 3, true, false, 2000);
    }

    public FeatureSettings withWords(int w) {
        return new FeatureSettings(bits, minN, maxN, skipGrams, digitsAsZero, maxChars, w);
    }

    public FeatureSettings withBits(int b) {
        return new FeatureSettings(b, minN, maxN, skipGrams, digitsAsZero, maxChars, words);
    }

    public FeatureSettings withMaxN(int n) {
        return new FeatureSettings(bits, minN, n, skipGrams, digitsAsZero, maxChars, words);
    }
}
