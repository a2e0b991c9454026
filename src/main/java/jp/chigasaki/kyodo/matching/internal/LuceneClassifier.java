package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import jp.chigasaki.kyodo.dialogue.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The engine over one knowledge snapshot: weighted BM25 over FAQ entries and menu items, nearest-neighbour intent
 * voting, and a logistic calibration of the retrieval features. Immutable once built, so safe to share.
 */
public final class LuceneClassifier {

	/** Below this similarity an intent example is too weak a match to claim the question. */
	private static final double INTENT_SIMILARITY_FLOOR = 0.2;
	private static final Query ENTRIES = new TermQuery(new Term(Fields.KIND, Fields.ENTRY));

	private final MatchingProperties properties;
	private final Retriever retriever;
	private final IntentRecognizer intents;

	private LuceneClassifier(KnowledgeBase base, MatchingProperties properties) {
		this.properties = properties;
		MatchingProperties.Analysis options = properties.analysis();
		Analysis analysis = new Analysis(base, options);
		List<Entry> entries = Entry.of(base);
		this.retriever = new Retriever(new EntryIndex(entries, analysis, options), analysis,
				Map.of(Fields.QUESTION, options.questionWeight(), Fields.PHRASINGS, options.phrasingsWeight(),
						Fields.ANSWER, options.answerWeight(), Fields.TOPICS, options.topicsWeight(), Fields.READING,
						options.readingWeight(), Fields.NGRAM, options.ngramWeight()));
		this.intents = new IntentRecognizer(retriever, entries, analysis);
	}

	public static LuceneClassifier build(KnowledgeBase base, MatchingProperties properties) {
		return new LuceneClassifier(base, properties);
	}

	public Classification classify(String question, Audience audience) {
		Understood understood = understand(question, audience, properties.maxCandidates() + 1);
		String intent = understood.intentConfidence() >= properties.intentThreshold() ? understood.vote().intent()
				: null;
		List<Candidate> candidates = new ArrayList<>();
		Retriever.Result result = understood.result();
		for (int rank = 0; rank < Math.min(result.hits().size(), properties.maxCandidates()); rank++) {
			Entry entry = result.hits().get(rank).entry();
			double confidence = understood.features(rank).confidence(properties.calibration());
			candidates.add(new Candidate(entry.id(), entry.title(), confidence));
		}
		double confidence = candidates.isEmpty() ? 0 : candidates.get(0).confidence();
		return new Classification(intent, intent == null ? 0 : understood.intentConfidence(), candidates, confidence,
				band(intent, confidence));
	}

	/** Every entry ranked by retrieval score alone (no intents, no cut-off), for benchmark retrieval metrics. */
	public List<Candidate> rank(String question, int limit) {
		Retriever.Prepared prepared = retriever.prepare(QuestionText.clean(question, properties.maxQuestionChars()));
		Retriever.Result result = retriever.search(prepared, ENTRIES, limit, false);
		List<Candidate> ranked = new ArrayList<>();
		for (int rank = 0; rank < result.hits().size(); rank++) {
			Entry entry = result.hits().get(rank).entry();
			ranked.add(new Candidate(entry.id(), entry.title(), result.normalised(rank)));
		}
		return ranked;
	}

	/** The best candidate's id and calibration features, for fitting the calibration; null id when nothing matches. */
	public Evidence evidence(String question, Audience audience) {
		Understood understood = understand(question, audience, 2);
		List<Retriever.Hit> hits = understood.result().hits();
		return new Evidence(hits.isEmpty() ? null : hits.get(0).entry().id(), understood.features(0).vector());
	}

	/** Fits the calibration's weights to evidence labelled "best candidate right" or not. */
	public static MatchingProperties.Calibration fit(List<double[]> features, List<Boolean> right) {
		return Features.calibration(LogisticFit.fit(features, right));
	}

	private Understood understand(String question, Audience audience, int limit) {
		Retriever.Prepared prepared = retriever.prepare(QuestionText.clean(question, properties.maxQuestionChars()));
		Query visible = new TermQuery(new Term(Fields.VISIBLE, audience.key()));
		Retriever.Result result = retriever.search(prepared, visible, limit, true);
		IntentRecognizer.Vote vote = intents.vote(prepared);
		return new Understood(result, vote, dominance(vote, result));
	}

	private Band band(String intent, double confidence) {
		if (Intent.OUT_OF_SCOPE.equals(intent) || confidence < properties.clarifyThreshold()) {
			return Band.LOW;
		}
		return confidence >= properties.answerThreshold() ? Band.ANSWER : Band.CLARIFY;
	}

	/** How much better the intent examples fit than the entries do, in [0,1]. */
	private static double dominance(IntentRecognizer.Vote vote, Retriever.Result result) {
		double entry = result.normalised(0);
		double relative = entry <= 0 ? 1 : Math.min(1, vote.similarity() / entry);
		return Math.max(vote.exactness(), relative * Math.min(1, vote.similarity() / INTENT_SIMILARITY_FLOOR));
	}

	private record Understood(Retriever.Result result, IntentRecognizer.Vote vote, double dominance) {

		double intentConfidence() {
			return Math.max(vote.share(), vote.exactness()) * dominance;
		}

		Features features(int rank) {
			double score = result.normalised(rank);
			double other = rank == 0 ? result.normalised(1) : result.normalised(0);
			// In ceiling units, not relative to the score: a weak best hit barely ahead of weaker ones is no sign.
			double margin = score - other;
			double matched = rank < result.hits().size() ? result.hits().get(rank).matched() : 0;
			return new Features(score, margin, matched, vote.outOfScopeShare() * dominance);
		}
	}

	/** @param features top, margin, matched, out-of-scope, in the calibration's order */
	public record Evidence(String bestId, double[] features) {
	}
}
