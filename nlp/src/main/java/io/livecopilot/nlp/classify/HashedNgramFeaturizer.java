package io.livecopilot.nlp.classify;

/**
 * The featurizer of classifiers: hashes the character n-grams (and skip-bigrams) of a normalized text into buckets,
 * without building strings. Every occurrence adds one entry; the caller scales the vector by 1/√entries.
 * Immutable and thread-safe; the caller supplies the output buffer.
 *
 * <p>The bucket of a feature of kind {@code k} (n for an n-gram, 7 for a skip-bigram) over characters a, b, c (and d,
 * e, f for 4–6-grams, skipped when all zero) is {@code h = k·G; h = (h^a)·M1; h = (h^b)·M2; h = (h^c)·M1; [h = (h^d)·M2;
 * h = (h^e)·M1; h = (h^f)·M2;] h ^= h>>>31}, masked to {@code bits}. The hot kinds (1–3 and 7) are computed with the
 * products of the multipliers folded where a character is always zero (two's complement products are associative, so
 * the buckets are the same), which leaves one to three multiplications per feature.
 */
public final class HashedNgramFeaturizer {
    private static final char BOS = '\u0002', EOS = '\u0003';
    private static final long G = 0x9E3779B97F4A7C15L, M1 = 0xBF58476D1CE4E5B9L, M2 = 0x94D049BB133111EBL;
    /** The folded constants: kind·G, and M1·M2·M1 (a unigram's two zero characters), M1·M2 (one zero character). */
    private static final long G1 = G, G2 = 2 * G, G3 = 3 * G, G7 = 7 * G, M121 = M1 * M2 * M1, M12 = M1 * M2;
    private final FeatureSettings settings;
    private final int mask;
    private final boolean uni, bi, tri, four, five, six, skip, zero;
    private final int maxChars;
    /** Word features: 0 none, 1 words, 2 words and adjacent pairs ({@link FeatureSettings#words()}). */
    private final int words;
    /** Whether the settings are those of both built-in models (1–3-grams and skip-bigrams), which have a faster path. */
    private final boolean common;

    public HashedNgramFeaturizer(FeatureSettings settings) {
        this.settings = settings;
        this.mask = (1 << settings.bits()) - 1;
        int minN = settings.minN(), maxN = settings.maxN();
        this.uni = minN <= 1;
        this.bi = maxN >= 2 && minN <= 2;
        this.tri = maxN >= 3 && minN <= 3;
        this.four = maxN >= 4 && minN <= 4;
        this.five = maxN >= 5 && minN <= 5;
        this.six = maxN >= 6;
        this.skip = settings.skipGrams();
        this.zero = settings.digitsAsZero();
        this.maxChars = settings.maxChars();
        this.words = settings.words();
        this.common = minN == 1 && maxN == 3 && skip && words == 0;
    }

    public FeatureSettings settings() {
        return settings;
    }

    /** An upper bound of the entries {@link #featurize} writes for a text of {@code length} characters. */
    public int capacity(int length) {
        int n = Math.min(length, settings.maxChars()) + 2;
        return n * (settings.maxN() - settings.minN() + 1 + (settings.skipGrams() ? 1 : 0)) + 1 + (words > 0 ? 2 * n : 0);
    }

    /** How many entries {@link #featurize} writes for {@code text}, without hashing anything. */
    public int count(CharSequence text) {
        int len = Math.min(text.length(), maxChars);
        int total = len + 2;
        int n = 0;
        if (uni) {
            n = len;
            for (int i = 0; i < len; i++) if (text.charAt(i) == ' ') n--;
        }
        if (bi) n += total - 1;
        if (tri) n += total - 2;
        if (four) n += Math.max(0, total - 3);
        if (five) n += Math.max(0, total - 4);
        if (six) n += Math.max(0, total - 5);
        if (skip) n += total - 2;
        if (words > 0) n += (int) (wordScan(text, null, 0L, COUNT, null, null) >>> 32);
        return n;
    }

