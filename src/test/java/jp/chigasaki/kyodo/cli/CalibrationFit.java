package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Fits the default calibration before the project's labelled dev set exists: every other phrasing of every FAQ entry
 * is held out of the index and asked as a question (unseen wording, like a real user's), and the out-of-scope rows
 * of a labelled file are the negatives. Once the dev set exists, {@code eval --fit eval/labelled-dev.tsv} replaces
 * this. Run: {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt)
 * jp.chigasaki.kyodo.cli.CalibrationFit faq intents eval/labelled-dev.yaml}
 */
public final class CalibrationFit {

	/** Out-of-scope rows are few here; weighting them gives them the share they have in real traffic. */
	private static final int OUT_OF_SCOPE_WEIGHT = 5;

	private CalibrationFit() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		List<MatchingEngine.Sample> samples = new ArrayList<>();
		List<FaqEntry> kept = new ArrayList<>();
		for (FaqEntry faq : base.faqs()) {
			List<String> indexed = new ArrayList<>();
			for (int i = 0; i < faq.phrasings().size(); i++) {
				if (i % 2 == 0) {
					indexed.add(faq.phrasings().get(i));
				}
				else {
					Audience audience = faq.visibleTo(Audience.MEMBER) ? Audience.MEMBER : Audience.STAFF;
					samples.add(new MatchingEngine.Sample(faq.phrasings().get(i), audience, List.of(faq.id())));
				}
			}
			kept.add(new FaqEntry(faq.id(), faq.question(), indexed, faq.answer(), faq.audience(), faq.category(),
					faq.departmentId(), faq.related(), faq.sources(), faq.reviewed(), faq.unknown(), faq.location()));
		}
		for (LabelledSet.Question question : LabelledSet.load(Path.of(args[2])).questions()) {
			for (int copy = 0; copy < OUT_OF_SCOPE_WEIGHT && LabelledSet.ESCALATE.equals(question.expected()); copy++) {
				samples.add(new MatchingEngine.Sample(question.text(), question.audience(), List.of()));
			}
		}
		KnowledgeBase heldOut = new KnowledgeBase(kept, base.departments(), base.menu(), base.intents(),
				base.sources(), base.synonyms(), base.userDictionary());
		MatchingProperties.Calibration fitted = MatchingEngine.create(heldOut, MatchingProperties.defaults())
			.fitCalibration(samples);
		System.out.printf(Locale.ROOT, "%d samples: bias=%.3f top=%.3f margin=%.3f matched=%.3f outOfScope=%.3f%n",
				samples.size(), fitted.bias(), fitted.top(), fitted.margin(), fitted.matched(), fitted.outOfScope());
	}
}
