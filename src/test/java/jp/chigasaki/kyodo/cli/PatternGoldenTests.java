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
 * ({@code eval/patterns.yaml}) and the blind dev splits the calibration and thresholds were chosen on. Never a blind
 * test split.
 */
class PatternGoldenTests {

	private static Map<String, Object> patterns;

	private static Map<String, Object> blindDev;

	private static Map<String, Object> blind2Dev;

	private static Map<String, Object> blind3Dev;

	private static Map<String, Object> blind4Dev;

	private static Map<String, Object> blind5Dev;
	private static Map<String, Object> blind6Dev;

	private static Map<String, Object> blind7Dev;

	private static Map<String, Object> blind8Dev;

	@BeforeAll
	static void reply() throws Exception {
		KnowledgeBase base = KnowledgeBase.load(Path.of("faq"), Path.of("intents"));
		DialoguePolicy policy = new DialoguePolicy(() -> base,
				MatchingEngine.create(base, MatchingProperties.defaults()));
		patterns = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/patterns.yaml")), null);
		blindDev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind-dev.yaml")), null);
		blind2Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind2-dev.yaml")), null);
		blind3Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind3-dev.yaml")), null);
		blind4Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind4-dev.yaml")), null);
		blind5Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind5-dev.yaml")), null);
		blind6Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind6-dev.yaml")), null);
		blind7Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind7-dev.yaml")), null);
		blind8Dev = EvalCommand.replies(policy, LabelledSet.load(Path.of("eval/blind8-dev.yaml")), null);
	}

	@Test
	void answersMostPatternQuestionsDirectlyAndRight() {
		// Floors at the operating point chosen on the blind dev splits (docs/matching.md).
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
		// The operating point (the most answered right with confident-wrong at most 3% on each of the first four blind
		// dev splits and no out-of-scope question answered; docs/matching.md), with the ninth pass's lone asking
		// sentence and kana spelling and the tenth pass's contact look-up and introductions: about one question under
		// each figure.
		keepsFloors(blindDev, 0.57, 0.78, 0.03);
	}

	@Test
	void theSecondBlindDevSplitKeepsItsFloors() {
		keepsFloors(blind2Dev, 0.58, 0.80, 0.03);
	}

	@Test
	void theThirdBlindDevSplitKeepsItsFloors() {
		// Half of its in-scope questions ask for something no entry fully answers (eval/README.md): low floors. Its
		// third confident-wrong answer (tenth pass): a department asking to see the list of registered groups, in
		// order to work with them, gets who introduces groups where the label wanted the registration entry.
		keepsFloors(blind3Dev, 0.46, 0.77, 0.035);
	}

	@Test
	void theFourthBlindDevSplitKeepsItsFloors() {
		// Its third confident-wrong answer (tenth pass): 「ボランティア さがしてる 団体 と 人 つなぐ 仕組み ある？」 gets who
		// introduces groups (the support centre's matching) where the label wanted the centre's consultation only.
		keepsFloors(blind4Dev, 0.52, 0.85, 0.035);
	}

	@Test
	void theFifthBlindDevSplitKeepsItsFloors() {
		// Arrived after the operating point was chosen and measured it fresh: its confident-wrong (5 of 90) is over the
		// 3% target, and one of its 10 out-of-scope questions (which window handles a care-need certification) gets the
		// who-to-consult answer naming the welfare contact entry, as any activity does (docs/benchmarks.md). Since kana
		// spelling is on (ninth pass) a sixth: 「ぶんかさいで…どこにそうだんすればいいかな」 reads like its kanji form, which
		// the who-to-consult handler answered with 社会教育課's entry where the label wanted the support centre's matching;
		// since the tenth pass's introductions it gets the matching entry.
		keepsFloors(blind5Dev, 0.39, 0.72, 0.06, 0.1);
	}

	@Test
	void theSixthBlindDevSplitKeepsItsFloors() {
		// English and romaji (eval/README.md). Its one confident-wrong answer (1 of 41): a romaji question on the
		// step-up grant's amount is answered with the step-up menu item (which states the amount) where the label wanted
		// the FAQ entry. (The romaji NPO question the who-to-consult handler answered with the go-between gets the NPO
		// entry since the tenth pass.)
		keepsFloors(blind6Dev, 0.41, 0.70, 0.03);
	}

	@Test
	void theSeventhBlindDevSplitKeepsItsFloors() {
		// Arrived during the tenth pass, after its changes were designed: it measured them fresh (docs/benchmarks.md).
		// Its two confident-wrong answers (2 of 90) were there before the pass; a third, a department asking for groups
		// in its own field and answered with its own contact entry, is right since the eleventh pass.
		keepsFloors(blind7Dev, 0.57, 0.87, 0.025);
	}

	@Test
	void theEighthBlindDevSplitKeepsItsFloors() {
		// Arrived in the eighteenth pass and measured the seventeenth pass's build fresh (0.621 right, 0.823 within one
		// tap, 8 of 232 confident-wrong; docs/benchmarks.md). Only questions an entry answers, none out of scope.
		keepsFloors(blind8Dev, 0.61, 0.81, 0.04);
	}

	private static void keepsFloors(Map<String, Object> replies, double right, double oneTap, double wrong) {
		keepsFloors(replies, right, oneTap, wrong, 0);
	}

	private static void keepsFloors(Map<String, Object> replies, double right, double oneTap, double wrong,
			double outOfScopeAnswered) {
		assertThat((double) replies.get("replyAnsweredRight")).isGreaterThanOrEqualTo(right);
		assertThat((double) replies.get("replyRightWithinOneTap")).isGreaterThanOrEqualTo(oneTap);
		assertThat((double) replies.get("replyConfidentWrong")).isLessThanOrEqualTo(wrong);
		assertThat((double) replies.get("replyOutOfScopeAnswered")).isLessThanOrEqualTo(outOfScopeAnswered);
	}
}
