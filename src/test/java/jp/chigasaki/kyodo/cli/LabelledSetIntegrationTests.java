package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The quality floors on the held-out test part of the project's labelled set, over the real {@code faq/} and
 * {@code intents/} with the default configuration. Runs once {@code eval/labelled-test.yaml} exists (it is written
 * separately from the engine, and never used for tuning).
 */
class LabelledSetIntegrationTests {

	private static final Path TEST_SET = Path.of("eval/labelled-test.yaml");

	private static Map<String, Object> result;

	@BeforeAll
	static void evaluate() throws Exception {
		assumeTrue(Files.exists(TEST_SET), "eval/labelled-test.yaml has not landed yet");
		KnowledgeBase base = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		MatchingEngine engine = MatchingEngine.create(base, MatchingProperties.defaults());
		result = EvalCommand.evaluate(engine, LabelledSet.load(TEST_SET), null);
	}

	@Test
	void topOneAccuracyIsAtLeastNinetyPercent() {
		assertThat((double) result.get("top1")).isGreaterThanOrEqualTo(0.90);
	}

	@Test
	void topThreeAccuracyIsAtLeastNinetySevenPercent() {
		assertThat((double) result.get("top3")).isGreaterThanOrEqualTo(0.97);
	}

	@Test
	void atMostFivePercentOfOutOfScopeQuestionsAreAnsweredConfidently() {
		assertThat((int) result.get("outOfScope")).isPositive();
		assertThat((double) result.get("outOfScopeAnswered")).isLessThanOrEqualTo(0.05);
	}
}
