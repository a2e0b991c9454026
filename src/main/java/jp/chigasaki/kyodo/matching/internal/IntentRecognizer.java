package jp.chigasaki.kyodo.matching.internal;

import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Decides whether a question is one of the conversational intents or an ordinary FAQ question. */
final class IntentRecognizer {

	/** The intents said in so many words (こんにちは, ありがとう, メニュー), not described: a few shared sounds do not make them. */
	private static final List<String> SAID_IN_WORDS = List.of(Intent.GREETING, Intent.THANKS, Intent.HELP_MENU);

	private final IntentModel model;

	IntentRecognizer(KnowledgeBase base, Analysis analysis) {
		this.model = new IntentModel(base, analysis);
	}

	Vote vote(Analysed text) {
		String exact = model.exactExample(text);
		Map<String, Double> posteriors = model.posteriors(text);
		double notFaq = posteriors.isEmpty() ? 0 : 1 - posteriors.getOrDefault(IntentModel.FAQ, 0.0);
		if (exact != null) {
			return new Vote(exact, 1, notFaq, true, foreign(exact, text));
		}
		// A greeting, thanks or request for the menu that the message does not say is ruled out. The other classes do
		// not gain by it: what made it probable were sounds, which say nothing for them either.
		for (String social : SAID_IN_WORDS) {
			if (posteriors.containsKey(social) && model.unsaid(text, social)) {
				posteriors.put(social, 0.0);
			}
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
		return new Vote(best, best == null ? 0 : confidence, notFaq, false, foreign(best, text));
	}

	/** Whether an out-of-scope vote rests on a word foreign to the knowledge; asked of that vote only. */
	private boolean foreign(String intent, Analysed text) {
		return Intent.OUT_OF_SCOPE.equals(intent) && model.foreign(text);
	}

	/**
	 * @param intent the most probable intent, or null when an FAQ question is more probable
	 * @param confidence its posterior probability
	 * @param outOfScope the posterior probability that the question is not an FAQ question (0 without intents)
	 * @param exact the question says exactly the words of one of the intent's examples
	 * @param foreign an out-of-scope vote, and one of the question's words is in the out-of-scope examples and in no FAQ
	 *        question or phrasing (false for any other intent)
	 */
	record Vote(String intent, double confidence, double outOfScope, boolean exact, boolean foreign) {
	}
}
