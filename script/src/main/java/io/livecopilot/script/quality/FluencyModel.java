package io.livecopilot.script.quality;

import io.livecopilot.core.LiveCopilotException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The fluency model: a 4-gram character Kneser-Ney model trained on nine lines in ten of the project's corpus of
 * spoken live-selling Chinese ({@code corpus/live_talk.txt}); the tenth lines are held out and their perplexity is
 * the reference a natural text scores 1.0 against.
 */
public final class FluencyModel {
    public static final int ORDER = 4;
    public static final double DISCOUNT = 0.75;
    private static volatile FluencyModel builtin;

    private final CharNgramModel model;
    private final double heldOutPerplexity;
    private final int trainLines;
    private final int heldOutLines;

    private FluencyModel(CharNgramModel model, double heldOutPerplexity, int trainLines, int heldOutLines) {
        this.model = model;
        this.heldOutPerplexity = heldOutPerplexity;
        this.trainLines = trainLines;
        this.heldOutLines = heldOutLines;
    }

    /** The model trained on the built-in corpus (trained once, in a few milliseconds). */
    public static FluencyModel builtin() {
        FluencyModel b = builtin;
        if (b == null) {
            synchronized (FluencyModel.class) {
                if (builtin == null) builtin = train(corpus());
                b = builtin;
            }
        }
        return b;
    }

    /** The built-in corpus lines (comments and blank lines removed). */
    public static List<String> corpus() {
        try (InputStream in = FluencyModel.class.getResourceAsStream("/io/livecopilot/script/corpus/live_talk.txt")) {
            if (in == null) throw LiveCopilotException.internal("fluency corpus missing", null);
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!l.isBlank() && !l.startsWith("#")) out.add(l.strip());
            }
            return out;
        } catch (IOException e) {
            throw LiveCopilotException.internal("cannot read the fluency corpus: " + e.getMessage(), e);
        }
    }

    /** Trains on every line but each tenth, which is held out for the reference perplexity. */
    public static FluencyModel train(List<String> lines) {
        List<String> train = new ArrayList<>(), held = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) (i % 10 == 9 ? held : train).add(lines.get(i));
        CharNgramModel m = CharNgramModel.train(train, ORDER, DISCOUNT);
        return new FluencyModel(m, m.perplexity(held), train.size(), held.size());
    }

    /** Per-character perplexity of the sentences. */
    public double perplexity(List<String> sentences) {
        return model.perplexity(sentences);
    }

    /** Fluency in [0, 1]: the held-out perplexity over the text's, capped at 1 (as natural as the held-out talk). */
    public double score(List<String> sentences) {
        double p = perplexity(sentences);
        if (Double.isNaN(p)) return 0;
        return Math.min(1.0, heldOutPerplexity / p);
    }

    public double heldOutPerplexity() { return heldOutPerplexity; }

    public int trainLines() { return trainLines; }

    public int heldOutLines() { return heldOutLines; }

    public CharNgramModel model() { return model; }
}
