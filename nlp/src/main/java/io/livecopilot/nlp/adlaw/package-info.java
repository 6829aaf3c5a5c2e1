/**
 * The Advertising Law (广告法) check: a lexicon of absolute terms, "national level" claims, medical and efficacy
 * claims, guarantees, comparisons with competitors and false urgency, each with a compliant suggestion.
 */
package io.livecopilot.nlp.adlaw;
