package io.livecopilot.nlp.classify;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.RealVector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Fits the {@link EmbeddingHead} of a two-label model on the held-back tenth its settings were tuned on: an n-gram
 * model with the tuned settings is trained on the other nine tenths; a logistic regression over sentence embeddings
 * is fitted on (a sample of) the same nine tenths for each L2 penalty of {@link #LAMBDAS}; the penalty and the blend
 * weight {@code alpha} (0.00–0.95 in steps of 0.05) with the lowest log loss on the held-back tenth win (chosen by log
 * loss rather than accuracy: steadier on a few hundred held-back reviews, docs/sentiment.md). No head when no blend
 * beats the n-grams alone there. The final head is refitted on every sampled example. Deterministic.
 */
final class EmbeddingStacker {
    /** L2 penalties tried (on z-scored embeddings). */
    static final double[] LAMBDAS = {30, 100, 300, 1000};
    /** Most training examples embedded (a seeded sample beyond it): embedding costs ~4–20 ms a text per core. */
    static final int MAX_FIT = 8000;
    /** Most held-back examples embedded. */
    static final int MAX_VALIDATION = 3000;
    private static final int MAX_ITERATIONS = 300;

    private EmbeddingStacker() {}

    /**
     * The head for a model trained with {@code tuned} on {@code examples}, or null when it does not help on the
     * held-back tenth (or there are fewer than 500 examples or not two labels).
     */
    static EmbeddingHead fit(Task task, TrainerSettings tuned, List<Example> examples, Consumer<String> log) {
        int n = examples.size();
        if (n < 500) return null;
        boolean[] validation = LinearTrainer.validationMask(n, tuned.seed());
        List<Integer> fitIdx = new ArrayList<>(), valIdx = new ArrayList<>();
        for (int i = 0; i < n; i++) (validation[i] ? valIdx : fitIdx).add(i);
        List<Example> nineTenths = fitIdx.stream().map(examples::get).toList();
        LinearModel ngrams = new LinearTrainer(task, tuned).train(nineTenths, null);
        if (ngrams.labels().size() != 2) return null;
        String positive = ngrams.labels().get(1);
        java.util.Random rnd = new java.util.Random(tuned.seed() + 2);
        Collections.shuffle(fitIdx, rnd);
        Collections.shuffle(valIdx, rnd);
        List<Integer> fs = fitIdx.subList(0, Math.min(MAX_FIT, fitIdx.size()));
        List<Integer> vs = valIdx.subList(0, Math.min(MAX_VALIDATION, valIdx.size()));
        if (vs.isEmpty()) return null;
        List<Integer> all = new ArrayList<>(fs);
        all.addAll(vs);
        long t0 = System.nanoTime();
        // each sampled text preprocessed once: the embedder and the held-back n-gram scores read the same text
        List<String> texts = all.stream().map(i -> LinearModel.preprocess(examples.get(i).text())).toList();
        float[][] emb = SentenceEmbedder.embedAll(texts);
        if (log != null) log.accept(String.format("embed: %d texts in %.1f s", all.size(), (System.nanoTime() - t0) / 1e9));
        int[] y = all.stream().mapToInt(i -> examples.get(i).label().equals(positive) ? 1 : 0).toArray();
        int nf = fs.size(), nv = vs.size();
        double[] ng = new double[nv];
        for (int v = 0; v < nv; v++) {
            double p = ngrams.probabilityOf(texts.get(nf + v), positive);
            p = Math.min(1 - 1e-9, Math.max(1e-9, p));
            ng[v] = Math.log(p / (1 - p));
        }
        int[] yv = java.util.Arrays.copyOfRange(y, nf, nf + nv);
        Design fit = Design.of(emb, y, 0, nf);
        double bestLoss = logLoss(ng, yv), bestLambda = LAMBDAS[0], bestAlpha = 1;
        double[] best = ng;
        for (double lambda : LAMBDAS) {
            double[] h = fit.apply(fit.logistic(lambda), emb, nf, nv);
            for (int a = 0; a < 20; a++) {
                double alpha = a / 20.0;
                double[] z = new double[nv];
                for (int v = 0; v < nv; v++) z[v] = alpha * ng[v] + (1 - alpha) * h[v];
                double loss = logLoss(z, yv);
                if (loss < bestLoss - 1e-12) {
                    bestLoss = loss;
                    bestLambda = lambda;
                    bestAlpha = alpha;
                    best = z;
                }
            }
        }
        boolean helps = bestAlpha < 1;
        if (log != null) log.accept(String.format("embedding head: l2=%s alpha=%.2f on %d held back: log loss %.4f, accuracy %.4f; n-grams alone %.4f, %.4f%s",
                bestLambda, bestAlpha, nv, bestLoss, accuracy(best, yv), logLoss(ng, yv), accuracy(ng, yv), helps ? "" : ": no head"));
        if (!helps) return null;
        Design everything = Design.of(emb, y, 0, nf + nv);
        double[] w = everything.logistic(bestLambda);
        int d = SentenceEmbedder.DIMENSION;
        float[] weights = new float[d];
        for (int j = 0; j < d; j++) weights[j] = (float) w[j];
        return new EmbeddingHead(bestAlpha, bestLambda, nf + nv, everything.mean, everything.scale, weights, (float) w[d]);
    }

    /** The mean log loss of log-odds {@code logits} for labels {@code y}. */
    private static double logLoss(double[] logits, int[] y) {
        double sum = 0;
        for (int i = 0; i < y.length; i++) {
            double m = y[i] == 1 ? logits[i] : -logits[i];
            sum += m > 0 ? Math.log1p(Math.exp(-m)) : -m + Math.log1p(Math.exp(m));
        }
        return sum / y.length;
    }

    private static double accuracy(double[] logits, int[] y) {
        int right = 0;
        for (int i = 0; i < y.length; i++) if ((logits[i] > 0) == (y[i] == 1)) right++;
        return (double) right / y.length;
    }

    /**
     * Rows {@code from}..{@code from + count} of the embeddings, z-scored by their own means and deviations, with an
     * intercept column, and their Gram matrix ZᵀZ.
     */
    record Design(double[][] z, int[] y, double[][] gram, float[] mean, float[] scale) {
        static Design of(float[][] emb, int[] labels, int from, int count) {
            int d = SentenceEmbedder.DIMENSION;
            float[] mean = new float[d], scale = new float[d];
            for (int j = 0; j < d; j++) {
                double s = 0, ss = 0;
                for (int i = from; i < from + count; i++) {
                    s += emb[i][j];
                    ss += (double) emb[i][j] * emb[i][j];
                }
                double mu = s / count, var = Math.max(0, ss / count - mu * mu);
                mean[j] = (float) mu;
                scale[j] = (float) (1 / Math.sqrt(var + 1e-12));
            }
            double[][] z = new double[count][];
            for (int i = 0; i < count; i++) z[i] = row(emb[from + i], mean, scale);
            double[][] g = new double[d + 1][d + 1];
            IntStream.range(0, d + 1).parallel().forEach(a -> {
                for (double[] r : z) {
                    double ra = r[a];
                    if (ra == 0) continue;
                    for (int b = a; b <= d; b++) g[a][b] += ra * r[b];
                }
            });
            for (int a = 0; a <= d; a++) for (int b = 0; b < a; b++) g[a][b] = g[b][a];
            return new Design(z, java.util.Arrays.copyOfRange(labels, from, from + count), g, mean, scale);
        }

        static double[] row(float[] e, float[] mean, float[] scale) {
            int d = mean.length;
            double[] r = new double[d + 1];
            for (int j = 0; j < d; j++) r[j] = (e[j] - mean[j]) * scale[j];
            r[d] = 1;
            return r;
        }

        /**
         * L2-penalized logistic regression (intercept unpenalized) by Böhning's bound: the Hessian of the log loss is
         * at most ZᵀZ/4, so w ← w − (ZᵀZ/4 + λI)⁻¹ ∇ decreases the loss every step, with one Cholesky factorization for
         * all steps.
         */
        double[] logistic(double lambda) {
            int p = gram.length;
            double[][] h = new double[p][p];
            for (int a = 0; a < p; a++) {
                for (int b = 0; b < p; b++) h[a][b] = gram[a][b] / 4;
                h[a][a] += (a < p - 1 ? lambda : 0) + 1e-6;
            }
            DecompositionSolver solver = new CholeskyDecomposition(new Array2DRowRealMatrix(h, false)).getSolver();
            double[] w = new double[p];
            for (int it = 0; it < MAX_ITERATIONS; it++) {
                double[] g = new double[p];
                for (int i = 0; i < z.length; i++) {
                    double[] r = z[i];
                    double s = 0;
                    for (int j = 0; j < p; j++) s += r[j] * w[j];
                    double err = 1 / (1 + Math.exp(-s)) - y[i];
                    for (int j = 0; j < p; j++) g[j] += err * r[j];
                }
                for (int j = 0; j < p - 1; j++) g[j] += lambda * w[j];
                RealVector step = solver.solve(new ArrayRealVector(g, false));
                double max = 0;
                for (int j = 0; j < p; j++) {
                    w[j] -= step.getEntry(j);
                    max = Math.max(max, Math.abs(step.getEntry(j)));
                }
                if (max < 1e-5) break;
            }
            return w;
        }

        /** The log-odds of weights {@code w} for rows {@code from}..{@code from + count} of {@code emb}. */
        double[] apply(double[] w, float[][] emb, int from, int count) {
            double[] out = new double[count];
            for (int i = 0; i < count; i++) {
                double[] r = row(emb[from + i], mean, scale);
                double s = 0;
                for (int j = 0; j < r.length; j++) s += r[j] * w[j];
                out[i] = s;
            }
            return out;
        }
    }
}
