package io.livecopilot.nlp.classify;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The sentence embedder of {@link EmbeddingHead}s: BAAI's BGE-small-zh v1.5, int8-quantized, run in-process by ONNX
 * Runtime from the jar (langchain4j-embeddings-bge-small-zh-v15-q): a 512-dimensional unit vector per text, ~50–240
 * texts a second on two cores here (long hotel reviews to short food-delivery ones). Only user-trained sentiment
 * models with an embedding head use it; the built-in models and the per-comment path never do. Thread-safe; the model
 * is loaded at first use (~2 s, ~600 MB resident).
 */
final class SentenceEmbedder {
    /** The name written into a model's header: a head's weights belong to this embedder. */
    static final String ID = "bge-small-zh-v1.5-q";
    /** The vector's dimension. */
    static final int DIMENSION = 512;
    /** Characters embedded from the start of a text: the cost grows with the length, and reviews say most up front. */
    static final int MAX_CHARS = 256;

    private SentenceEmbedder() {}

    private static final class Holder {
        static final BgeSmallZhV15QuantizedEmbeddingModel MODEL = new BgeSmallZhV15QuantizedEmbeddingModel();
    }

    /** The embedding of a preprocessed text (the zero vector for an empty one). */
    static float[] embed(String text) {
        String t = text.strip();
        if (t.isEmpty()) return new float[DIMENSION];
        if (t.length() > MAX_CHARS) t = t.substring(0, MAX_CHARS);
        return Holder.MODEL.embed(t).content().vector();
    }

    /** The embeddings of {@code texts}, in order, computed on all cores. */
    static float[][] embedAll(List<String> texts) {
        float[][] out = new float[texts.size()][];
        IntStream.range(0, texts.size()).parallel().forEach(i -> out[i] = embed(texts.get(i)));
        return out;
    }
}
