package jp.chigasaki.kyodo.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Scores what the bot actually replies (the dialogue policy over the engine), the way a person reading the reply
 * would: was the question answered directly and right, was the right entry one tap away (a clarify whose first
 * option is right), or did the bot ask back, give up, or answer something wrong.
 * <p>
 * In scope: a question expecting an FAQ entry, a menu item or an intent other than out-of-scope. Right directly: the
 * reply answers with an acceptable entry ({@code faqId}, or for a two-question message any entry it answered), or
 * its intent or decision is the one expected (greeting or thanks → greeting, help-menu or what-is-possible → menu,
 * talk-to-human → escalate, who-to-consult → an answer naming a department, {@code dept:ID} → department ID's card,
 * as for 「その課の電話番号は？」 after an answer that named it). Confident-wrong: an in-scope question
 * answered with an entry that is not acceptable. Out-of-scope answered: an {@code escalate} question answered with an
 * entry.
 */
final class ReplyOutcomes {

	static final List<String> NAMES = List.of("replyAnsweredRight", "replyRightWithinOneTap", "replyClarify",
			"replyInScopeFallback", "replyConfidentWrong", "replyOutOfScopeAnswered");

	/** The label prefix of a department's card: {@code dept:} and the department's id. */
	static final String DEPARTMENT = "dept:";

	private static final Map<String, Set<Decision>> INTENT_DECISIONS = Map.of(Intent.GREETING,
			Set.of(Decision.GREETING), Intent.THANKS, Set.of(Decision.GREETING), Intent.HELP_MENU, Set.of(Decision.MENU),
			Intent.WHAT_IS_POSSIBLE, Set.of(Decision.MENU), Intent.TALK_TO_HUMAN, Set.of(Decision.ESCALATE));

	private int inScope;
	private int outOfScope;
	private int right;
	private int oneTap;
	private int clarify;
	private int fallback;
	private int wrong;
	private int outOfScopeAnswered;

	/** Adds one reply; true when it was right directly (for out-of-scope questions: not answered as an FAQ). */
	boolean add(LabelledSet.Question question, Reply reply, List<String> answeredIds) {
		if (LabelledSet.ESCALATE.equals(question.expected()) || Intent.OUT_OF_SCOPE.equals(question.expected())) {
			outOfScope++;
			boolean answered = reply.decision() == Decision.ANSWER && reply.faqId() != null;
			outOfScopeAnswered += answered ? 1 : 0;
			return !answered;
		}
		inScope++;
		List<String> acceptable = question.acceptable();
		boolean direct = directlyRight(acceptable, reply, answeredIds);
		right += direct ? 1 : 0;
		boolean firstOption = reply.decision() == Decision.CLARIFY && !reply.next().offered().isEmpty()
				&& acceptable.contains(reply.next().offered().get(0));
		oneTap += direct || firstOption ? 1 : 0;
		clarify += reply.decision() == Decision.CLARIFY ? 1 : 0;
		fallback += reply.decision() == Decision.FALLBACK || reply.decision() == Decision.ESCALATE
				&& !acceptable.contains(Intent.TALK_TO_HUMAN) ? 1 : 0;
		wrong += !direct && reply.decision() == Decision.ANSWER && reply.faqId() != null ? 1 : 0;
		return direct;
	}

	private static boolean directlyRight(List<String> acceptable, Reply reply, List<String> answeredIds) {
		if (reply.decision() == Decision.ANSWER && answeredIds.stream().anyMatch(acceptable::contains)) {
			return true;
		}
		if (reply.decision() == Decision.ANSWER && reply.faqId() == null && reply.departmentId() != null
				&& acceptable.contains(DEPARTMENT + reply.departmentId())) {
			return true;
		}
		if (reply.intent() != null && acceptable.contains(reply.intent()) && reply.decision() != Decision.FALLBACK) {
			return !Intent.WHO_TO_CONSULT.equals(reply.intent()) || reply.departmentId() != null;
		}
		return acceptable.stream()
			.anyMatch(id -> INTENT_DECISIONS.getOrDefault(id, Set.of()).contains(reply.decision()));
	}

	Map<String, Object> report() {
		Map<String, Object> report = new LinkedHashMap<>();
		List<Double> values = List.of(ratio(right, inScope), ratio(oneTap, inScope), ratio(clarify, inScope),
				ratio(fallback, inScope), ratio(wrong, inScope), ratio(outOfScopeAnswered, outOfScope));
		for (int i = 0; i < NAMES.size(); i++) {
			report.put(NAMES.get(i), values.get(i));
		}
		return report;
	}

	private static double ratio(int part, int whole) {
		return whole == 0 ? 0 : (double) part / whole;
	}
}
