package io.livecopilot.nlp.classify;

import io.livecopilot.core.nlu.Intent;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The trainer of {@link LinearModel}s: multinomial logistic regression fitted by AdaGrad SGD with L2, over hashed
 * character n-grams of the normalized and masked texts; for two labels optionally on naive-Bayes-scaled features
 * (NB-LR). Deterministic: the same examples and settings give the same weights. {@link #tune} picks the L2 penalty,
 * NB scaling and the number of epochs on a held-back tenth of the training data.
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

    /** The featurized training set: buckets per example and label indices. */
    private record Featurized(String[] labels, int[][] feats, int[] y) {}

    private Featurized featurize(List<Example> examples, FeatureSettings fs) {
        String[] labels = labelsOf(examples);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labels.length; k++) index.put(labels[k], k);
        HashedNgramFeaturizer fz = new HashedNgramFeaturizer(fs);
        int n = examples.size();
        int[][] feats = new int[n][];
        int[] y = new int[n];
        int[] buf = new int[1024];
        for (int i = 0; i < n; i++) {
            String t = LinearModel.preprocess(examples.get(i).text());
            int cap = fz.capacity(t.length());
            if (buf.length < cap) buf = new int[cap];
            int c = fz.featurize(t, buf);
            feats[i] = Arrays.copyOf(buf, c);
            y[i] = index.get(examples.get(i).label());
        }
        return new Featurized(labels, feats, y);
    }

    /** Trains on {@code examples}; {@code dataSha256} records which data it was (may be null). */
    public LinearModel train(List<Example> examples, String dataSha256) {
        if (examples.isEmpty()) throw io.livecopilot.core.LiveCopilotException.badInput("no examples to train on");
        Featurized f = featurize(examples, settings.features());
        Fit fit = fit(f, i -> true, settings, null);
        ModelInfo info = new ModelInfo(LinearModel.PLAIN_VERSION, dataSha256 == null ? "" : dataSha256, examples.size(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), SOFTWARE_VERSION);
        return new LinearModel(task, f.labels(), settings, info, fit.weights(), fit.bias(), fit.nb());
    }

    /**
     * {@link #train}, with a sentence-embedding head stacked onto a two-label model when it beats the n-grams alone on
     * the held-back tenth of {@link #tune} ({@link EmbeddingStacker}; 500+ examples). Embedding costs minutes for tens
     * of thousands of examples; {@code log} hears what was chosen.
     */
    public LinearModel trainStacked(List<Example> examples, String dataSha256, java.util.function.Consumer<String> log) {
        LinearModel m = train(examples, dataSha256);
        return m.labels().size() == 2 ? m.withHead(EmbeddingStacker.fit(task, settings, examples, log)) : m;
    }

    /**
     * Settings tuned for {@code examples}: each of {@link #candidates} is trained on nine tenths (seeded) for up to
     * {@code maxEpochs}, epoch by epoch with early stopping, and the candidate and epoch count with the best accuracy on
     * the remaining tenth win (ties: the lower log loss, then the earlier candidate and epoch). The candidates run on two
     * threads; the result does not depend on their timing. Returns this trainer's settings unchanged for fewer than 500
     * examples.
     */
    public TrainerSettings tune(List<Example> examples, int maxEpochs, java.util.function.Consumer<String> log) {
        if (examples.size() < 500) return settings;
        return tune(examples, maxEpochs, log, candidates(labelsOf(examples).length));
    }

    /**
     * What {@link #tune} tries. Two labels (sentiment): NB scaling on and off × AdaGrad steps 0.05 and 0.2, each with
     * the weights averaged and with word features ({@link FeatureSettings#words()} 2: words and word pairs) added to
     * the character n-grams, unless this trainer's settings already name word features. More labels: the two steps with
     * this trainer's other settings. L2 stays as set (0 for sentiment): early stopping regularizes. Each choice was
     * measured on dev splits carved from the train splits of the review sets (docs/sentiment.md).
     */
    List<TrainerSettings> candidates(int labels) {
        List<TrainerSettings> out = new ArrayList<>();
        if (labels != 2) {
            for (double lr : new double[]{0.05, 0.2}) out.add(settings.withLearningRate(lr));
            return out;
        }
        FeatureSettings f = settings.features().words() == 0 ? settings.features().withWords(2) : settings.features();
        for (boolean nb : new boolean[]{true, false}) {
            for (double lr : new double[]{0.05, 0.2}) out.add(settings.withFeatures(f).withNbWeights(nb).withLearningRate(lr).withAverage(true));
        }
        return out;
    }

    /** {@link #tune} over the given candidates (their epochs are replaced by {@code maxEpochs}). */
    TrainerSettings tune(List<Example> examples, int maxEpochs, java.util.function.Consumer<String> log, List<TrainerSettings> candidates) {
        java.util.Map<FeatureSettings, Featurized> byFeatures = new java.util.LinkedHashMap<>();
        for (TrainerSettings c : candidates) byFeatures.computeIfAbsent(c.features(), fs -> featurize(examples, fs));
        boolean[] validation = validationMask(examples.size(), settings.seed());
        int m = candidates.size();
        double[][] acc = new double[m][], loss = new double[m][];
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tune");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> jobs = new ArrayList<>();
            for (int c = 0; c < m; c++) {
                int ci = c;
                jobs.add(pool.submit(() -> {
                    TrainerSettings s = candidates.get(ci).withEpochs(maxEpochs);
                    Featurized f = byFeatures.get(s.features());
                    double[] a = new double[maxEpochs], l = new double[maxEpochs];
                    Arrays.fill(a, Double.NaN);
                    Arrays.fill(l, Double.NaN);
                    fit(f, i -> !validation[i], s, (epoch, model) -> {
                        double[] r = evaluate(model, f, validation);
                        a[epoch] = r[0];
                        l[epoch] = r[1];
                        // stop once the validation loss rose twice in a row
                        return !(epoch >= 2 && l[epoch] > l[epoch - 1] && l[epoch - 1] > l[epoch - 2]);
                    });
                    acc[ci] = a;
                    loss[ci] = l;
                }));
            }
            for (java.util.concurrent.Future<?> j : jobs) j.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tuning interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        TrainerSettings best = settings;
        double bestAcc = -1, bestLoss = Double.POSITIVE_INFINITY;
        for (int c = 0; c < m; c++) {
            TrainerSettings s = candidates.get(c);
            for (int e = 0; e < maxEpochs; e++) {
                if (Double.isNaN(acc[c][e])) continue;
                if (acc[c][e] > bestAcc + 1e-9 || (acc[c][e] > bestAcc - 1e-9 && loss[c][e] < bestLoss)) {
                    bestAcc = acc[c][e];
                    bestLoss = loss[c][e];
                    best = s.withEpochs(e + 1);
                }
            }
            if (log != null) log.accept(String.format("tune: nb=%s lr=%s l2=%s average=%s words=%d validation accuracy by epoch %s", s.nbWeights(),
                    s.learningRate(), s.l2(), s.average(), s.features().words(),
                    Arrays.toString(Arrays.stream(acc[c]).filter(a -> !Double.isNaN(a)).map(a -> Math.round(a * 10000) / 10000.0).toArray())));
        }
        if (log != null) log.accept(String.format("tune: chose nb=%s lr=%s l2=%s average=%s words=%d epochs=%d (validation accuracy %.4f, log loss %.4f)",
                best.nbWeights(), best.learningRate(), best.l2(), best.average(), best.features().words(), best.epochs(), bestAcc, bestLoss));
        return best;
    }

    /** The held-back tenth of {@link #tune} (and of {@link EmbeddingStacker}): seeded, about one example in ten. */
    static boolean[] validationMask(int n, long seed) {
        boolean[] validation = new boolean[n];
        Random rnd = new Random(seed + 1);
        for (int i = 0; i < n; i++) validation[i] = rnd.nextInt(10) == 0;
        return validation;
    }

    /** Accuracy and mean log loss of {@code fit} on the validation examples. */
    private static double[] evaluate(Fit fit, Featurized f, boolean[] validation) {
        int K = f.labels().length, right = 0, total = 0;
        double[] s = new double[K];
        double loss = 0;
        for (int i = 0; i < validation.length; i++) {
            if (!validation[i]) continue;
            score(fit.weights(), fit.bias(), fit.nb(), K, f.feats()[i], s);
            LinearModel.softmax(s);
            int best = 0;
            for (int k = 1; k < K; k++) if (s[k] > s[best]) best = k;
            if (best == f.y()[i]) right++;
            loss -= Math.log(Math.max(s[f.y()[i]], 1e-12));
            total++;
        }
        return total == 0 ? new double[]{0, 0} : new double[]{(double) right / total, loss / total};
    }

    private static void score(float[] w, float[] bias, float[] nb, int K, int[] f, double[] s) {
        for (int k = 0; k < K; k++) s[k] = bias[k];
        int n = f.length;
        if (n == 0) return;
        float scale = (float) (1.0 / Math.sqrt(n));
        for (int j = 0; j < n; j++) {
            float v = nb == null ? scale : scale * nb[f[j]];
            int base = f[j] * K;
            for (int k = 0; k < K; k++) s[k] += v * w[base + k];
        }
    }

    /** Fitted parameters. */
    private record Fit(float[] weights, float[] bias, float[] nb) {}

    private interface EpochListener {
        /** Called after each epoch; returns whether to go on. */
        boolean after(int epoch, Fit fit);
    }

    /** AdaGrad SGD over the examples {@code use} accepts; calls {@code listener} after each epoch with the weights so far. */
    private static Fit fit(Featurized f, IntPredicate use, TrainerSettings settings, EpochListener listener) {
        int K = f.labels().length;
        int[][] feats = f.feats();
        int[] y = f.y();
        int[] order = java.util.stream.IntStream.range(0, y.length).filter(use).toArray();
        int N = order.length;
        int buckets = 1 << settings.features().bits();
        float[] nb = settings.nbWeights() && K == 2 ? nbRatios(feats, y, order, buckets) : null;
        // weights and AdaGrad accumulators interleaved (w at 2p, g² at 2p+1): one cache line per update
        float[] wg = new float[buckets * K * 2];
        float[] bias = new float[K];
        float[] bg2 = new float[K];
        double[] s = new double[K];
        double lr = settings.learningRate(), l2 = settings.l2();
        Random rnd = new Random(settings.seed());
        // averaging: the running mean of the weights at every quarter epoch (snapshots, dense: ~4 ms each for 2^21 rows)
        boolean average = settings.average();
        float[] avg = average ? new float[buckets * K] : null;
        float[] avgBias = average ? new float[K] : null;
        int snaps = 0;
        int quarter = Math.max(1, (N + 3) / 4);
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            for (int i = N - 1; i > 0; i--) {
                int j = rnd.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int oi = 0; oi < N; oi++) {
                int i = order[oi];
                int[] fi = feats[i];
                int n = fi.length;
                for (int k = 0; k < K; k++) s[k] = bias[k];
                float scale = n == 0 ? 0f : (float) (1.0 / Math.sqrt(n));
                for (int j = 0; j < n; j++) {
                    float v = nb == null ? scale : scale * nb[fi[j]];
                    int base = fi[j] * K;
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
                    float v = nb == null ? scale : scale * nb[fi[j]];
                    if (v == 0f) continue;
                    int base = fi[j] * K;
                    for (int k = 0; k < K; k++) {
                        int p = (base + k) << 1;
                        double g = s[k] * v + l2 * wg[p];
                        float acc = wg[p + 1] + (float) (g * g);
                        wg[p + 1] = acc;
                        wg[p] -= (float) (lr * g / Math.sqrt(acc + 1e-8));
                    }
                }
                if (average && (oi % quarter == quarter - 1 || oi == N - 1)) {
                    snaps++;
                    float inv = 1f / snaps;
                    for (int p = 0; p < avg.length; p++) avg[p] += (wg[p << 1] - avg[p]) * inv;
                    for (int k = 0; k < K; k++) avgBias[k] += (bias[k] - avgBias[k]) * inv;
                }
            }
            if (listener != null && !listener.after(epoch, average ? new Fit(avg.clone(), avgBias.clone(), nb)
                    : new Fit(unzip(wg), bias.clone(), nb))) break;
        }
        return average ? new Fit(avg, avgBias, nb) : new Fit(unzip(wg), bias, nb);
    }

    private static float[] unzip(float[] wg) {
        float[] w = new float[wg.length / 2];
        for (int p = 0; p < w.length; p++) w[p] = wg[p << 1];
        return w;
    }

    /** The labels of a model for these examples: intents in contract order, sentiment as negative, positive. */
    private String[] labelsOf(List<Example> examples) {
        Set<String> present = new LinkedHashSet<>();
        for (Example e : examples) present.add(e.label());
        List<String> out = new ArrayList<>();
        if (task == Task.INTENT) {
            for (Intent i : Intent.values()) if (present.contains(i.wire())) out.add(i.wire());
        } else {
            for (String l : List.of("negative", "positive")) if (present.contains(l)) out.add(l);
        }
        for (String p : present) if (!out.contains(p)) out.add(p);
        return out.toArray(String[]::new);
    }

    /** Naive-Bayes log-count ratios log((p/|p|)/(q/|q|)) per bucket with add-one smoothing, over binarized documents. */
    private static float[] nbRatios(int[][] feats, int[] y, int[] use, int buckets) {
        float[] pos = new float[buckets], neg = new float[buckets];
        int[] seen = new int[buckets];
        Arrays.fill(seen, -1);
        for (int i : use) {
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
