package io.livecopilot.nlp.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;
import io.livecopilot.nlp.PiiMasker;
import io.livecopilot.nlp.TextNormalizer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained linear text classifier (intent or sentiment): softmax over hashed character n-gram features (and, for a
 * user's sentiment model, word features and a stacked {@link EmbeddingHead}), with the record of what trained it. Immutable and thread-safe; prediction reuses one set of work arrays per model (see {@code
 * Scratch}) and allocates only the result.
 */
public final class LinearModel {
    /** The version of the saved format this program writes; it reads every version up to this one. */
    public static final int FORMAT_VERSION = 2;
    /** The format of models without an {@link EmbeddingHead}: written as version 1, which older programs read. */
    static final int PLAIN_VERSION = 1;
    private static final int MAGIC = 0x4C434C4D; // "LCLM"
    /** The featurizer of models with character features only (every model before word features, both built-in ones). */
    static final String CHAR_FEATURIZER = "char-ngram-hash-v1";
    /** The featurizer of models with character and word features ({@link FeatureSettings#words()} 1 or 2). */
    static final String WORD_FEATURIZER = "char-ngram-word-hash-v1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long NEGATIVE_ZERO = Double.doubleToRawLongBits(-0.0);

    private final Task task;
    private final String[] labels;
    private final TrainerSettings settings;
    private final ModelInfo info;
    private final HashedNgramFeaturizer featurizer;
    private final float[] bias;
    /**
     * For models of more than three labels: the used rows' weights as trained (row * K + k), for {@link #write} only
     * ({@link #packedRows} are rounded). The dense bucket * K arrays the model is built from are not kept: 25 MB for the
     * built-in models, which every young collection of a batch ({@code ask --file}) would otherwise copy.
     */
    private final float[] exactRows;
    private final int otherIndex;
    /** The number of labels. */
    private final int K;
    private final double threshold;
    /** For a two-label model: the sentence-embedding head stacked onto the n-grams (format 2), or null. */
    private final EmbeddingHead head;
    /**
     * The work arrays for the next call (see {@link Scratch}); empty while a call uses them. Put back with a release
     * store: the next call takes them with getAndSet, which sees every write made to them before.
     */
    private final AtomicReference<Scratch> spare = new AtomicReference<>();
    /** A second spare, so that two threads scoring at once (the two workers of {@code ask --file}) both find one. */
    private final AtomicReference<Scratch> spare2 = new AtomicReference<>();
    /**
     * For models of at most {@link #DIRECT_BITS} bits (and fewer than 65,535 used rows): the row + 1 of each bucket in
     * {@link #rows}, 0 for a bucket unseen in training (128 KB for 2^16 buckets: one load per feature). Null otherwise.
     */
    private final char[] offsets;
    /** For larger models: one bit per bucket, whether its weight row is non-zero (256 KB for 2^21 buckets). */
    private final long[] used;
    /**
     * For models with {@link #used}: bit {@code b} is set when some used bucket has {@code b} as its low {@link
     * #FILTER_BITS} bits (8 KB, so it stays in the first-level cache): most features of a text miss a small model's
     * rows, and this answers them without reading the 256 KB bitmap.
     */
    private final long[] usedLow;
    static final int FILTER_BITS = 16;
    /** The number of used rows before each 64-bucket word of {@link #used}: a used bucket's row in {@link #rows}. */
    private final int[] rankBase;
    /**
     * For models of two or three labels: the used rows only, packed (row * K + k), and their NB weights: 1–2 MB instead
     * of 5–24 MB of mostly zero rows, so prediction touches far fewer cache lines and pages (same values, same
     * arithmetic, same results as the plain float loop). Null for more labels (see {@link #packedRows}).
     */
    private final float[] rows;
    private final float[] rowNb;
    /**
     * For models of more than three labels (the intent model): the used rows quantized and packed, three labels to a
     * long — label k of row r in bits {@code 21·(k%3)} of {@code packedRows[r·lanes + k/3]}, as {@code q + Q + 1} where q
     * is the weight in units of {@link #step} rounded to the nearest integer within ±{@link #Q}. Three 21-bit lanes
     * of such values add up, one long addition for three labels, without carrying into each other for up to {@link
     * #CHUNK} features; the sums are exact integers, so the scores no longer depend on the order of the features.
     * 56 bytes a row for 21 labels instead of 84, and 7 additions a feature instead of 21 multiplications and additions.
     */
    private final long[] packedRows;
    /** The longs of a packed row: ⌈labels/3⌉. */
    private final int lanes;
    /** The weight of one quantization unit: the model's largest absolute weight / {@link #Q}. */
    private final double step;
    /** The largest quantized weight (13-bit values 1..8191 in a lane): the rounding error of a weight is ≤ step/2. */
    static final int Q = 4095;
    private static final int LANE_BITS = 21;
    private static final long LANE_MASK = (1L << LANE_BITS) - 1;
    /** The features summed before the lanes are read out: 255 × 8191 < 2^21. */
    static final int CHUNK = 255;
    /** The largest model (in bits) that gets a direct bucket → row table. */
    static final int DIRECT_BITS = 18;
    /** Zeros past the last row of {@link #rows}. */
    private static final int LANES = 7;

