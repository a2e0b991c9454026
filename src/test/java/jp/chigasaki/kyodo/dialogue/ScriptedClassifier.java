package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * A hand-written stand-in for the matching engine: answers each scripted question with the classification the test
 * gives, anything else with a low band and no candidates. It ignores the audience on purpose, like a faulty engine
 * would, so that the tests show the dialogue keeps staff-only entries from members by itself.
 */
final class ScriptedClassifier implements QuestionClassifier {

	private final Map<String, Classification> script = new HashMap<>();
	final List<String> asked = new ArrayList<>();

	ScriptedClassifier when(String question, Classification classification) {
		script.put(question, classification);
		return this;
	}

	@Override
	public Classification classify(String question, Audience audience) {
		asked.add(question);
		return script.getOrDefault(question, low());
	}

	static Classification answer(String id, double confidence) {
		return new Classification(null, 0, List.of(candidate(id, confidence)), confidence, Band.ANSWER);
	}

	static Classification clarify(String... ids) {
		return new Classification(null, 0, candidates(ids), 0.5, Band.CLARIFY);
	}

	/** A clarify over two candidates with the given confidences. */
	static Classification clarify(String first, double firstConfidence, String second, double secondConfidence) {
		return new Classification(null, 0, List.of(candidate(first, firstConfidence), candidate(second,
				secondConfidence)), firstConfidence, Band.CLARIFY);
	}

	static Classification low() {
		return new Classification(null, 0, List.of(), 0, Band.LOW);
	}

	static Classification intent(String intent, Band band, String... ids) {
		List<Candidate> candidates = candidates(ids);
		double confidence = candidates.isEmpty() ? 0 : candidates.get(0).confidence();
		return new Classification(intent, 0.9, candidates, confidence, band);
	}

	/** Candidates with falling confidence, best first: 0.9, 0.8, … */
	static List<Candidate> candidates(String... ids) {
		return Arrays.stream(ids).map(id -> candidate(id, 0.9 - 0.1 * Arrays.asList(ids).indexOf(id))).toList();
	}

	private static Candidate candidate(String id, double confidence) {
		return new Candidate(id, "title of " + id, confidence);
	}
}
