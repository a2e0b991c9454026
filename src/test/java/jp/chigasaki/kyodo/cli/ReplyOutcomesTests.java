package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.knowledge.Audience;

class ReplyOutcomesTests {

	private final ReplyOutcomes outcomes = new ReplyOutcomes();

	@Test
	void countsDirectAnswersOneTapClarifiesFallbacksWrongAnswersAndAnsweredOutOfScope() {
		outcomes.add(question("genki-kikin-amount"), answer("genki-kikin-amount"), List.of("genki-kikin-amount"));
		outcomes.add(question("genki-kikin-amount"), clarify("genki-kikin-amount", "x"), List.of());
		outcomes.add(question("genki-kikin-amount"), clarify("x", "genki-kikin-amount"), List.of());
		outcomes.add(question("genki-kikin-amount"), answer("sapocen-about"), List.of("sapocen-about"));
		outcomes.add(question("genki-kikin-amount"), reply(Decision.FALLBACK, null, ConversationState.NEW), List.of());
		outcomes.add(question("escalate"), answer("sapocen-about"), List.of("sapocen-about"));
		outcomes.add(question("escalate"), reply(Decision.FALLBACK, null, ConversationState.NEW), List.of());

		Map<String, Object> report = outcomes.report();
		assertThat(report).containsEntry("replyAnsweredRight", 1 / 5.0)
			.containsEntry("replyRightWithinOneTap", 2 / 5.0)
			.containsEntry("replyClarify", 2 / 5.0)
			.containsEntry("replyInScopeFallback", 1 / 5.0)
			.containsEntry("replyConfidentWrong", 1 / 5.0)
			.containsEntry("replyOutOfScopeAnswered", 1 / 2.0);
	}

	@Test
	void secondAnswerOfATwoQuestionMessageCountsAndIntentsCountByDecision() {
		assertThat(outcomes.add(question("sapocen-hours"), answer("genki-kikin-amount"),
				List.of("genki-kikin-amount", "sapocen-hours"))).isTrue();
		assertThat(outcomes.add(question("greeting"), reply(Decision.GREETING, null, ConversationState.NEW),
				List.of())).isTrue();
		assertThat(outcomes.add(question("talk-to-human"), reply(Decision.MENU, null, ConversationState.NEW),
				List.of())).isFalse();
	}

	private static LabelledSet.Question question(String expected) {
		return new LabelledSet.Question("q", expected, List.of(), Audience.MEMBER, null, 1);
	}

	private static Reply answer(String id) {
		return reply(Decision.ANSWER, id, new ConversationState(List.of(), 0, id));
	}

	private static Reply clarify(String... offered) {
		return reply(Decision.CLARIFY, null, new ConversationState(List.of(offered), 0, null));
	}

	private static Reply reply(Decision decision, String faqId, ConversationState next) {
		return new Reply(decision, null, faqId, null, 0.5, List.of(), List.of(), List.of(), next);
	}
}
