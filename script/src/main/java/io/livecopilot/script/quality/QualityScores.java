package io.livecopilot.script.quality;

/**
 * The quality scores of one script.
 *
 * @param factAccuracy          share of sentences with no fact, contact or markup problem
 * @param sellingPointCoverage  share of the products' selling points said in their pitches
 * @param distinct1             distinct character unigrams over all unigrams (spoken characters only)
 * @param distinct2             distinct character bigrams over all bigrams
 * @param distinct3             distinct character trigrams over all trigrams
 * @param distinctSentences     distinct sentences over all sentences
 * @param fluencyPerplexity     per-character perplexity under the fluency model
 * @param fluency               held-out perplexity of natural talk over this script's, capped at 1
 * @param sentences             number of sentences
 * @param chars                 number of spoken characters
 */
public record QualityScores(double factAccuracy, double sellingPointCoverage, double distinct1, double distinct2,
                            double distinct3, double distinctSentences, double fluencyPerplexity, double fluency,
                            int sentences, int chars) {}
