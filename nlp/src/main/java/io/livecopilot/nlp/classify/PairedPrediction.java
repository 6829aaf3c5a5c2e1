package io.livecopilot.nlp.classify;

/**
 * What two classifiers say about one text ({@link LinearModel#predictWith}).
 *
 * @param prediction the first model's prediction
 * @param other      the second model's probability of the label asked for
 */
public record PairedPrediction(Prediction prediction, double other) {}
