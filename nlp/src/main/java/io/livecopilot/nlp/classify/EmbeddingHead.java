package io.livecopilot.nlp.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livecopilot.core.LiveCopilotException;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A logistic regression over a text's sentence embedding ({@link SentenceEmbedder}), stacked onto a two-label
 * {@link LinearModel}: the model's log-odds of its second label become {@code alpha · n-gram log-odds + (1 − alpha) ·
 * head log-odds}. Fitted by {@link EmbeddingStacker}; immutable and thread-safe.
 */
final class EmbeddingHead {
    private final double alpha;
    private final double lambda;
    private final int examples;
    /** Per dimension: the training mean and 1 / standard deviation (the head reads z-scores). */
    private final float[] mean;
    private final float[] scale;
    private final float[] weights;
    private final float bias;

    EmbeddingHead(double alpha, double lambda, int examples, float[] mean, float[] scale, float[] weights, float bias) {
        if (!(alpha >= 0 && alpha < 1)) throw new IllegalArgumentException("alpha must be within [0, 1), was " + alpha);
        int d = SentenceEmbedder.DIMENSION;
        if (mean.length != d || scale.length != d || weights.length != d) throw new IllegalArgumentException("a head has " + d + " dimensions");
        this.alpha = alpha;
        this.lambda = lambda;
        this.examples = examples;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.bias = bias;
    }

    double alpha() {
        return alpha;
    }

    /** The head's log-odds of the second label for an embedding. */
    double logit(float[] embedding) {
        double z = bias;
        for (int j = 0; j < weights.length; j++) z += weights[j] * ((embedding[j] - mean[j]) * scale[j]);
        return z;
    }

    /** The stacked log-odds for a preprocessed text whose n-gram log-odds are {@code ngramLogit}. */
    double blend(double ngramLogit, String text) {
        return alpha * ngramLogit + (1 - alpha) * logit(SentenceEmbedder.embed(text));
    }

    /** What the head is, for the model's saved header. */
    ObjectNode header() {
        ObjectNode h = JsonNodeFactory.instance.objectNode();
        h.put("embedder", SentenceEmbedder.ID).put("dimension", SentenceEmbedder.DIMENSION).put("max_chars", SentenceEmbedder.MAX_CHARS)
                .put("alpha", alpha).put("l2", lambda).put("examples", examples);
        return h;
    }

    void write(DataOutputStream out) throws IOException {
        for (float[] a : new float[][]{mean, scale, weights}) for (float v : a) out.writeFloat(v);
        out.writeFloat(bias);
    }

    /** Reads the head a model's header describes ({@code h}) from the end of its saved weights. */
    static EmbeddingHead read(JsonNode h, DataInputStream in, String name) throws IOException {
        String embedder = h.path("embedder").asText();
        if (!embedder.equals(SentenceEmbedder.ID) || h.path("dimension").asInt() != SentenceEmbedder.DIMENSION
                || h.path("max_chars").asInt() != SentenceEmbedder.MAX_CHARS) {
            throw LiveCopilotException.badInput(name + ": its embedding head reads embedder '" + embedder + "' (" + h.path("dimension").asInt()
                    + " dimensions, " + h.path("max_chars").asInt() + " characters), this program has '" + SentenceEmbedder.ID + "' ("
                    + SentenceEmbedder.DIMENSION + ", " + SentenceEmbedder.MAX_CHARS + "); retrain it with 'livecopilot nlu train'");
        }
        double alpha = h.path("alpha").asDouble(Double.NaN);
        if (!(alpha >= 0 && alpha < 1)) throw LiveCopilotException.badInput(name + ": corrupt model (embedding head alpha " + h.path("alpha") + ")");
        int d = SentenceEmbedder.DIMENSION;
        float[][] a = new float[3][d];
        for (float[] x : a) for (int j = 0; j < d; j++) x[j] = in.readFloat();
        return new EmbeddingHead(alpha, h.path("l2").asDouble(), h.path("examples").asInt(), a[0], a[1], a[2], in.readFloat());
    }
}
