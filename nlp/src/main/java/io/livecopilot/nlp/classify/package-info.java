/**
 * Trainable text classifiers (intent, sentiment) in the Tribuo style: {@link io.livecopilot.nlp.classify.LinearTrainer}
 * → {@link io.livecopilot.nlp.classify.LinearModel} → {@link io.livecopilot.nlp.classify.Evaluator}, with the
 * reader of Rasa-style YAML and CSV/TSV data files.
 */
package io.livecopilot.nlp.classify;
