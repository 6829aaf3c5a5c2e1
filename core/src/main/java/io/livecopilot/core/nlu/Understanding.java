package io.livecopilot.core.nlu;

/**
 * What one comment says: its text after normalization and PII masking, the intent with its confidence, the entities
 * and the sentiment with the probability that it is positive.
 */
public record Understanding(String text, Intent intent, double confidence, Entities entities, Sentiment sentiment,
                            double positive) {}
