package jp.chigasaki.kyodo.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jp.chigasaki.kyodo.dialogue.Candidate;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.QuestionClassifier;

/**
 * Scores a classifier on the labelled set. An FAQ or menu question is right at top-1 (top-3) when the expected id is
 * the first (among the first three) candidates and no preempting intent (greeting, thanks, menu, talk-to-human,
 * out-of-scope) took the question; an intent question when that intent is recognised; an {@code escalate} question
 * when the band is LOW or the person is handed to a human. An out-of-scope question (expected {@code escalate} or
 * {@code out-of-scope}) is "confidently answered" when its band is ANSWER and no human hand-over was recognised.
 */
final class LabelledEvaluation {

	private static final Set<String> PREEMPTING = Set.of(Intent.GREETING, Intent.THANKS, Intent.HELP_MENU,
			Intent.TALK_TO_HUMAN, Intent.OUT_OF_SCOPE);

	private final KnowledgeBase base;
	private final Map<Band, Integer> bands = new EnumMap<>(Band.class);
	private int questions;
	private int top1;
	private int top3;
	private int outOfScope;
	private int outOfScopeAnswered;
	private int departments;
	private int departmentsRight;

	LabelledEvaluation(KnowledgeBase base) {
		this.base = base;
		for (Band band : Band.values()) {
			bands.put(band, 0);
		}
	}

	/** Adds one question's result; true when it was right at top-1. */
	boolean add(LabelledSet.Question question, Classification result) {
		questions++;
		bands.merge(result.band(), 1, Integer::sum);
		boolean first = rightAt(question.expected(), result, 1);
		top1 += first ? 1 : 0;
		top3 += rightAt(question.expected(), result, 3) ? 1 : 0;
		if (isOutOfScope(question.expected())) {
			outOfScope++;
			outOfScopeAnswered += result.band() == Band.ANSWER && !Intent.TALK_TO_HUMAN.equals(result.intent()) ? 1
					: 0;
		}
		if (question.department() != null) {
			departments++;
			departmentsRight += question.department().equals(topDepartment(result).orElse(null)) ? 1 : 0;
		}
		return first;
	}

	private boolean rightAt(String expected, Classification result, int k) {
		if (isOutOfScope(expected)) {
			return result.band() == Band.LOW || Intent.TALK_TO_HUMAN.equals(result.intent());
		}
		if (Intent.KNOWN.contains(expected)) {
			return expected.equals(result.intent());
		}
		if (result.intent() != null && PREEMPTING.contains(result.intent())) {
			return false;
		}
		return result.candidates().stream().limit(k).map(Candidate::faqId).anyMatch(expected::equals);
	}

	private static boolean isOutOfScope(String expected) {
		return LabelledSet.ESCALATE.equals(expected) || Intent.OUT_OF_SCOPE.equals(expected);
	}

	private Optional<String> topDepartment(Classification result) {
		if (result.candidates().isEmpty()) {
			return Optional.empty();
		}
		String id = result.candidates().get(0).faqId();
		return base.faq(id).map(FaqEntry::departmentId).or(() -> base.menuItem(id).map(MenuItem::departmentId));
	}

	Report report() {
		return new Report(questions, ratio(top1, questions), ratio(top3, questions), outOfScope,
				ratio(outOfScopeAnswered, outOfScope), departments, ratio(departmentsRight, departments),
				Map.copyOf(bands));
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}

	record Report(int questions, double top1, double top3, int outOfScope, double outOfScopeAnswered,
			int departments, double departmentAccuracy, Map<Band, Integer> bands) {

		List<Object> values() {
			return List.of(questions, top1, top3, outOfScope, outOfScopeAnswered, departments, departmentAccuracy);
		}
	}
}
