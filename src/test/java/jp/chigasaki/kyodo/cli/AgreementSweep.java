package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.chigasaki.kyodo.dialogue.DialoguePolicy;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Prints what the bot replies on each given split, and on all of them joined, for a grid of answer, one-sentence and
 * agreement thresholds (the second opinion, docs/matching.md), to choose the operating point on dev splits. Run:
 * {@code java -cp $CP jp.chigasaki.kyodo.cli.AgreementSweep faq intents eval/blind-dev.yaml eval/blind2-dev.yaml …}.
 * The grids can be narrowed with {@code -Danswer=0.84,0.88 -DoneSentence=0.75 -Dagreement=0.5,0.6,1}.
 */
public final class AgreementSweep {

	private AgreementSweep() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		List<String> names = new ArrayList<>();
		List<LabelledSet> sets = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			names.add(Path.of(args[i]).getFileName().toString().replace(".yaml", ""));
			sets.add(LabelledSet.load(Path.of(args[i])));
		}
		sets.add(OperatingPointSweep.joined(String.join(",", List.of(args).subList(2, args.length))));
		names.add("joined");
		StringBuilder header = new StringBuilder("| answer | one sentence | agreement |");
		names.forEach(name -> header.append(' ').append(name).append(": right / tap / wrong / OOS |"));
		System.out.println(header);
		MatchingProperties defaults = MatchingProperties.defaults();
		for (double answer : grid("answer", "0.84,0.86,0.88,0.90")) {
			for (double oneSentence : grid("oneSentence", "0.75,0.80")) {
				for (double agreement : grid("agreement", "0.45,0.50,0.55,0.60,0.65,0.70,1")) {
					MatchingProperties properties = defaults.withAnswerThresholds(answer, oneSentence)
						.withAgreementThreshold(agreement);
					DialoguePolicy policy = new DialoguePolicy(() -> base, MatchingEngine.create(base, properties));
					StringBuilder row = new StringBuilder(
							String.format(Locale.ROOT, "| %.2f | %.2f | %.2f |", answer, oneSentence, agreement));
					for (LabelledSet set : sets) {
						Map<String, Object> r = EvalCommand.replies(policy, set, null);
						row.append(String.format(Locale.ROOT, " %.3f / %.3f / %.3f / %.3f |", r.get("replyAnsweredRight"),
								r.get("replyRightWithinOneTap"), r.get("replyConfidentWrong"),
								r.get("replyOutOfScopeAnswered")));
					}
					System.out.println(row);
				}
			}
		}
	}

	private static double[] grid(String name, String fallback) {
		String[] values = System.getProperty(name, fallback).split(",");
		double[] grid = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			grid[i] = Double.parseDouble(values[i]);
		}
		return grid;
	}
}
