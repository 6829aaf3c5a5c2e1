package io.livecopilot.nlp.classify;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The definition the fast paths must match bit for bit: the featurizer and the scoring loop as first written (one
 * string position at a time, {@code charAt}, an unfolded hash, a bucket buffer, then a plain loop over features and
 * labels), over the weights read back from a model's saved bytes.
 */
final class ReferenceScorer {
    private static final char BOS = '\u0002', EOS = '\u0003';

    private ReferenceScorer() {}

    /** The buckets of {@code text}, in order, as the original featurizer wrote them. */
    static int[] featurize(FeatureSettings settings, CharSequence text) {
        int mask = (1 << settings.bits()) - 1;
        int len = Math.min(text.length(), settings.maxChars());
        int total = len + 2;
        int minN = settings.minN(), maxN = settings.maxN();
        boolean zero = settings.digitsAsZero();
        int[] out = new int[total * 8];
        int k = 0;
        char c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
        for (int i = 0; i < total; i++) {
            char raw = i == 0 ? BOS : i == total - 1 ? EOS : text.charAt(i - 1);
            char c = raw;
            char z = zero && raw >= '0' && raw <= '9' ? '0' : raw;
            if (minN <= 1 && i > 0 && i < total - 1 && c != ' ') out[k++] = bucket(mask, 1, c, 0, 0, 0, 0, 0);
            if (maxN >= 2 && minN <= 2 && i >= 1) out[k++] = bucket(mask, 2, z, c1, 0, 0, 0, 0);
            if (maxN >= 3 && minN <= 3 && i >= 2) out[k++] = bucket(mask, 3, z, c1, c2, 0, 0, 0);
            if (maxN >= 4 && minN <= 4 && i >= 3) out[k++] = bucket(mask, 4, z, c1, c2, c3, 0, 0);
            if (maxN >= 5 && minN <= 5 && i >= 4) out[k++] = bucket(mask, 5, z, c1, c2, c3, c4, 0);
            if (maxN >= 6 && i >= 5) out[k++] = bucket(mask, 6, z, c1, c2, c3, c4, c5);
            if (settings.skipGrams() && i >= 2) out[k++] = bucket(mask, 7, z, 0, c2, 0, 0, 0);
            c5 = c4;
            c4 = c3;
            c3 = c2;
            c2 = c1;
            c1 = z;
        }
        return java.util.Arrays.copyOf(out, k);
    }

    private static int bucket(int mask, int kind, int a, int b, int c, int d, int e, int f) {
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

    /** A model's weights as saved: bias, and per used bucket its NB weight (or 1) and its row. */
    record Weights(FeatureSettings features, int labels, float[] bias, Map<Integer, float[]> rows, Map<Integer, Float> nb) {}

    static Weights weightsOf(LinearModel model) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            model.write(bytes);
            DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            in.readInt();
            in.readInt();
            in.readFully(new byte[in.readInt()]);
            int K = model.labels().size();
            boolean hasNb = model.settings().nbWeights() && K == 2;
            float[] bias = new float[K];
            for (int k = 0; k < K; k++) bias[k] = in.readFloat();
            int count = in.readInt();
            Map<Integer, float[]> rows = new HashMap<>();
            Map<Integer, Float> nb = new HashMap<>();
            for (int r = 0; r < count; r++) {
                int f = in.readInt();
                if (hasNb) nb.put(f, in.readFloat());
                float[] w = new float[K];
                for (int k = 0; k < K; k++) w[k] = in.readFloat();
                rows.put(f, w);
            }
            return new Weights(model.settings().features(), K, bias, rows, hasNb ? nb : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The probabilities of the labels for a preprocessed text, computed as the original model did; for more than three
     * labels over the weights rounded to whole units of (largest absolute weight / {@link LinearModel#Q}), summed as
     * integers (the definition of the packed intent model).
     */
    static double[] probabilities(Weights m, String text) {
        int K = m.labels();
        int[] buf = featurize(m.features(), text);
        int n = buf.length;
        if (K > 3) {
            float maxAbs = 0f;
            for (float[] w : m.rows().values()) for (float v : w) maxAbs = Math.max(maxAbs, Math.abs(v));
            double step = maxAbs > 0 ? maxAbs / (double) LinearModel.Q : 1.0;
            long[] units = new long[K];
            for (int f : buf) {
                float[] w = m.rows().get(f);
                if (w == null) continue;
                for (int k = 0; k < K; k++) units[k] += Math.max(-LinearModel.Q, Math.min(LinearModel.Q, Math.round(w[k] / step)));
            }
            double unit = n > 0 ? step / Math.sqrt(n) : 0;
            double[] s = new double[K];
            for (int k = 0; k < K; k++) s[k] = m.bias()[k] + unit * units[k];
            softmax(s);
            return s;
        }
        float[] acc = new float[K];
        if (n > 0) {
            float scale = (float) (1.0 / Math.sqrt(n));
            for (int j = 0; j < n; j++) {
                float[] w = m.rows().get(buf[j]);
                if (w == null) continue;
                float v = m.nb() == null ? scale : scale * m.nb().get(buf[j]);
                for (int k = 0; k < K; k++) acc[k] += v * w[k];
            }
        }
        double[] s = new double[K];
        for (int k = 0; k < K; k++) s[k] = m.bias()[k] + acc[k];
        softmax(s);
        return s;
    }

    /** The softmax as first written (with {@code Math.max}). */
    static void softmax(double[] s) {
        int K = s.length;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : s) max = Math.max(max, v);
        double sum = 0;
        for (int k = 0; k < K; k++) {
            s[k] = Math.exp(s[k] - max);
            sum += s[k];
        }
        for (int k = 0; k < K; k++) s[k] /= sum;
    }
}
