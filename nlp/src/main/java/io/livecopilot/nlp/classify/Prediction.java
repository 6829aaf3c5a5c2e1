package io.livecopilot.nlp.classify;

/**
 * What a classifier says about one text.
 *
 * @param label       the label given (after the fallback to {@code other} below the model's threshold)
 * @param probability the model's probability of its top label
 * @param top         the top label before any fallback
 */
public record Prediction(String label, double probability, String top) {}
