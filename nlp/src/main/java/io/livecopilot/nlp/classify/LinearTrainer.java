package io.livecopilot.nlp.classify;

import io.livecopilot.core.nlu.Intent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The trainer of {@link LinearModel}s: multinomial logistic regression fitted by AdaGrad SGD with L2, over hashed
 * character n-grams of the normalized and masked texts; for two labels optionally on naive-Bayes-scaled features
 * (NB-LR). Deterministic: the same examples and settings give the same weights.
 */
public final class LinearTrainer {
    /** The software version written into every model. */
    public static final String SOFTWARE_VERSION = "0.1.0";

    private final Task task;
    private final TrainerSettings settings;

    public LinearTrainer(Task task, TrainerSettings settings) {
        this.task = task;
        this.settings = settings;
    }

    public LinearTrainer(Task task) {
        this(task, TrainerSettings.defaults(task));
    }

    public TrainerSettings settings() {
        return settings;
    }

    /** Trains on {@code examples}; {@code dataSha256} records which data it was (may be null). */
    public LinearModel train(List<Example> examples, String dataSha256) {
        if (examples.isEmpty()) throw io.livecopilot.core.LiveCopilotException.badInput("no examples to train on");
        String[] labels = labelsOf(examples);
        int K = labels.length;
        java.util.Map<String, Integer> index = new java.util.HashMap<>();
        for (int k = 0; k < K; k++) index.put(labels[k], k);
        HashedNgramFeaturizer fz = new HashedNgramFeaturizer(settings.features());
        int N = examples.size();
        int[][] feats = new int[N][];
        int[] y = new int[N];
        int[] buf = new int[1024];
        for (int i = 0; i < N; i++) {
            String t = LinearModel.preprocess(examples.get(i).text());
            int cap = fz.capacity(t.length());
            if (buf.length < cap) buf = new int[cap];
            int n = fz.featurize(t, buf);
            feats[i] = java.util.Arrays.copyOf(buf, n);
            y[i] = index.get(examples.get(i).label());
        }
        int buckets = 1 << settings.features().bits();
        float[] nb = settings.nbWeights() && K == 2 ? nbRatios(feats, y, buckets) : null;
        // weights and AdaGrad accumulators interleaved (w at 2p, g² at 2p+1): one cache line per update
        float[] wg = new float[buckets * K * 2];
        float[] bias = new float[K];
        float[] bg2 = new float[K];
        double[] s = new double[K];
        double lr = settings.learningRate(), l2 = settings.l2();
        int[] order = new int[N];
        for (int i = 0; i < N; i++) order[i] = i;
        Random rnd = new Random(settings.seed());
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = N - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int oi = 0; oi < N; oi++) {
                int i = order[oi];
                int[] f = feats[i];
                int n = f.length;
                for (int k = 0; k < K; k++) s[k] = bias[k];
                float scale = n == 0 ? 0f : (float) (1.0 / Math.sqrt(n));
                for (int j = 0; j < n; j++) {
                    float v = nb == null ? scale : scale * nb[f[j]];
                    int base = f[j] * K;
                    for (int k = 0; k < K; k++) s[k] += v * wg[(base + k) << 1];
                }
                LinearModel.softmax(s);
                s[y[i]] -= 1.0; // gradient of the log loss w.r.t. the scores
                for (int k = 0; k < K; k++) {
                    double g = s[k];
                    bg2[k] += (float) (g * g);
                    bias[k] -= (float) (lr * g / Math.sqrt(bg2[k] + 1e-8));
                }
                for (int j = 0; j < n; j++) {
                    float v = nb == null ? scale : scale * nb[f[j]];
                    if (v == 0f) continue;
                    int base = f[j] * K;
                    for (int k = 0; k < K; k++) {
                        int p = (base + k) << 1;
                        double g = s[k] * v + l2 * wg[p];
                        float acc = wg[p + 1] + (float) (g * g);
                        wg[p + 1] = acc;
                        wg[p] -= (float) (lr * g / Math.sqrt(acc + 1e-8));
                    }
                }
            }
        }
        float[] w = new float[buckets * K];
        for (int p = 0; p < w.length; p++) w[p] = wg[p << 1];
        ModelInfo info = new ModelInfo(LinearModel.FORMAT_VERSION, dataSha256 == null ? "" : dataSha256, N,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), SOFTWARE_VERSION);
        return new LinearModel(task, labels, settings, info, w, bias, nb);
    }

    /** The labels of a model for these examples: intents in contract order, sentiment as negative, positive. */
    private String[] labelsOf(List<Example> examples) {
        Set<String> present = new LinkedHashSet<>();
        for (Example e : examples) present.add(e.label());
        List<String> out = new ArrayList<>();
        if (task == Task.INTENT) {
            for (Intent i : Intent.values()) if (present.contains(i.wire())) out.add(i.wire());
            for (String p : present) if (!out.contains(p)) out.add(p);
        } else {
            for (String l : List.of("negative", "positive")) if (present.contains(l)) out.add(l);
            for (String p : present) if (!out.contains(p)) out.add(p);
        }
        return out.toArray(String[]::new);
    }

    /** Naive-Bayes log-count ratios log((p/|p|)/(q/|q|)) per bucket with add-one smoothing, over binarized documents. */
    private static float[] nbRatios(int[][] feats, int[] y, int buckets) {
        float[] pos = new float[buckets], neg = new float[buckets];
        int[] seen = new int[buckets];
        java.util.Arrays.fill(seen, -1);
        for (int i = 0; i < feats.length; i++) {
            float[] c = y[i] == 1 ? pos : neg;
            for (int f : feats[i]) {
                if (seen[f] == i) continue;
                seen[f] = i;
                c[f] += 1;
            }
        }
        double sp = 0, sn = 0;
        for (int f = 0; f < buckets; f++) {
            sp += pos[f] + 1;
            sn += neg[f] + 1;
        }
        float[] r = new float[buckets];
        for (int f = 0; f < buckets; f++) {
            if (pos[f] == 0 && neg[f] == 0) continue;
            r[f] = (float) Math.log(((pos[f] + 1) / sp) / ((neg[f] + 1) / sn));
        }
        return r;
    }
}
