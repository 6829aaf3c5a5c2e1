package io.livecopilot.nlp.classify;

/**
 * The featurizer of classifiers: hashes the character n-grams (and skip-bigrams) of a normalized text into buckets,
 * without building strings. Every occurrence adds one entry; the caller scales the vector by 1/√entries.
 * Immutable and thread-safe; the caller supplies the output buffer.
 */
public final class HashedNgramFeaturizer {
    private static final char BOS = '\u0002', EOS = '\u0003';
    private final FeatureSettings settings;
    private final int mask;

    public HashedNgramFeaturizer(FeatureSettings settings) {
        this.settings = settings;
        this.mask = (1 << settings.bits()) - 1;
    }

    public FeatureSettings settings() {
        return settings;
    }

    /** An upper bound of the entries {@link #featurize} writes for a text of {@code length} characters. */
    public int capacity(int length) {
        int n = Math.min(length, settings.maxChars()) + 2;
        return n * (settings.maxN() - settings.minN() + 1 + (settings.skipGrams() ? 1 : 0)) + 1;
    }

    /** Writes the bucket of every feature of {@code text} into {@code out} and returns how many were written. */
    public int featurize(CharSequence text, int[] out) {
        int len = Math.min(text.length(), settings.maxChars());
        int total = len + 2;
        int minN = settings.minN(), maxN = settings.maxN();
        boolean zero = settings.digitsAsZero();
        int k = 0;
        // rolling window of the last maxN (mapped) characters
        char c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
        for (int i = 0; i < total; i++) {
            char raw = i == 0 ? BOS : i == total - 1 ? EOS : text.charAt(i - 1);
            char c = raw; // a space is no unigram of its own but still separates n-grams
            char z = zero && raw >= '0' && raw <= '9' ? '0' : raw;
            // unigrams use the raw char (not BOS/EOS)
            if (minN <= 1 && i > 0 && i < total - 1 && c != ' ') out[k++] = bucket(1, c, 0, 0, 0, 0, 0);
            if (maxN >= 2 && minN <= 2 && i >= 1) out[k++] = bucket(2, z, c1, 0, 0, 0, 0);
            if (maxN >= 3 && minN <= 3 && i >= 2) out[k++] = bucket(3, z, c1, c2, 0, 0, 0);
            if (maxN >= 4 && minN <= 4 && i >= 3) out[k++] = bucket(4, z, c1, c2, c3, 0, 0);
            if (maxN >= 5 && minN <= 5 && i >= 4) out[k++] = bucket(5, z, c1, c2, c3, c4, 0);
            if (maxN >= 6 && i >= 5) out[k++] = bucket(6, z, c1, c2, c3, c4, c5);
            if (settings.skipGrams() && i >= 2) out[k++] = bucket(7, z, 0, c2, 0, 0, 0);
            c5 = c4;
            c4 = c3;
            c3 = c2;
            c2 = c1;
            c1 = z;
        }
        return k;
    }

    private int bucket(int kind, int a, int b, int c, int d, int e, int f) {
        long h = kind * 0x9E3779B97F4A7C15L;
        h = (h ^ a) * 0xBF58476D1CE4E5B9L;
        h = (h ^ b) * 0x94D049BB133111EBL;
        h = (h ^ c) * 0xBF58476D1CE4E5B9L;
        if (d != 0 || e != 0 || f != 0) {
            h = (h ^ d) * 0x94D049BB133111EBL;
            h = (h ^ e) * 0xBF58476D1CE4E5B9L;
            h = (h ^ f) * 0x94D049BB133111EBL;
        }
        h ^= h >>> 31;
        return (int) h & mask;
    }
}
