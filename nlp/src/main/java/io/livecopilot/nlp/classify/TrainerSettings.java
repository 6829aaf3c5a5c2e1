package io.livecopilot.nlp.classify;

/**
 * How {@link LinearTrainer} fits a model: multinomial logistic regression by AdaGrad SGD over hashed n-grams.
 *
 * @param features     the featurizer settings
 * @param epochs       passes over the data
 * @param learningRate AdaGrad's base step
 * @param l2           L2 penalty per example on the weights an example touches
 * @param nbWeights    for two labels: scale each feature by its naive-Bayes log-count ratio (NB-LR, Wang &amp; Manning 2012)
 * @param threshold    below this top probability an intent model answers {@code other} (0 = never)
 * @param seed         the shuffling seed: the same data and settings give the same model
 * @param average      the model is the mean of the weights at every quarter epoch (Polyak-style averaging: less
 *                     dependent on the last examples seen); off for both built-in models
 */
public record TrainerSettings(FeatureSettings features, int epochs, double learningRate, double l2, boolean nbWeights,
                              double threshold, long seed, boolean average) {
    public TrainerSettings {
        if (epochs < 1 || epochs > 1000) throw new IllegalArgumentException("epochs: must be within 1..1000, was " + epochs);
        if (!(learningRate > 0)) throw new IllegalArgumentException("learningRate: must be > 0, was " + learningRate);
        if (!(l2 >= 0)) throw new IllegalArgumentException("l2: must be ≥ 0, was " + l2);
        if (!(threshold >= 0 && threshold < 1)) throw new IllegalArgumentException("threshold: must be within [0,1), was " + threshold);
    }

    /** Settings without averaging (as every model before it, both built-in ones). */
    public TrainerSettings(FeatureSettings features, int epochs, double learningRate, double l2, boolean nbWeights, double threshold, long seed) {
        this(features, epochs, learningRate, l2, nbWeights, threshold, seed, false);
    }

    /** The defaults for a task, chosen by cross-validation (docs/nlp.md). */
    public static TrainerSettings defaults(Task task) {
        return task == Task.INTENT
                ? new TrainerSettings(FeatureSettings.intentDefaults(), 10, 0.5, 1e-4, false, 0.15, 42)
                : new TrainerSettings(FeatureSettings.sentimentDefaults(), 4, 0.1, 0, true, 0, 42);
    }

    public TrainerSettings withEpochs(int e) {
        return new TrainerSettings(features, e, learningRate, l2, nbWeights, threshold, seed, average);
    }

    public TrainerSettings withLearningRate(double lr) {
        return new TrainerSettings(features, epochs, lr, l2, nbWeights, threshold, seed, average);
    }

    public TrainerSettings withL2(double v) {
        return new TrainerSettings(features, epochs, learningRate, v, nbWeights, threshold, seed, average);
    }

    public TrainerSettings withNbWeights(boolean v) {
        return new TrainerSettings(features, epochs, learningRate, l2, v, threshold, seed, average);
    }

    public TrainerSettings withThreshold(double v) {
        return new TrainerSettings(features, epochs, learningRate, l2, nbWeights, v, seed, average);
    }

    public TrainerSettings withFeatures(FeatureSettings f) {
        return new TrainerSettings(f, epochs, learningRate, l2, nbWeights, threshold, seed, average);
    }

    public TrainerSettings withAverage(boolean v) {
        return new TrainerSettings(features, epochs, learningRate, l2, nbWeights, threshold, seed, v);
    }
}
