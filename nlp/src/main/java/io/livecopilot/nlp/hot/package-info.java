/** Hot words of a live room over a sliding window of event time: keyphrases (TF-IDF), product mentions, sentiment trend. */
package io.livecopilot.nlp.hot;
