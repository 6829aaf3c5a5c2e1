/**
 * Chinese text for live rooms: the one normalizer ({@link io.livecopilot.nlp.TextNormalizer}), PII masking
 * ({@link io.livecopilot.nlp.PiiMasker}) and the built-in comment understander
 * ({@link io.livecopilot.nlp.BuiltinUnderstander}) that the assistant and analytics call.
 */
package io.livecopilot.nlp;