    LinearModel(Task task, String[] labels, TrainerSettings settings, ModelInfo info, float[] weights, float[] bias, float[] nb) {
        // as the trainer fits them and the saved format stores them: NB weights only for two labels
        if (nb != null && labels.length != 2) throw new IllegalArgumentException("NB weights need two labels, not " + labels.length);
        this.task = task;
        this.labels = labels.clone();
        this.settings = settings;
        this.info = info;
        this.featurizer = new HashedNgramFeaturizer(settings.features());
        this.bias = bias;
        this.otherIndex = Arrays.asList(labels).indexOf("other");
        int buckets = 1 << settings.features().bits();
        int labelCount = labels.length;
        this.K = labelCount;
        this.threshold = settings.threshold();
        this.head = null;
        long[] bits = new long[Math.max(1, buckets >>> 6)];
        int count = 0;
        for (int f = 0; f < buckets; f++) {
            if (rowUsed(weights, labelCount, f)) {
                bits[f >>> 6] |= 1L << f;
                count++;
            }
        }
        boolean packed = labelCount > 3;
        this.rows = packed ? null : new float[count * labelCount + LANES];
        this.rowNb = nb == null ? null : new float[count];
        this.lanes = (labelCount + 2) / 3;
        float maxAbs = 0f;
        if (packed) for (float v : weights) maxAbs = Math.max(maxAbs, Math.abs(v));
        this.step = maxAbs > 0 ? maxAbs / (double) Q : 1.0;
        this.packedRows = packed ? new long[count * lanes] : null;
        this.exactRows = packed ? new float[count * labelCount] : null;
        boolean direct = settings.features().bits() <= DIRECT_BITS && count < Character.MAX_VALUE;
        this.offsets = direct ? new char[buckets] : null;
        int r = 0;
        for (int f = 0; f < buckets; f++) {
            if ((bits[f >>> 6] & (1L << f)) == 0) continue;
            if (packed) {
                for (int k = 0; k < labelCount; k++) {
                    long q = Math.max(-Q, Math.min(Q, Math.round(weights[f * labelCount + k] / step)));
                    packedRows[r * lanes + k / 3] |= (q + Q + 1) << (LANE_BITS * (k % 3));
                }
                System.arraycopy(weights, f * labelCount, exactRows, r * labelCount, labelCount);
            } else {
                System.arraycopy(weights, f * labelCount, rows, r * labelCount, labelCount);
            }
            if (nb != null) rowNb[r] = nb[f];
            if (direct) offsets[f] = (char) (r + 1);
            r++;
        }
        this.used = direct ? null : bits;
        if (direct) {
            this.usedLow = null;
        } else {
            int lowBits = Math.min(settings.features().bits(), FILTER_BITS);
            long[] low = new long[Math.max(1, (1 << lowBits) >>> 6)];
            int lowMask = (1 << lowBits) - 1;
            for (int f = 0; f < buckets; f++) if ((bits[f >>> 6] & (1L << f)) != 0) low[(f & lowMask) >>> 6] |= 1L << f;
            this.usedLow = low;
        }
        this.rankBase = direct ? null : new int[bits.length];
        if (!direct) for (int i = 1; i < bits.length; i++) rankBase[i] = rankBase[i - 1] + Long.bitCount(bits[i - 1]);
    }

