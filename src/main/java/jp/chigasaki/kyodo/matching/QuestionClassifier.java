package jp.chigasaki.kyodo.matching;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * Understands a Japanese question against the current knowledge. Thread-safe; never throws for any input text;
 * answers from one consistent index even while the knowledge reloads.
 */
public interface QuestionClassifier {

	Classification classify(String question, Audience audience);
}
