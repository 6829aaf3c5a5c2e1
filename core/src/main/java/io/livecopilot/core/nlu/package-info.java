/** The contract of comment understanding (intents, entities, sentiment) shared by the NLP, assistant and analytics. */
package io.livecopilot.core.nlu;
