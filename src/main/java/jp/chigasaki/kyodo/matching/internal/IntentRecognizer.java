package jp.chigasaki.kyodo.matching.internal;

import java.util.Map;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Decides whether a question is one of the conversational intents or an ordinary FAQ question. */
final class IntentRecognizer {

	private final IntentModel model;

	IntentRecognizer(KnowledgeBase base, Analysis analysis) {
		this.model = new IntentModel(base, analysis);
	}

	Vote vote(Analysed text) {
		String exact = model.exactExample(text);
		Map<String, Double> posteriors = model.posteriors(text);
		double notFaq = posteriors.isEmpty() ? 0 : 1 - posteriors.getOrDefault(IntentModel.FAQ, 0.0);
		if (exact != null) {
			return new Vote(exact, 1, notFaq, true);
		}
		String best = null;
		double confidence = 0;
		for (Map.Entry<String, Double> posterior : posteriors.entrySet()) {
			if (posterior.getValue() > confidence) {
				best = posterior.getKey();
				confidence = posterior.getValue();
			}
		}
		if (IntentModel.FAQ.equals(best)) {
			best = null;
		}
		return new Vote(best, best == null ? 0 : confidence, notFaq, false);
	}

	/**
	 * @param intent the most probable intent, or null when an FAQ question is more probable
	 * @param confidence its posterior probability
	 * @param outOfScope the posterior probability that the question is not an FAQ question (0 without intents)
	 * @param exact the question says exactly the words of one of the intent's examples
	 */
	record Vote(String intent, double confidence, double outOfScope, boolean exact) {
	}
}
