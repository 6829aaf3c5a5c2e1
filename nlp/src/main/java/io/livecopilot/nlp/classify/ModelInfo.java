package io.livecopilot.nlp.classify;

/**
 * What trained a saved model.
 *
 * @param formatVersion   the saved format's version
 * @param dataSha256      SHA-256 of the training file's bytes
 * @param examples        how many examples it was trained on
 * @param trainedAt       when (ISO-8601 UTC)
 * @param softwareVersion the LiveCopilot version that trained it
 */
public record ModelInfo(int formatVersion, String dataSha256, int examples, String trainedAt, String softwareVersion) {}
