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
 * Prints what the bot replies on a labelled set for a range of answer and clarify thresholds, to choose them on a dev
 * split. Run: {@code java -cp $CP jp.chigasaki.kyodo.cli.ThresholdSweep faq intents eval/blind-dev.yaml}
 */
public final class ThresholdSweep {

	private ThresholdSweep() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		LabelledSet set = LabelledSet.load(Path.of(args[2]));
		MatchingProperties defaults = MatchingProperties.defaults();
		System.out.println("| answer | clarify | right | one tap | clarify | fallback | wrong | OOS answered |");
		for (double answer = 0.5; answer <= 0.951; answer += 0.05) {
			for (double clarify : new double[] { 0.2, 0.3, 0.4 }) {
				MatchingProperties properties = new MatchingProperties(answer, defaults.oneSentenceAnswerThreshold(), clarify,
						defaults.intentThreshold(), defaults.maxCandidates(), defaults.maxQuestionChars(),
						defaults.analysis(), defaults.calibration());
				MatchingEngine engine = MatchingEngine.create(base, properties);
				Map<String, Object> r = EvalCommand.replies(new DialoguePolicy(() -> base, engine), set, null);
				StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %.2f | %.2f |", answer, clarify));
				ReplyOutcomes.NAMES.forEach(name -> row.append(String.format(Locale.ROOT, " %.3f |", r.get(name))));
				System.out.println(row);
			}
		}
	}
}
