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
 * @param leads on a CLARIFY: the best candidate, at least {@code kyodo.matching.lead-threshold} confident, leads the
 * next one by {@code kyodo.matching.lead} or more: the dialogue answers it when neither an intent nor one of its own
 * rules (a department's phone, the common needs, two questions, …) decides otherwise. Always false on other
 * bands, and false on every classification the dialogue rewrites to a lower band
 */
public record Classification(String intent, double intentConfidence, List<Candidate> candidates, double confidence,
		Band band, boolean leads) {

	public Classification {
		candidates = List.copyOf(candidates);
		leads = leads && band == Band.CLARIFY;
	}

	/** A classification whose best candidate does not lead ({@link #leads()} false). */
	public Classification(String intent, double intentConfidence, List<Candidate> candidates, double confidence,
			Band band) {
		this(intent, intentConfidence, candidates, confidence, band, false);
	}
}
