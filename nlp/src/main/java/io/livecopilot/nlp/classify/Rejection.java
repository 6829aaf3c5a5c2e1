package io.livecopilot.nlp.classify;

/** A row of a data file that was not used, with its 1-based line and the reason. */
public record Rejection(int line, String reason) {}
