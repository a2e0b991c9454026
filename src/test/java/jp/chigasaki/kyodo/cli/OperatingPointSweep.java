package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Prints what the bot replies on a labelled set (and on a second set, for its out-of-scope answers) for a grid of
 * answer and one-sentence answer thresholds, with given calibration weights, to choose the operating point on dev
 * splits (docs/matching.md, 2026-12-02). Run: {@code java -cp $CP jp.chigasaki.kyodo.cli.OperatingPointSweep faq
 * intents eval/blind-dev.yaml,eval/blind2-dev.yaml eval/labelled-dev.yaml,eval/patterns.yaml [bias top margin matched
 * known outOfScope]} (comma-separated files are scored as one set).
 */
public final class OperatingPointSweep {

	private static final double[] ONE_SENTENCE = { 0.7, 0.75, 0.8, 0.85, 0.9 };

	private OperatingPointSweep() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		LabelledSet blind = joined(args[2]);
		LabelledSet other = joined(args[3]);
		MatchingProperties defaults = MatchingProperties.defaults();
		MatchingProperties.Calibration calibration = args.length >= 10 ? new MatchingProperties.Calibration(
				Double.parseDouble(args[4]), Double.parseDouble(args[5]), Double.parseDouble(args[6]),
				Double.parseDouble(args[7]), Double.parseDouble(args[8]), Double.parseDouble(args[9]))
				: defaults.calibration();
		System.out.println("| answer | one sentence | right | one tap | wrong | OOS answered | other: right | wrong | OOS |");
		for (double answer = 0.74; answer <= 0.981; answer += 0.02) {
			for (double oneSentence : ONE_SENTENCE) {
				if (oneSentence <= answer) {
					print(base, blind, other, defaults.withCalibration(calibration).withAnswerThresholds(answer,
							oneSentence), answer, oneSentence);
				}
			}
			print(base, blind, other, defaults.withCalibration(calibration).withAnswerThresholds(answer, answer), answer,
					answer);
		}
	}

	/** The questions of comma-separated files, scored as one set. */
	static LabelledSet joined(String files) throws IOException {
		java.util.List<LabelledSet.Question> questions = new java.util.ArrayList<>();
		for (String file : files.split(",")) {
			questions.addAll(LabelledSet.load(Path.of(file)).questions());
		}
		return new LabelledSet(questions);
	}

	private static void print(KnowledgeBase base, LabelledSet blind, LabelledSet other, MatchingProperties properties,
			double answer, double oneSentence) {
		DialoguePolicy policy = new DialoguePolicy(() -> base, MatchingEngine.create(base, properties));
		Map<String, Object> b = EvalCommand.replies(policy, blind, null);
		Map<String, Object> o = EvalCommand.replies(policy, other, null);
		System.out.printf(Locale.ROOT, "| %.2f | %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", answer,
				oneSentence, b.get("replyAnsweredRight"), b.get("replyRightWithinOneTap"), b.get("replyConfidentWrong"),
				b.get("replyOutOfScopeAnswered"), o.get("replyAnsweredRight"), o.get("replyConfidentWrong"),
				o.get("replyOutOfScopeAnswered"));
	}
}
