package io.livecopilot.nlp;

import io.livecopilot.core.catalog.Catalog;
import io.livecopilot.core.config.Settings;
import io.livecopilot.core.nlu.CommentUnderstander;
import io.livecopilot.core.nlu.Entities;
import io.livecopilot.core.nlu.Intent;
import io.livecopilot.core.nlu.Sentiment;
import io.livecopilot.core.nlu.Understanding;
import io.livecopilot.nlp.classify.LinearModel;
import io.livecopilot.nlp.classify.PairedPrediction;
import io.livecopilot.nlp.classify.Prediction;
import io.livecopilot.nlp.classify.Task;
import io.livecopilot.nlp.entity.EntityExtractor;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The built-in comment understander: normalize ({@link TextNormalizer}) → mask personal data ({@link PiiMasker}) →
 * classify the intent (linear model over hashed character n-grams, {@code other} below its confidence threshold) →
 * extract entities against the catalog → classify sentiment (neutral when unsure). Thread-safe and allocation-light;
 * {@link #load()} returns one shared instance.
 */
public final class BuiltinUnderstander implements CommentUnderstander {
    /**
     * Below this probability of positive the sentiment is negative, above {@code 1 - NEUTRAL_BAND} positive; a
     * complaint (praise) leaning negative (positive) at all is negative (positive).
     */
    public static final double NEUTRAL_BAND = 0.3;
    /** For questions the sentiment must be this sure to be called positive or negative. */
    public static final double QUESTION_BAND = 0.2;

    private static volatile BuiltinUnderstander shared;

    private final LinearModel intent;
    private final LinearModel sentiment;
    /** The intent model's number of labels. */
    private final int intents;
    private final EntityExtractor entities = new EntityExtractor();

    /** An understander over the given intent and sentiment models (e.g. ones trained with {@code nlu train}). */
    public BuiltinUnderstander(LinearModel intent, LinearModel sentiment) {
        this.intent = Objects.requireNonNull(intent, "intent");
        this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
        this.intents = intent.labels().size();
    }

    /** The shared built-in understander, models cached under the configured data directory ({@code models/}). */
    public static BuiltinUnderstander load() {
        BuiltinUnderstander u = shared;
        if (u != null) return u;
        synchronized (BuiltinUnderstander.class) {
            if (shared == null) {
                Path dir;
                try {
                    dir = Settings.load(null).dataDir().resolve("models");
                } catch (RuntimeException e) {
                    dir = null;
                }
                shared = load(dir);
            }
            return shared;
        }
    }

    /**
     * The built-in understander whose models are cached on disk in {@code modelDir} (null: trained in memory, not
     * cached); one shared instance per directory for the life of the process.
     */
    public static BuiltinUnderstander load(Path modelDir) {
        String key = modelDir == null ? "" : modelDir.toAbsolutePath().normalize().toString();
        return BY_DIR.computeIfAbsent(key, k ->
                new BuiltinUnderstander(BuiltinModels.load(Task.INTENT, modelDir), BuiltinModels.load(Task.SENTIMENT, modelDir)));
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, BuiltinUnderstander> BY_DIR = new java.util.concurrent.ConcurrentHashMap<>();

    public LinearModel intentModel() {
        return intent;
    }

    public LinearModel sentimentModel() {
        return sentiment;
    }

    @Override
    public Understanding understand(String comment, Catalog catalog, String productOnShow) {
        String text = PiiMasker.mask(TextNormalizer.normalize(comment));
        if (text.isBlank()) return new Understanding(text, Intent.OTHER, 1.0, Entities.NONE, Sentiment.NEUTRAL, 0.5);
        // both models from one featurizing pass (the same results as predictPreprocessed and probabilityOf)
        double[] probabilities = new double[intents];
        PairedPrediction pp = intent.predictWith(text, sentiment, "positive", probabilities);
        Prediction p = pp.prediction();
        Catalog cat = catalog == null ? Catalog.EMPTY : catalog;
        Entities e = entities.extract(text, cat, productOnShow);
        if (p.probability() < NAMELESS_BELOW && !e.products().isEmpty()) p = withoutNames(text, cat, p, probabilities);
        Intent i = Intent.ofWire(p.label());
        if (i == null) i = Intent.OTHER;
        double pos = pp.other();
        Sentiment s;
        if (i == Intent.COMPLAINT && pos < 0.5) s = Sentiment.NEGATIVE; // the intent and the sentiment model agree
        else if (i == Intent.PRAISE && pos > 0.5) s = Sentiment.POSITIVE;
        else {
            double band = i.isQuestion() ? QUESTION_BAND : NEUTRAL_BAND;
            s = pos >= 1 - band ? Sentiment.POSITIVE : pos <= band ? Sentiment.NEGATIVE : Sentiment.NEUTRAL;
        }
        return new Understanding(text, i, round(p.probability()), e, s, round(pos));
    }

    /**
     * An unsure intent of a comment that names a catalog product is read again without the names: the mean of the
     * label probabilities with and without them decides. What a viewer asks does not depend on the product named, yet
     * a product noun seen in few training examples carries their intents ("牛肉干" in complaints); the mean keeps
     * the names' evidence where the rest of the comment has none. Measured (docs/nlp.md, 2026-11-30): routed macro-F1
     * on the three black-box sets +0.005…+0.012, unchanged on the held-out file and in cross-validation.
     */
    static final double NAMELESS_BELOW = 0.7;

    /** {@code a}: the intent model's probabilities of {@code text} (what {@code intent.probabilities(text)} gives), overwritten. */
    private Prediction withoutNames(String text, Catalog catalog, Prediction p, double[] a) {
        String bare = entities.withoutProducts(text, catalog);
        if (bare == text || bare.isBlank()) return p;
        double[] b = intent.probabilities(bare);
        int best = 0;
        for (int k = 0; k < a.length; k++) {
            a[k] = (a[k] + b[k]) / 2;
            if (a[k] > a[best]) best = k;
        }
        String top = intent.labels().get(best);
        String label = a[best] < intent.settings().threshold() && intent.labels().contains("other") ? "other" : top;
        return new Prediction(label, a[best], top);
    }

    /** The entities of a comment as typed (normalized and masked first). */
    public Entities entities(String comment, Catalog catalog, String productOnShow) {
        return entities.extract(PiiMasker.mask(TextNormalizer.normalize(comment)), catalog, productOnShow);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