    /** {@code base} with {@code head} stacked onto it (see {@link #withHead}). */
    private LinearModel(LinearModel base, EmbeddingHead head) {
        this.task = base.task;
        this.labels = base.labels;
        this.settings = base.settings;
        this.info = new ModelInfo(FORMAT_VERSION, base.info.dataSha256(), base.info.examples(), base.info.trainedAt(), base.info.softwareVersion());
        this.featurizer = base.featurizer;
        this.bias = base.bias;
        this.exactRows = base.exactRows;
        this.otherIndex = base.otherIndex;
        this.K = base.K;
        this.threshold = base.threshold;
        this.head = head;
        this.offsets = base.offsets;
        this.used = base.used;
        this.usedLow = base.usedLow;
        this.rankBase = base.rankBase;
        this.rows = base.rows;
        this.rowNb = base.rowNb;
        this.packedRows = base.packedRows;
        this.lanes = base.lanes;
        this.step = base.step;
    }

    /** This two-label model with a sentence-embedding head stacked onto it (null: this model as it is). */
    LinearModel withHead(EmbeddingHead head) {
        if (head == null) return this;
        if (K != 2) throw new IllegalArgumentException("an embedding head needs two labels, not " + K);
        return new LinearModel(this, head);
    }

    /**
     * Whether predicting embeds the text (a model with a sentence-embedding head): milliseconds a text instead of
     * microseconds.
     */
    public boolean embeds() {
        return head != null;
    }