    /** Writes the bucket of every feature of {@code text} into {@code out} and returns how many were written. */
    public int featurize(CharSequence text, int[] out) {
        long r = scan(text, out, null, ALL, null, null);
        return (int) (words > 0 ? wordScan(text, out, r, ALL, null, null) : r);
    }

    /**
     * Featurizes and looks up at once (no bucket buffer): writes {@code rowOf[bucket] - 1} of every feature of {@code text}
     * whose entry is not zero into {@code out}, in order. Returns the number of features (as {@link #featurize}
     * counts them) in the high 32 bits and the number of rows written in the low 32 bits. {@code chars} is a work array
     * (used when it holds {@link #window} characters, else one is allocated).
     */
    long rows(CharSequence text, int[] out, char[] chars, char[] rowOf) {
        if (common) return scanCommon(text, out, chars, rowOf, null);
        long r = scan(text, out, chars, ROWS, rowOf, null);
        return words > 0 ? wordScan(text, out, r, ROWS, rowOf, null) : r;
    }

    /**
     * Featurizes and filters at once: writes the bucket of every feature of {@code text} whose bit is set in {@code
     * used} (bit {@code b & 63} of word {@code b >>> 6}) into {@code out}, in order. Returns the number of features in
     * the high 32 bits and the number of buckets written in the low 32 bits; {@code chars} as for {@link #rows}.
     */
    long used(CharSequence text, int[] out, char[] chars, long[] used) {
        if (common) return scanCommon(text, out, chars, null, used);
        long r = scan(text, out, chars, USED, null, used);
        return words > 0 ? wordScan(text, out, r, USED, null, used) : r;
    }

    /** The characters of a text of {@code length} characters that the featurizer reads, with its start and end marks. */
    public int window(int length) {
        return Math.min(length, maxChars) + 2;
    }

    private static final int ALL = 0, ROWS = 1, USED = 2, COUNT = 3;
    /** The kinds of word features (after the character kinds 1–7). */
    private static final long G8 = 8 * G, G9 = 9 * G;

