/** Checking scripts and pitches: the fact guard and the advertising-law lexicon over every segment, and repeated sentences. */
package io.livecopilot.script.check;
