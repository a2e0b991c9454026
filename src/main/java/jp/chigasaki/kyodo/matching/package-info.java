/**
 * Japanese question understanding: an in-memory Lucene index with Kuromoji analysis over FAQ entries and menu items,
 * intent recognition from example utterances, and calibrated confidence bands. Entry points:
 * {@link jp.chigasaki.kyodo.matching.QuestionClassifier} and {@link jp.chigasaki.kyodo.matching.MatchingEngine}.
 */
package jp.chigasaki.kyodo.matching;
