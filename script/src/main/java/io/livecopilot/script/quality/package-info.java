/**
 * Quality scores of a script: fact accuracy, selling-point coverage, distinct-n within and across scripts, and
 * fluency from a character-level Kneser-Ney language model trained on the project's own corpus of spoken
 * live-selling Chinese.
 */
package io.livecopilot.script.quality;
