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
 * Prints what the bot replies on a labelled set for a range of answer and clarify thresholds (the one-sentence answer
 * threshold and the calibration at their defaults), to choose the clarify threshold on dev splits;
 * {@link OperatingPointSweep} sweeps the two answer thresholds with given weights. Run: {@code java -cp $CP
 * jp.chigasaki.kyodo.cli.ThresholdSweep faq intents eval/blind-dev.yaml,eval/blind2-dev.yaml,eval/blind3-dev.yaml}
 * (comma-separated files are scored as one set).
 */
public final class ThresholdSweep {

	private ThresholdSweep() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		LabelledSet set = OperatingPointSweep.joined(args[2]);
		MatchingProperties defaults = MatchingProperties.defaults();
		System.out.println("| answer | clarify | right | one tap | clarify | fallback | wrong | OOS answered |");
		for (double answer = 0.5; answer <= 0.951; answer += 0.05) {
			for (double clarify : new double[] { 0.1, 0.15, 0.18, 0.2, 0.25, 0.3, 0.4 }) {
				MatchingProperties properties = new MatchingProperties(answer, defaults.oneSentenceAnswerThreshold(),
						defaults.agreementThreshold(), defaults.phrasingModelThreshold(), defaults.leadThreshold(),
						defaults.lead(), clarify,
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