    public Task task() {
        return task;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public TrainerSettings settings() {
        return settings;
    }

    public ModelInfo info() {
        return info;
    }

    /** The text as the model reads it: normalized, then masked. */
    public static String preprocess(String raw) {
        return PiiMasker.mask(TextNormalizer.normalize(raw));
    }

    /** Classifies a comment as typed. */
    public Prediction predict(String raw) {
        return predictPreprocessed(preprocess(raw));
    }

    /** Classifies a text that already went through {@link #preprocess}. */
    public Prediction predictPreprocessed(String text) {
        Scratch sc = take();
        double[] p = sc.s;
        scores(text, p, sc);
        softmax(p);
        int best = 0;
        for (int k = 1; k < K; k++) if (p[k] > p[best]) best = k;
        double pBest = p[best];
        give(sc);
        String top = labels[best];
        String label = top;
        if (otherIndex >= 0 && pBest < threshold) label = "other";
        return new Prediction(label, pBest, top);
    }

    /** The probability of each label (in {@link #labels()} order) for a preprocessed text. */
    public double[] probabilities(String text) {
        double[] s = new double[K];
        Scratch sc = take();
        scores(text, s, sc);
        give(sc);
        softmax(s);
        return s;
    }

    /** The probability of the label {@code label} for a preprocessed text (0 when the model has no such label). */
    public double probabilityOf(String text, String label) {
        int i = indexOf(label);
        if (i < 0) return 0;
        Scratch sc = take();
        double[] p = sc.s;
        scores(text, p, sc);
        softmax(p);
        double pi = p[i];
        give(sc);
        return pi;
    }

    /**
     * Classifies a preprocessed text with this model and gives the probability of {@code otherLabel} under {@code
     * other} (0 when it has no such label): exactly {@code predictPreprocessed(text)} and {@code other.probabilityOf(text,
     * otherLabel)}, from one featurizing pass when the two models read the same n-grams (both built-in models do:
     * their features differ only in the bucket mask and in how digits are seen, see {@link HashedNgramFeaturizer#pair}).
     */
    public PairedPrediction predictWith(String text, LinearModel other, String otherLabel) {
        return predictWith(text, other, otherLabel, null);
    }

    /**
     * {@link #predictWith(String, LinearModel, String)}, also writing this model's probability of each label (what
     * {@link #probabilities} gives, in {@link #labels()} order) into {@code probabilities} when it is not null.
     */
    public PairedPrediction predictWith(String text, LinearModel other, String otherLabel, double[] probabilities) {
        int oi = other.indexOf(otherLabel);
        if (head != null || other.head != null || offsets == null || other.offsets != null || !HashedNgramFeaturizer.pairs(featurizer, other.featurizer, text.length())) {
            if (probabilities != null) System.arraycopy(probabilities(text), 0, probabilities, 0, K);
            return new PairedPrediction(predictPreprocessed(text), oi < 0 ? 0 : other.probabilityOf(text, otherLabel));
        }
        Scratch sa = take(), sb = other.take();
        int cap = featurizer.capacity(text.length());
        if (sa.buf.length < cap) sa.buf = new int[cap];
        if (sb.buf.length < cap) sb.buf = new int[cap];
        int window = featurizer.window(text.length());
        if (sa.chars.length < window) sa.chars = new char[window];
        long r = HashedNgramFeaturizer.pair(text, sa.chars, featurizer, sa.buf, offsets, other.featurizer, sb.buf, other.used, other.usedLow);
        int n = (int) (r >>> 40);
        double[] p = sa.s;
        scoreRows(n, (int) (r >>> 20) & 0xFFFFF, p, sa);
        softmax(p);
        int best = 0;
        for (int k = 1; k < K; k++) if (p[k] > p[best]) best = k;
        double pBest = p[best];
        if (probabilities != null) System.arraycopy(p, 0, probabilities, 0, K);
        give(sa);
        double[] q = sb.s;
        other.scoreRows(n, (int) r & 0xFFFFF, q, sb);
        softmax(q);
        double pOther = oi < 0 ? 0 : q[oi];
        other.give(sb);
        String top = labels[best];
        String label = otherIndex >= 0 && pBest < threshold ? "other" : top;
        return new PairedPrediction(new Prediction(label, pBest, top), pOther);
    }

    private int indexOf(String label) {
        for (int k = 0; k < labels.length; k++) if (labels[k].equals(label)) return k;
        return -1;
    }

    /**
     * Writes {@code bias[k] + Σ v_j · w[row_j][k]} into {@code s[k]}, with v_j = 1/√n (times the row's NB weight, two
     * labels only). Two or three labels: the features j taken in the featurizer's order and each sum accumulated in
     * float, bit for bit the arithmetic of a plain loop over features and labels. More labels: w is the weight rounded
     * to a multiple of {@link #step} ({@link #packedRows}), the sum of the integer units exact, then {@code bias[k] +
     * step/√n · Σ units}. The rows of the text's features are looked up while featurizing.
     */
    private void scores(String text, double[] s, Scratch sc) {
        int[] buf = sc.buf;
        int cap = featurizer.capacity(text.length());
        if (buf.length < cap) sc.buf = buf = new int[cap];
        char[] chars = sc.chars;
        int window = featurizer.window(text.length());
        if (chars.length < window) sc.chars = chars = new char[window];
        long nh = offsets != null ? featurizer.rows(text, buf, chars, offsets) : featurizer.used(text, buf, chars, used);
        scoreRows((int) (nh >>> 32), (int) nh, s, sc);
        if (head != null) {
            s[1] = head.blend(s[1] - s[0], text);
            s[0] = 0;
        }
    }

    /**
     * The second half of {@link #scores}: the scores from the {@code hits} rows (or, for a model without a direct
     * table, used buckets) that featurizing wrote to {@code sc.buf}, out of {@code n} features.
     */
    private void scoreRows(int n, int hits, double[] s, Scratch sc) {
        int[] buf = sc.buf;
        float scale = n > 0 ? (float) (1.0 / Math.sqrt(n)) : 0f;
        float[] w = rows;
        float[] rnb = rowNb;
        if (K == 2 && offsets == null) {
            // the sentiment model: the row of each kept bucket from the bitmap (as in rowsOf), then its two labels, in one
            // loop (measured 5% faster than two)
            long[] u = used;
            int[] rank = rankBase;
            float a0 = 0f, a1 = 0f;
            for (int j = 0; j < hits; j++) {
                int f = buf[j];
                long x = u[f >>> 6] & ((1L << f) - 1);
                x = x - ((x >>> 1) & 0x5555555555555555L);
                x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
                x = (x + (x >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
                int row = rank[f >>> 6] + (int) ((x * 0x0101010101010101L) >>> 56);
                float v = rnb == null ? scale : scale * rnb[row];
                int o = row << 1;
                a0 += v * w[o];
                a1 += v * w[o + 1];
            }
            s[0] = bias[0] + a0;
            s[1] = bias[1] + a1;
            return;
        }
        if (offsets == null) rowsOf(buf, hits);
        if (K == 2) {
            float a0 = 0f, a1 = 0f;
            for (int j = 0; j < hits; j++) {
                int row = buf[j];
                float v = rnb == null ? scale : scale * rnb[row];
                int o = row << 1;
                a0 += v * w[o];
                a1 += v * w[o + 1];
            }
            s[0] = bias[0] + a0;
            s[1] = bias[1] + a1;
            return;
        }
        if (K == 3) {
            float a0 = 0f, a1 = 0f, a2 = 0f;
            for (int j = 0; j < hits; j++) {
                int o = buf[j] * 3;
                a0 += scale * w[o];
                a1 += scale * w[o + 1];
                a2 += scale * w[o + 2];
            }
            s[0] = bias[0] + a0;
            s[1] = bias[1] + a1;
            s[2] = bias[2] + a2;
            return;
        }
        // more labels (the intent model): the packed rows, three labels to a long (see packedRows)
        long[] q = packedRows;
        int L = lanes;
        long[] tot = sc.tot;
        java.util.Arrays.fill(tot, 0L);
        for (int start = 0; start < hits; start += CHUNK) {
            int end = Math.min(hits, start + CHUNK);
            long off = (long) (Q + 1) * (end - start);
            if (L == 7) {
                long a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0;
                for (int j = start; j < end; j++) {
                    int o = buf[j] * 7;
                    a0 += q[o];
                    a1 += q[o + 1];
                    a2 += q[o + 2];
                    a3 += q[o + 3];
                    a4 += q[o + 4];
                    a5 += q[o + 5];
                    a6 += q[o + 6];
                }
                drain(a0, 0, off, tot);
                drain(a1, 3, off, tot);
                drain(a2, 6, off, tot);
                drain(a3, 9, off, tot);
                drain(a4, 12, off, tot);
                drain(a5, 15, off, tot);
                drain(a6, 18, off, tot);
            } else {
                long[] acc = sc.lanes;
                java.util.Arrays.fill(acc, 0L);
                for (int j = start; j < end; j++) {
                    int o = buf[j] * L;
                    for (int i = 0; i < L; i++) acc[i] += q[o + i];
                }
                for (int i = 0; i < L; i++) drain(acc[i], 3 * i, off, tot);
            }
        }
        double unit = n > 0 ? step / Math.sqrt(n) : 0;
        for (int k = 0; k < K; k++) s[k] = bias[k] + unit * tot[k];
    }

    /** Adds the three lanes of {@code sum} (each less {@code off}, the offsets of the values summed) to {@code tot[k..k+2]}. */
    private static void drain(long sum, int k, long off, long[] tot) {
        tot[k] += (sum & LANE_MASK) - off;
        tot[k + 1] += (sum >>> LANE_BITS & LANE_MASK) - off;
        tot[k + 2] += (sum >>> 2 * LANE_BITS & LANE_MASK) - off;
    }

    /**
     * The work arrays of one scoring call. Each model keeps one spare for the next call (taken and put back atomically);
     * a call that finds none, because another thread holds it, makes its own: no allocation per call in the usual case,
     * and no ThreadLocal (whose lookup cost more than a prediction once a thread's table filled with other entries).
     */
    private static final class Scratch {
        int[] buf = new int[256];
        char[] chars = new char[64];
        final double[] s;
        /** The packed path's label sums (three per lane, padding included) and lane sums. */
        final long[] tot;
        final long[] lanes;

        Scratch(int labels) {
            s = new double[labels];
            int l = (labels + 2) / 3;
            tot = new long[3 * l];
            lanes = new long[l];
        }
    }

    private Scratch take() {
        Scratch sc = spare.getAndSet(null);
        if (sc == null) sc = spare2.getAndSet(null);
        return sc != null ? sc : new Scratch(K);
    }

    private void give(Scratch sc) {
        if (spare.get() == null) spare.lazySet(sc);
        else spare2.lazySet(sc);
    }

    /** Replaces the first {@code n} buckets in {@code buf}, all used, by their rows (from the bitmap and its ranks). */
    private void rowsOf(int[] buf, int n) {
        long[] u = used;
        int[] rank = rankBase;
        for (int j = 0; j < n; j++) {
            int f = buf[j];
            // the used buckets below f in its word (Long.bitCount, written out: C1 does not intrinsify it)
            long x = u[f >>> 6] & ((1L << f) - 1);
            x = x - ((x >>> 1) & 0x5555555555555555L);
            x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
            x = (x + (x >>> 4)) & 0x0F0F0F0F0F0F0F0FL;
            buf[j] = rank[f >>> 6] + (int) ((x * 0x0101010101010101L) >>> 56);
        }
    }

    static void softmax(double[] s) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) {
            // max = Math.max(max, v), written out (C1 compiles Math.max(double, double) to a call): NaN wins, +0 over -0
            if (max != max) break;
            if (max == 0.0 && v == 0.0 && Double.doubleToRawLongBits(max) == NEGATIVE_ZERO) max = v;
            else if (!(max >= v)) max = v;
        }
        double sum = 0;
        for (int k = 0; k < s.length; k++) {
            s[k] = Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < s.length; k++) s[k] /= sum;
    }

    // ---------------------------------------------------------------- persistence

    /** Writes the model to {@code file} (gzip: magic, format version, a JSON header of what trained it, the weights). */
    public void save(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                write(os);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw LiveCopilotException.internal(file + ": cannot write the model: " + e.getMessage(), e);
        }
    }