    /**
     * Appends the word features of the first {@code maxChars} characters of {@code text} after the {@code (int) r}
     * entries {@link #scan} wrote ({@code r} as scan returns it: features in the high 32 bits), in {@code mode}; returns
     * the totals in the same form. A word of two or more characters is one feature (kind 8); with {@code words == 2}
     * every two adjacent words not parted by punctuation are one more (kind 9). A word's characters are seen as the
     * character n-grams see them (digits as 0 when {@code digitsAsZero}).
     */
    private long wordScan(CharSequence text, int[] out, long r, int mode, char[] rowOf, long[] used) {
        int n = (int) (r >>> 32), k = (int) r;
        String s = text.length() > maxChars ? text.subSequence(0, maxChars).toString() : text.toString();
        long prev = 0;
        boolean hasPrev = false;
        for (String w : WordSegmenter.tokens(s)) {
            if (w == null) {
                hasPrev = false;
                continue;
            }
            long hw = 0x632BE59BD9B4E019L;
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (zero && c >= '0' && c <= '9') c = '0';
                hw = (hw ^ c) * (i % 2 == 0 ? M1 : M2);
            }
            hw ^= hw >>> 29;
            if (w.length() >= 2) {
                k = emit(((G8 ^ hw) * M1), out, k, mode, rowOf, used);
                n++;
            }
            if (words == 2 && hasPrev) {
                k = emit(((G9 ^ prev) * M2 ^ hw) * M1, out, k, mode, rowOf, used);
                n++;
            }
            prev = hw;
            hasPrev = true;
        }
        return (long) n << 32 | k;
    }

    /** Writes the feature of hash {@code h} at {@code out[k]} as {@link #scan} does in {@code mode}; returns the new k. */
    private int emit(long h, int[] out, int k, int mode, char[] rowOf, long[] used) {
        if (mode == COUNT) return k;
        int f = (int) (h ^ h >>> 31) & mask;
        if (mode == ROWS) f = rowOf[f] - 1;
        out[k] = f;
        return k + (mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1);
    }

    /** The characters {@link #scan} reads: the start mark, the first {@code maxChars} of the text, the end mark. */
    private char[] chars(CharSequence text, char[] work) {
        int len = Math.min(text.length(), maxChars);
        int total = len + 2;
        // copied out once: String.charAt per character costs more than hashing under C1
        char[] chars = work != null && work.length >= total ? work : new char[total];
        chars[0] = BOS;
        chars[total - 1] = EOS;
        if (text instanceof String s) s.getChars(0, len, chars, 1);
        else for (int i = 0; i < len; i++) chars[i + 1] = text.charAt(i);
        return chars;
    }

    /**
     * {@link #rows} ({@code rowOf} given) or {@link #used} for the settings of both built-in models (1–3-grams and
     * skip-bigrams): the features of {@link #scan} in the same order, with fewer variables and tests per character,
     * which C1 compiles to about a third fewer instructions.
     */
    private long scanCommon(CharSequence text, int[] out, char[] work, char[] rowOf, long[] used) {
        int len = Math.min(text.length(), maxChars);
        int total = len + 2;
        char[] chars = chars(text, work);
        int mask = this.mask;
        boolean zero = this.zero, direct = rowOf != null;
        int k = 0, spaces = 0;
        char c1 = 0, c2 = 0;
        for (int i = 0; i < total; i++) {
            char raw = chars[i];
            char z = zero && raw >= '0' && raw <= '9' ? '0' : raw;
            long h;
            int f;
            if (i > 0 && i < total - 1) {
                if (raw != ' ') {
                    h = (G1 ^ raw) * M121;
                    f = (int) (h ^ h >>> 31) & mask;
                    if (direct) {
                        out[k] = f = rowOf[f] - 1;
                        k += ~f >>> 31;
                    } else {
                        out[k] = f;
                        k += (int) (used[f >>> 6] >>> f) & 1;
                    }
                } else {
                    spaces++;
                }
            }
            if (i >= 1) {
                h = ((G2 ^ z) * M1 ^ c1) * M12;
                f = (int) (h ^ h >>> 31) & mask;
                if (direct) {
                    out[k] = f = rowOf[f] - 1;
                    k += ~f >>> 31;
                } else {
                    out[k] = f;
                    k += (int) (used[f >>> 6] >>> f) & 1;
                }
            }
            if (i >= 2) {
                h = (((G3 ^ z) * M1 ^ c1) * M2 ^ c2) * M1;
                f = (int) (h ^ h >>> 31) & mask;
                if (direct) {
                    out[k] = f = rowOf[f] - 1;
                    k += ~f >>> 31;
                } else {
                    out[k] = f;
                    k += (int) (used[f >>> 6] >>> f) & 1;
                }
                h = ((G7 ^ z) * M12 ^ c2) * M1;
                f = (int) (h ^ h >>> 31) & mask;
                if (direct) {
                    out[k] = f = rowOf[f] - 1;
                    k += ~f >>> 31;
                } else {
                    out[k] = f;
                    k += (int) (used[f >>> 6] >>> f) & 1;
                }
            }
            c2 = c1;
            c1 = z;
        }
        long n = len - spaces + (total - 1) + 2L * (total - 2); // unigrams, bigrams, trigrams and skip-bigrams
        return n << 32 | k;
    }

    /**
     * Whether {@link #pair} serves featurizers {@code a} and {@code b} for a text of {@code length} characters: both
     * read 1–3-grams and skip-bigrams (the settings of both built-in models) and the whole text.
     */
    static boolean pairs(HashedNgramFeaturizer a, HashedNgramFeaturizer b, int length) {
        // (and short enough for the packed counts of pair: at most 4 features per character)
        return a.common && b.common && length <= a.maxChars && length <= b.maxChars && length < 1 << 17;
    }

    /**
     * {@link #rows} for {@code a} and {@link #used} for {@code b} in one pass over {@code text} (only when {@link #pairs};
     * {@code low}: bit {@code b} set when some used bucket's low bits are {@code b}):
     * the hash of a feature is the same for both up to its mask, except where one sees digits as {@code 0} and the
     * other does not, so each feature is hashed once (twice around a digit) and written to both outputs, in the order
     * and with the values of the two single calls. Returns the number of features (the same for both, as both read the
     * same characters) in bits 40 and up, the rows written to {@code outA} in bits 20–39 and the buckets written to
     * {@code outB} in bits 0–19.
     */
    static long pair(CharSequence text, char[] work, HashedNgramFeaturizer a, int[] outA, char[] rowOf,
                     HashedNgramFeaturizer b, int[] outB, long[] used, long[] low) {
        int len = text.length();
        int total = len + 2;
        char[] chars = a.chars(text, work);
        int maskA = a.mask, maskB = b.mask;
        int lowMask = (low.length << 6) - 1;
        boolean zeroA = a.zero, zeroB = b.zero;
        int ka = 0, kb = 0, spaces = 0;
        char a1 = 0, a2 = 0, b1 = 0, b2 = 0;
        int l; // the low bits of a bucket of b: most buckets are answered by low (small, in cache) without reading used
        for (int i = 0; i < total; i++) {
            char raw = chars[i];
            boolean digit = raw >= '0' && raw <= '9';
            char za = zeroA && digit ? '0' : raw;
            char zb = zeroB && digit ? '0' : raw;
            // whether both see the same characters in the window of every feature ending here
            boolean same = za == zb && a1 == b1 && a2 == b2;
            long h;
            int f;
            if (i > 0 && i < total - 1) {
                if (raw != ' ') {
                    h = (G1 ^ raw) * M121;
                    h ^= h >>> 31;
                    outA[ka] = f = rowOf[(int) h & maskA] - 1;
                    ka += ~f >>> 31;
                    outB[kb] = f = (int) h & maskB;
                    l = f & lowMask;
                    if ((low[l >>> 6] & 1L << l) != 0) kb += (int) (used[f >>> 6] >>> f) & 1;
                } else {
                    spaces++;
                }
            }
            if (i >= 1) {
                h = ((G2 ^ za) * M1 ^ a1) * M12;
                h ^= h >>> 31;
                outA[ka] = f = rowOf[(int) h & maskA] - 1;
                ka += ~f >>> 31;
                if (!same) {
                    h = ((G2 ^ zb) * M1 ^ b1) * M12;
                    h ^= h >>> 31;
                }
                outB[kb] = f = (int) h & maskB;
                l = f & lowMask;
                if ((low[l >>> 6] & 1L << l) != 0) kb += (int) (used[f >>> 6] >>> f) & 1;
            }
            if (i >= 2) {
                h = (((G3 ^ za) * M1 ^ a1) * M2 ^ a2) * M1;
                h ^= h >>> 31;
                outA[ka] = f = rowOf[(int) h & maskA] - 1;
                ka += ~f >>> 31;
                if (!same) {
                    h = (((G3 ^ zb) * M1 ^ b1) * M2 ^ b2) * M1;
                    h ^= h >>> 31;
                }
                outB[kb] = f = (int) h & maskB;
                l = f & lowMask;
                if ((low[l >>> 6] & 1L << l) != 0) kb += (int) (used[f >>> 6] >>> f) & 1;
                h = ((G7 ^ za) * M12 ^ a2) * M1;
                h ^= h >>> 31;
                outA[ka] = f = rowOf[(int) h & maskA] - 1;
                ka += ~f >>> 31;
                if (!same) {
                    h = ((G7 ^ zb) * M12 ^ b2) * M1;
                    h ^= h >>> 31;
                }
                outB[kb] = f = (int) h & maskB;
                l = f & lowMask;
                if ((low[l >>> 6] & 1L << l) != 0) kb += (int) (used[f >>> 6] >>> f) & 1;
            }
            a2 = a1;
            a1 = za;
            b2 = b1;
            b1 = zb;
        }
        long n = len - spaces + (total - 1) + 2L * (total - 2);
        return n << 40 | (long) ka << 20 | kb;
    }

    /** All three of the above, by {@code mode}. */
    private long scan(CharSequence text, int[] out, char[] work, int mode, char[] rowOf, long[] used) {
        int total = Math.min(text.length(), maxChars) + 2;
        char[] chars = chars(text, work);
        boolean uni = this.uni, bi = this.bi, tri = this.tri, skip = this.skip, zero = this.zero;
        boolean longer = four || five || six;
        int mask = this.mask;
        int k = 0, n = 0;
        // rolling window of the last maxN (mapped) characters
        char c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
        for (int i = 0; i < total; i++) {
            char raw = chars[i];
            // a space is no unigram of its own but still separates n-grams
            char z = zero && raw >= '0' && raw <= '9' ? '0' : raw;
            long h;
            int f;
            // each feature: its bucket f, then f itself, its row (kept when not -1) or f if its bit is set; branch-free,
            // as whether a bucket has a row is a coin toss per feature

            // unigrams use the raw char (not BOS/EOS)
            if (uni && i > 0 && i < total - 1 && raw != ' ') {
                h = (G1 ^ raw) * M121;
                f = (int) (h ^ h >>> 31) & mask;
                if (mode == ROWS) f = rowOf[f] - 1;
                out[k] = f;
                k += mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1;
                n++;
            }
            if (bi && i >= 1) {
                h = ((G2 ^ z) * M1 ^ c1) * M12;
                f = (int) (h ^ h >>> 31) & mask;
                if (mode == ROWS) f = rowOf[f] - 1;
                out[k] = f;
                k += mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1;
                n++;
            }
            if (tri && i >= 2) {
                h = (((G3 ^ z) * M1 ^ c1) * M2 ^ c2) * M1;
                f = (int) (h ^ h >>> 31) & mask;
                if (mode == ROWS) f = rowOf[f] - 1;
                out[k] = f;
                k += mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1;
                n++;
            }
            if (longer) {
                for (int m = 4; m <= 6; m++) {
                    if (m == 4 ? !four || i < 3 : m == 5 ? !five || i < 4 : !six || i < 5) continue;
                    f = bucket(m, z, c1, c2, c3, m >= 5 ? c4 : 0, m >= 6 ? c5 : 0);
                    if (mode == ROWS) f = rowOf[f] - 1;
                    out[k] = f;
                    k += mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1;
                    n++;
                }
            }
            if (skip && i >= 2) {
                h = ((G7 ^ z) * M12 ^ c2) * M1;
                f = (int) (h ^ h >>> 31) & mask;
                if (mode == ROWS) f = rowOf[f] - 1;
                out[k] = f;
                k += mode == ALL ? 1 : mode == ROWS ? ~f >>> 31 : (int) (used[f >>> 6] >>> f) & 1;
                n++;
            }
            c5 = c4;
            c4 = c3;
            c3 = c2;
            c2 = c1;
            c1 = z;
        }
        return (long) n << 32 | k;
    }

    private int bucket(int kind, int a, int b, int c, int d, int e, int f) {
        long h = kind * G;
        h = (h ^ a) * M1;
        h = (h ^ b) * M2;
        h = (h ^ c) * M1;
        if (d != 0 || e != 0 || f != 0) {
            h = (h ^ d) * M2;
            h = (h ^ e) * M1;
            h = (h ^ f) * M2;
        }
        h ^= h >>> 31;
        return (int) h & mask;
    }
}
