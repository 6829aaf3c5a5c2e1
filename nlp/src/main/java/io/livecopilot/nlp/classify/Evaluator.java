package io.livecopilot.nlp.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The evaluator of classifiers: accuracy, macro-F1, per-label precision/recall/F1/support, the confusion matrix, the
 * misclassified examples and the throughput, on held-out data or by stratified K-fold cross-validation.
 */
public final class Evaluator {
    /** At most this many misclassified examples are listed. */
    public static final int MAX_MISCLASSIFIED = 200;

    private Evaluator() {}

    /** Evaluates {@code model} on {@code examples}. */
    public static Evaluation evaluate(LinearModel model, List<Example> examples) {
        long t0 = System.nanoTime();
        Prediction[] out = new Prediction[examples.size()];
        java.util.stream.IntStream indices = java.util.stream.IntStream.range(0, out.length);
        // a model that embeds texts takes milliseconds each: on every core (the model is thread-safe)
        (model.embeds() ? indices.parallel() : indices).forEach(i -> out[i] = model.predict(examples.get(i).text()));
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<String> predicted = new ArrayList<>(out.length);
        List<Double> conf = new ArrayList<>(out.length);
        for (Prediction p : out) {
            predicted.add(p.label());
            conf.add(p.probability());
        }
        return Evaluation.of(examples, predicted, conf, seconds, model.labels());
    }

    /**
     * Stratified K-fold cross-validation: every example is predicted once by a model trained without its fold.
     * Throughput is that of prediction only.
     */
    public static Evaluation crossValidate(LinearTrainer trainer, List<Example> examples, int folds, long seed) {
        if (folds < 2) throw io.livecopilot.core.LiveCopilotException.badInput("--folds: must be ≥ 2, was " + folds);
        int n = examples.size();
        int[] fold = new int[n];
        Map<String, List<Integer>> byLabel = new TreeMap<>();
        for (int i = 0; i < n; i++) byLabel.computeIfAbsent(examples.get(i).label(), k -> new ArrayList<>()).add(i);
        Random rnd = new Random(seed);
        int offset = 0;
        for (List<Integer> idx : byLabel.values()) {
            java.util.Collections.shuffle(idx, rnd);
            for (int j = 0; j < idx.size(); j++) fold[idx.get(j)] = (offset + j) % folds;
            offset += idx.size();
        }
        String[] predicted = new String[n];
        double[] conf = new double[n];
        double seconds = 0;
        Set<String> labels = new LinkedHashSet<>();
        for (int f = 0; f < folds; f++) {
            List<Example> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (fold[i] == f) test.add(i);
                else train.add(examples.get(i));
            }
            if (test.isEmpty() || train.isEmpty()) continue;
            LinearModel m = trainer.train(train, null);
            labels.addAll(m.labels());
            long t0 = System.nanoTime();
            for (int i : test) {
                Prediction p = m.predict(examples.get(i).text());
                predicted[i] = p.label();
                conf[i] = p.probability();
            }
            seconds += (System.nanoTime() - t0) / 1e9;
        }
        List<String> pl = new ArrayList<>(n);
        List<Double> cl = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pl.add(predicted[i]);
            cl.add(conf[i]);
        }
        return Evaluation.of(examples, pl, cl, seconds, List.copyOf(labels));
    }

    /**
     * The scores of one evaluation.
     *
     * @param confusion     gold label → predicted label → count
     * @param misclassified up to {@link #MAX_MISCLASSIFIED} wrong predictions, least confident first
     * @param perSecond     texts classified per second (normalization included)
     */
    public record Evaluation(int examples, double accuracy, double macroF1, Map<String, LabelScore> labels,
                             Map<String, Map<String, Integer>> confusion, List<Miss> misclassified, double perSecond) {

        static Evaluation of(List<Example> gold, List<String> predicted, List<Double> conf, double seconds, List<String> modelLabels) {
            Set<String> all = new LinkedHashSet<>(modelLabels);
            for (Example e : gold) all.add(e.label());
            Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
            Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn, support
            for (String l : all) counts.put(l, new int[4]);
            int correct = 0;
            List<Miss> misses = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                String g = gold.get(i).label(), p = predicted.get(i);
                if (p == null) continue;
                counts.computeIfAbsent(p, k -> new int[4]);
                confusion.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(p, 1, Integer::sum);
                counts.get(g)[3]++;
                if (g.equals(p)) {
                    correct++;
                    counts.get(g)[0]++;
                } else {
                    counts.get(p)[1]++;
                    counts.get(g)[2]++;
                    misses.add(new Miss(gold.get(i).line(), gold.get(i).text(), g, p, round(conf.get(i))));
                }
            }
            Map<String, LabelScore> scores = new LinkedHashMap<>();
            double f1sum = 0;
            int withSupport = 0;
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                if (c[3] == 0 && c[1] == 0) continue;
                double prec = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
                double rec = c[3] == 0 ? 0 : (double) c[0] / c[3];
                double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
                scores.put(e.getKey(), new LabelScore(round(prec), round(rec), round(f1), c[3]));
                if (c[3] > 0) {
                    f1sum += f1;
                    withSupport++;
                }
            }
            misses.sort(Comparator.comparingDouble(Miss::confidence));
            if (misses.size() > MAX_MISCLASSIFIED) misses = new ArrayList<>(misses.subList(0, MAX_MISCLASSIFIED));
            int n = gold.size();
            return new Evaluation(n, round(n == 0 ? 0 : (double) correct / n), round(withSupport == 0 ? 0 : f1sum / withSupport),
                    scores, confusion, misses, seconds <= 0 ? 0 : Math.round(n / seconds));
        }
    }

    /** Precision, recall, F1 and support of one label. */
    public record LabelScore(double precision, double recall, double f1, int support) {}

    /** One wrong prediction: the line of the data file, the text, the gold label, the predicted one and its probability. */
    public record Miss(int line, String text, String gold, String predicted, double confidence) {}

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