    /** Writes the model in the saved format to {@code os}. */
    public void write(OutputStream os) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(os, 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        out.writeInt(MAGIC);
        out.writeInt(head == null ? PLAIN_VERSION : FORMAT_VERSION);
        byte[] header = JSON.writeValueAsBytes(header());
        out.writeInt(header.length);
        out.write(header);
        int K = labels.length;
        int buckets = 1 << settings.features().bits();
        for (int k = 0; k < K; k++) out.writeFloat(bias[k]);
        float[] w = exactRows != null ? exactRows : rows;
        int count = 0;
        for (int f = 0; f < buckets; f++) if (used(f)) count++;
        out.writeInt(count);
        for (int f = 0, r = 0; f < buckets; f++) {
            if (!used(f)) continue;
            out.writeInt(f);
            if (rowNb != null) out.writeFloat(rowNb[r]);
            for (int k = 0; k < K; k++) out.writeFloat(w[r * K + k]);
            r++;
        }
        if (head != null) head.write(out);
        out.flush();
        gz.finish();
    }

    /** Whether bucket {@code f} of dense weights (bucket * K + k) has a non-zero weight: a row the model keeps. */
    private static boolean rowUsed(float[] weights, int K, int f) {
        for (int k = 0; k < K; k++) if (weights[f * K + k] != 0f) return true;
        return false;
    }

