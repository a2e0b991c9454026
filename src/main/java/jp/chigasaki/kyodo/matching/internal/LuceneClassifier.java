package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

	/** Only the out-of-scope vote of a clearly weak question counts as "the examples claim it". */
	private static final double INTENT_SIMILARITY_FLOOR = 0.2;

	private final MatchingProperties properties;
	private final Retriever faqs;
	private final IntentRecognizer intents;

	private LuceneClassifier(KnowledgeBase base, MatchingProperties properties) {
		this.properties = properties;
		MatchingProperties.Analysis options = properties.analysis();
		Analysis analysis = new Analysis(base, options);
		this.faqs = new Retriever(new EntryIndex(Entry.of(base), analysis), analysis,
				Map.of(Fields.QUESTION, options.questionWeight(), Fields.PHRASINGS, options.phrasingsWeight(),
						Fields.ANSWER, options.answerWeight(), Fields.TOPICS, options.topicsWeight(), Fields.READING,
						options.readingWeight(), Fields.NGRAM, options.ngramWeight()));
		this.intents = new IntentRecognizer(base, analysis);
	}

	public static LuceneClassifier build(KnowledgeBase base, MatchingProperties properties) {
		return new LuceneClassifier(base, properties);
	}

	public Classification classify(String question, Audience audience) {
		String text = QuestionText.clean(question, properties.maxQuestionChars());
		Retriever.Result result = faqs.search(text, audience, properties.maxCandidates() + 1);
		IntentRecognizer.Vote vote = intents.vote(text);
		double dominance = dominance(vote, result);
		double intentConfidence = vote.share() * dominance;
		String intent = intentConfidence >= properties.intentThreshold() ? vote.intent() : null;
		double outOfScope = vote.outOfScopeShare() * dominance;
		List<Candidate> candidates = new ArrayList<>();
		for (int rank = 0; rank < Math.min(result.hits().size(), properties.maxCandidates()); rank++) {
			Entry entry = result.hits().get(rank).entry();
			double confidence = features(result, rank, outOfScope).confidence(properties.calibration());
			candidates.add(new Candidate(entry.id(), entry.title(), confidence));
		}
		double confidence = candidates.isEmpty() ? 0 : candidates.get(0).confidence();
		return new Classification(intent, intent == null ? 0 : intentConfidence, candidates, confidence,
				band(intent, confidence));
	}

	/** Every entry ranked by retrieval score alone (no intents, no cut-off), for benchmark retrieval metrics. */
	public List<Candidate> rank(String question, int limit) {
		String text = QuestionText.clean(question, properties.maxQuestionChars());
		Retriever.Result result = faqs.search(text, null, limit);
		List<Candidate> ranked = new ArrayList<>();
		for (int rank = 0; rank < result.hits().size(); rank++) {
			ranked.add(new Candidate(result.hits().get(rank).entry().id(), result.hits().get(rank).entry().title(),
					result.normalised(rank)));
		}
		return ranked;
	}

	/** The best candidate's id and calibration features, for fitting the calibration; null id when nothing matches. */
	public Evidence evidence(String question, Audience audience) {
		String text = QuestionText.clean(question, properties.maxQuestionChars());
		Retriever.Result result = faqs.search(text, audience, 2);
		IntentRecognizer.Vote vote = intents.vote(text);
		Features features = features(result, 0, vote.outOfScopeShare() * dominance(vote, result));
		return new Evidence(result.hits().isEmpty() ? null : result.hits().get(0).entry().id(), features.vector());
	}

	/** Fits the calibration's weights to evidence labelled "best candidate right" or not. */
	public static MatchingProperties.Calibration fit(List<double[]> features, List<Boolean> right) {
		return Features.calibration(LogisticFit.fit(features, right));
	}

	private Band band(String intent, double confidence) {
		if (Intent.OUT_OF_SCOPE.equals(intent) || confidence < properties.clarifyThreshold()) {
			return Band.LOW;
		}
		return confidence >= properties.answerThreshold() ? Band.ANSWER : Band.CLARIFY;
	}

	/** How much the intent examples fit better than the FAQ entries do, in [0,1]. */
	private static double dominance(IntentRecognizer.Vote vote, Retriever.Result result) {
		double faq = result.normalised(0);
		double relative = faq <= 0 ? 1 : Math.min(1, vote.similarity() / faq);
		return relative * Math.min(1, vote.similarity() / INTENT_SIMILARITY_FLOOR);
	}

	private static Features features(Retriever.Result result, int rank, double outOfScope) {
		double score = result.normalised(rank);
		double other = rank == 0 ? result.normalised(1) : result.normalised(0);
		double margin = score <= 0 ? 0 : (score - other) / score;
		return new Features(score, margin, result.coverage(), outOfScope);
	}

	/** @param features top, margin, coverage, out-of-scope, in the calibration's order */
	public record Evidence(String bestId, double[] features) {
	}
}
