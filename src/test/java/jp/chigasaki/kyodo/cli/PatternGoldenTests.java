package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Floors on what the bot replies, over the real files: the patterns in the engine engineer's own examples
 * ({@code eval/patterns.yaml}) and the blind dev split the thresholds were chosen on. Never the blind test split.
 */
class PatternGoldenTests {

	private static Map<String, Object> patterns;

	private static Map<String, Object> blindDev;

	@BeforeAll
	static void reply() throws Exception {
		KnowledgeBase base = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		DialoguePolicy policy = new DialoguePolicy(() -> base,
				MatchingEngine.create(base, MatchingProperties.defaults()));
		patterns = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/patterns.yaml")), null);
		blindDev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind-dev.yaml")), null);
	}

	@Test
	void answersMostPatternQuestionsDirectlyAndRight() {
		// Floors at the operating point chosen for confident-wrong <= 3% on blind-dev (answer 0.91, docs/matching.md).
		assertThat((double) patterns.get("replyAnsweredRight")).isGreaterThanOrEqualTo(0.58);
		assertThat((double) patterns.get("replyRightWithinOneTap")).isGreaterThanOrEqualTo(0.80);
	}

	@Test
	void answersNoOutOfScopePatternAndRarelyAnswersWrong() {
		assertThat((double) patterns.get("replyOutOfScopeAnswered")).isZero();
		assertThat((double) patterns.get("replyConfidentWrong")).isLessThanOrEqualTo(0.03);
	}

	@Test
	void blindDevKeepsItsFloorsAndAnswersNoOutOfScopeQuestion() {
		assertThat((double) blindDev.get("replyAnsweredRight")).isGreaterThanOrEqualTo(0.32);
		assertThat((double) blindDev.get("replyRightWithinOneTap")).isGreaterThanOrEqualTo(0.64);
		assertThat((double) blindDev.get("replyConfidentWrong")).isLessThanOrEqualTo(0.03);
		assertThat((double) blindDev.get("replyOutOfScopeAnswered")).isZero();
	}
}