    /** Whether bucket {@code f} has a row in the model. */
    private boolean used(int f) {
        return offsets != null ? offsets[f] != 0 : (used[f >>> 6] & (1L << f)) != 0;
    }

    /** What trained the model, as written in the saved header. */
    public ObjectNode header() {
        ObjectNode h = JSON.createObjectNode();
        h.put("format_version", head == null ? PLAIN_VERSION : FORMAT_VERSION);
        h.put("task", task.wire());
        FeatureSettings fs = settings.features();
        // a model without word features is written exactly as before them, so older programs still read it
        h.put("featurizer", fs.words() == 0 ? CHAR_FEATURIZER : WORD_FEATURIZER);
        if (fs.words() > 0) h.put("segmenter", WordSegmenter.ID);
        h.set("labels", JSON.valueToTree(labels));
        ObjectNode s = h.putObject("settings");
        FeatureSettings f = settings.features();
        s.put("bits", f.bits()).put("min_n", f.minN()).put("max_n", f.maxN()).put("skip_grams", f.skipGrams())
                .put("digits_as_zero", f.digitsAsZero()).put("max_chars", f.maxChars());
        if (f.words() > 0) s.put("words", f.words());
        s
                .put("epochs", settings.epochs()).put("learning_rate", settings.learningRate()).put("l2", settings.l2())
                .put("nb_weights", settings.nbWeights()).put("threshold", settings.threshold()).put("seed", settings.seed());
        if (settings.average()) s.put("average", true);
        if (head != null) h.set("embedding_head", head.header());
        h.put("data_sha256", info.dataSha256());
        h.put("examples", info.examples());
        h.put("trained_at", info.trainedAt());
        h.put("software_version", info.softwareVersion());
        return h;
    }

