package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * How well the way the answer threshold is chosen generalises, by 5-fold cross-validation over blind-dev: per fold,
 * the calibration is fitted on labelled-dev plus the other four folds, the answer threshold is the one answering most
 * of those four folds right while their confident-wrong stays at most MAX_WRONG and no out-of-scope question of
 * them or of labelled-dev is answered, and the held-out fold is scored with both. Run:
 * {@code java -cp $CP jp.chigasaki.kyodo.cli.ThresholdCrossValidation faq intents eval/blind-dev.yaml
 * eval/labelled-dev.yaml 0.03}
 */
public final class ThresholdCrossValidation {

	private static final int FOLDS = 5;

	private ThresholdCrossValidation() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		List<LabelledSet.Question> blind = new ArrayList<>(LabelledSet.load(Path.of(args[2])).questions());
		LabelledSet labelled = LabelledSet.load(Path.of(args[3]));
		double maxWrong = Double.parseDouble(args[4]);
		Collections.shuffle(blind, new Random(7));
		MatchingProperties defaults = MatchingProperties.defaults();
		MatchingEngine engine = MatchingEngine.create(base, defaults);
		double[] pooled = new double[3];
		int inScope = 0;
		for (int fold = 0; fold < FOLDS; fold++) {
			List<LabelledSet.Question> training = new ArrayList<>();
			List<LabelledSet.Question> heldOut = new ArrayList<>();
			for (int i = 0; i < blind.size(); i++) {
				(i % FOLDS == fold ? heldOut : training).add(blind.get(i));
			}
			List<LabelledSet.Question> fitOn = new ArrayList<>(labelled.questions());
			fitOn.addAll(training);
			MatchingProperties.Calibration calibration = engine.fitCalibration(EvalCommand.calibrationSamples(fitOn));
			double chosen = 0.99;
			double best = -1;
			for (double answer = 0.6; answer <= 0.98; answer += 0.02) {
				Map<String, Object> train = replies(base, with(defaults, answer, calibration), training);
				Map<String, Object> other = replies(base, with(defaults, answer, calibration), labelled.questions());
				double right = (double) train.get("replyAnsweredRight");
				if ((double) train.get("replyConfidentWrong") <= maxWrong
						&& (double) train.get("replyOutOfScopeAnswered") == 0
						&& (double) other.get("replyOutOfScopeAnswered") == 0 && right > best) {
					chosen = answer;
					best = right;
				}
			}
			Map<String, Object> r = replies(base, with(defaults, chosen, calibration), heldOut);
			System.out.printf(Locale.ROOT, "fold %d (%d questions): answer threshold %.2f -> right %.3f, one tap %.3f,"
					+ " confident-wrong %.3f, out of scope answered %.3f%n", fold, heldOut.size(), chosen,
					r.get("replyAnsweredRight"), r.get("replyRightWithinOneTap"), r.get("replyConfidentWrong"),
					r.get("replyOutOfScopeAnswered"));
			long n = heldOut.stream().filter(q -> !LabelledSet.ESCALATE.equals(q.expected())).count();
			inScope += (int) n;
			pooled[0] += n * (double) r.get("replyAnsweredRight");
			pooled[1] += n * (double) r.get("replyRightWithinOneTap");
			pooled[2] += n * (double) r.get("replyConfidentWrong");
		}
		System.out.printf(Locale.ROOT, "pooled over %d in-scope questions: right %.3f, one tap %.3f, confident-wrong %.3f%n",
				inScope, pooled[0] / inScope, pooled[1] / inScope, pooled[2] / inScope);
	}

	private static MatchingProperties with(MatchingProperties d, double answer,
			MatchingProperties.Calibration calibration) {
		return new MatchingProperties(answer, d.oneSentenceAnswerThreshold(), d.agreementThreshold(),
				d.phrasingModelThreshold(), d.leadThreshold(), d.lead(), d.clarifyThreshold(), d.intentThreshold(),
				d.maxCandidates(), d.maxQuestionChars(), d.analysis(), calibration);
	}

	private static Map<String, Object> replies(KnowledgeBase base, MatchingProperties properties,
			List<LabelledSet.Question> questions) {
		MatchingEngine engine = MatchingEngine.create(base, properties);
		return EvalCommand.replies(new DialoguePolicy(() -> base, engine), new LabelledSet(questions), null);
	}
}
