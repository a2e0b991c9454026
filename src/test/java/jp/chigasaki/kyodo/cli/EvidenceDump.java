package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;
import jp.chigasaki.kyodo.matching.internal.LuceneClassifier;

/**
 * Prints, per question of a labelled dev set, whether the best candidate is right (1), wrong (0) or the question is out
 * of scope (x), then the calibration features: top, margin, matched, known, out-of-scope. For studying the decision
 * on a dev split. Run: {@code java -cp $CP jp.chigasaki.kyodo.cli.EvidenceDump faq intents eval/blind-dev.yaml}
 */
public final class EvidenceDump {

	private EvidenceDump() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		LuceneClassifier classifier = LuceneClassifier.build(base, MatchingProperties.defaults());
		for (LabelledSet.Question question : LabelledSet.load(Path.of(args[2])).questions()) {
			if (Intent.KNOWN.contains(question.expected()) && !Intent.OUT_OF_SCOPE.equals(question.expected())) {
				continue;
			}
			LuceneClassifier.Evidence evidence = classifier.evidence(
					jp.chigasaki.kyodo.dialogue.DialoguePolicy.questionPart(question.text()), question.audience());
			boolean outOfScope = LabelledSet.ESCALATE.equals(question.expected())
					|| Intent.OUT_OF_SCOPE.equals(question.expected());
			String label = outOfScope ? "x" : question.acceptable().contains(evidence.bestId()) ? "1" : "0";
			StringBuilder line = new StringBuilder(label);
			for (double feature : evidence.features()) {
				line.append(String.format(Locale.ROOT, " %.3f", feature));
			}
			System.out.println(line.append(" ").append(question.line()));
		}
	}
}