    /** Reads a model saved by {@link #save}; a model of a newer format or another featurizer is refused with the reason. */
    public static LinearModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw LiveCopilotException.badInput(file + ": cannot read the model: " + e.getMessage());
        }
    }

    /** Reads a saved model from a stream; {@code name} is used in messages. */
    public static LinearModel read(InputStream raw, String name) throws IOException {
        DataInputStream in;
        try {
            in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
        } catch (java.util.zip.ZipException e) {
            throw LiveCopilotException.badInput(name + ": not a LiveCopilot model (not gzip)");
        }
        if (in.readInt() != MAGIC) throw LiveCopilotException.badInput(name + ": not a LiveCopilot model (bad magic number)");
        int version = in.readInt();
        if (version < 1 || version > FORMAT_VERSION) {
            throw LiveCopilotException.badInput(name + ": model format version " + version + " is not readable by this program (reads 1.."
                    + FORMAT_VERSION + "); retrain it with 'livecopilot nlu train'");
        }
        byte[] hb = new byte[in.readInt()];
        in.readFully(hb);
        JsonNode h = JSON.readTree(new String(hb, StandardCharsets.UTF_8));
        String featurizerId = h.path("featurizer").asText();
        if (!featurizerId.equals(CHAR_FEATURIZER) && !featurizerId.equals(WORD_FEATURIZER)) {
            throw LiveCopilotException.badInput(name + ": unknown featurizer '" + featurizerId + "'; retrain it with 'livecopilot nlu train'");
        }
        int words = 0;
        if (featurizerId.equals(WORD_FEATURIZER)) {
            String seg = h.path("segmenter").asText();
            if (!seg.equals(WordSegmenter.ID)) {
                throw LiveCopilotException.badInput(name + ": its word features come from segmenter '" + seg + "', this program has '"
                        + WordSegmenter.ID + "'; retrain it with 'livecopilot nlu train'");
            }
            words = h.path("settings").path("words").asInt();
            if (words < 1 || words > 2) throw LiveCopilotException.badInput(name + ": corrupt model (words " + words + " with featurizer " + featurizerId + ")");
        }
        Task task = Task.of(h.path("task").asText());
        String[] labels = JSON.convertValue(h.path("labels"), String[].class);
        JsonNode s = h.path("settings");
        FeatureSettings f = new FeatureSettings(s.path("bits").asInt(), s.path("min_n").asInt(), s.path("max_n").asInt(),
                s.path("skip_grams").asBoolean(), s.path("digits_as_zero").asBoolean(), s.path("max_chars").asInt(), words);
        TrainerSettings ts = new TrainerSettings(f, s.path("epochs").asInt(), s.path("learning_rate").asDouble(), s.path("l2").asDouble(),
                s.path("nb_weights").asBoolean(), s.path("threshold").asDouble(), s.path("seed").asLong(),
                s.path("average").asBoolean(false));
        ModelInfo info = new ModelInfo(version, h.path("data_sha256").asText(), h.path("examples").asInt(), h.path("trained_at").asText(),
                h.path("software_version").asText());
        int K = labels.length;
        int buckets = 1 << f.bits();
        float[] bias = new float[K];
        for (int k = 0; k < K; k++) bias[k] = in.readFloat();
        float[] w = new float[buckets * K];
        float[] nb = ts.nbWeights() && K == 2 ? new float[buckets] : null;
        int rows = in.readInt();
        for (int r = 0; r < rows; r++) {
            int fi = in.readInt();
            if (fi < 0 || fi >= buckets) throw LiveCopilotException.badInput(name + ": corrupt model (bucket " + fi + " out of range)");
            if (nb != null) nb[fi] = in.readFloat();
            for (int k = 0; k < K; k++) w[fi * K + k] = in.readFloat();
        }
        LinearModel m = new LinearModel(task, labels, ts, info, w, bias, nb);
        JsonNode hh = h.path("embedding_head");
        if (version >= 2 && !hh.isMissingNode()) {
            if (K != 2) throw LiveCopilotException.badInput(name + ": corrupt model (an embedding head with " + K + " labels)");
            m = m.withHead(EmbeddingHead.read(hh, in, name));
        }
        return m;
    }
}
