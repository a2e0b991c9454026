package jp.chigasaki.kyodo.matching;

import java.util.List;


/**
 * What the engine understood of one question.
 *
 * @param intent the recognised conversational intent id ({@code jp.chigasaki.kyodo.knowledge.Intent}), or null when
 * the question is an ordinary FAQ question
 * @param intentConfidence confidence of {@code intent} in [0,1], 0 when null
 * @param candidates FAQ entries and menu items visible to the audience, best first, each with a calibrated
 * confidence in [0,1]
 * @param confidence the confidence of the best candidate (0 when there is none)
 * @param band the band {@code confidence} falls in, given the configured thresholds; LOW for out-of-scope questions
 */
public record Classification(String intent, double intentConfidence, List<Candidate> candidates, double confidence,
		Band band) {

	public Classification {
		candidates = List.copyOf(candidates);
	}
}
