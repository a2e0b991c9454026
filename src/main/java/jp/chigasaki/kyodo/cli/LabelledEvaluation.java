package jp.chigasaki.kyodo.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;

/**
 * Scores a classifier on the labelled set. A question is right at top-1 (top-3) when the recognised intent is one
 * of its acceptable answers ({@code expect} and {@code also}), or when no preempting intent (greeting, thanks, menu,
 * talk-to-human, out-of-scope) took it and the first candidate (one of the first three) is acceptable; an
 * {@code escalate} question is right at top-1 when the band is LOW or the person is handed to a human, and at top-3
 * also when the band is CLARIFY (that reply offers 「担当者に相談」 beside the candidates). An out-of-scope question
 * (expected {@code escalate} or {@code out-of-scope}) is "confidently answered" when its band is ANSWER and no human
 * hand-over was recognised.
 */
final class LabelledEvaluation {

	private static final Set<String> PREEMPTING = Set.of(Intent.GREETING, Intent.THANKS, Intent.HELP_MENU,
			Intent.TALK_TO_HUMAN, Intent.OUT_OF_SCOPE);

	private final Map<Band, Integer> bands = new EnumMap<>(Band.class);
	private int questions;
	private int top1;
	private int top3;
	private int outOfScope;
	private int outOfScopeAnswered;
	private int answered;
	private int answeredRight;

	LabelledEvaluation() {
		for (Band band : Band.values()) {
			bands.put(band, 0);
		}
	}

	/** Adds one question's result; true when it was right at top-1. */
	boolean add(LabelledSet.Question question, Classification result) {
		questions++;
		bands.merge(result.band(), 1, Integer::sum);
		boolean first = rightAt(question, result, 1);
		top1 += first ? 1 : 0;
		top3 += rightAt(question, result, 3) ? 1 : 0;
		if (result.band() == Band.ANSWER && !Intent.KNOWN.contains(question.expected())) {
			answered++;
			answeredRight += first ? 1 : 0;
		}
		if (isOutOfScope(question.expected())) {
			outOfScope++;
			outOfScopeAnswered += result.band() == Band.ANSWER && !Intent.TALK_TO_HUMAN.equals(result.intent()) ? 1
					: 0;
		}
		return first;
	}

	private static boolean rightAt(LabelledSet.Question question, Classification result, int k) {
		if (isOutOfScope(question.expected())) {
			// The right first reply is "I cannot answer that, here is a coordinator"; among three options it is
			// also right to offer candidates together with 「担当者に相談」, which every CLARIFY reply does.
			return result.band() == Band.LOW || Intent.TALK_TO_HUMAN.equals(result.intent())
					|| (k > 1 && result.band() == Band.CLARIFY);
		}
		List<String> acceptable = question.acceptable();
		if (result.intent() != null && acceptable.contains(result.intent())) {
			return true;
		}
		if (result.intent() != null && PREEMPTING.contains(result.intent())) {
			return false;
		}
		return result.candidates().stream().limit(k).map(Candidate::faqId).anyMatch(acceptable::contains);
	}

	private static boolean isOutOfScope(String expected) {
		return LabelledSet.ESCALATE.equals(expected) || Intent.OUT_OF_SCOPE.equals(expected);
	}

	Report report() {
		return new Report(questions, ratio(top1, questions), ratio(top3, questions), outOfScope,
				ratio(outOfScopeAnswered, outOfScope), ratio(answeredRight, answered), Map.copyOf(bands));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

	/** @param answerPrecision share of right answers among the non-intent questions answered in the ANSWER band */
	record Report(int questions, double top1, double top3, int outOfScope, double outOfScopeAnswered,
			double answerPrecision, Map<Band, Integer> bands) {

		List<Object> values() {
			return List.of(questions, top1, top3, outOfScope, outOfScopeAnswered, answerPrecision);
		}
	}
}
