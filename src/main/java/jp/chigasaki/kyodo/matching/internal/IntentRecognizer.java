package jp.chigasaki.kyodo.matching.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import jp.chigasaki.kyodo.knowledge.Intent;

/**
 * Recognises conversational intents by nearest-neighbour voting over the intents' example utterances, indexed with
 * the entries (same analysis, same term statistics) so that their scores compare directly.
 */
final class IntentRecognizer {

	private static final int NEIGHBOURS = 7;
	private static final Query EXAMPLES = new TermQuery(new Term(Fields.KIND, Fields.EXAMPLE));

	private final Retriever retriever;
	private final Map<Entry, Set<String>> exampleWords = new IdentityHashMap<>();

	IntentRecognizer(Retriever retriever, List<Entry> entries, Analysis analysis) {
		this.retriever = retriever;
		for (Entry entry : entries) {
			if (entry.example()) {
				exampleWords.put(entry, new HashSet<>(analysis.terms(Fields.QUESTION, entry.question(), 100)));
			}
		}
	}

	Vote vote(Retriever.Prepared question) {
		Retriever.Result result = retriever.search(question, EXAMPLES, NEIGHBOURS, false);
		if (result.hits().isEmpty()) {
			return Vote.NONE;
		}
		Map<String, Double> votes = new HashMap<>();
		double total = 0;
		for (Retriever.Hit hit : result.hits()) {
			votes.merge(hit.entry().id(), hit.score(), Double::sum);
			total += hit.score();
		}
		String best = result.hits().get(0).entry().id();
		for (Map.Entry<String, Double> vote : votes.entrySet()) {
			if (vote.getValue() > votes.get(best)) {
				best = vote.getKey();
			}
		}
		double bestSimilarity = 0;
		for (int rank = 0; rank < result.hits().size(); rank++) {
			if (result.hits().get(rank).entry().id().equals(best)) {
				bestSimilarity = Math.max(bestSimilarity, result.normalised(rank));
			}
		}
		double oos = votes.getOrDefault(Intent.OUT_OF_SCOPE, 0.0) / total;
		Retriever.Hit top = result.hits().get(0);
		double exactness = top.entry().id().equals(best) ? overlap(question.words(), exampleWords.get(top.entry()))
				: 0;
		return new Vote(best, votes.get(best) / total, bestSimilarity, oos, exactness);
	}

	/** Jaccard overlap of the question's and the example's words: 1 when they say the same words. */
	private static double overlap(Set<String> question, Set<String> example) {
		if (question.isEmpty() || example == null || example.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(question);
		union.addAll(example);
		return (double) (question.size() + example.size() - union.size()) / union.size();
	}

	/**
	 * @param share the winning intent's share of the neighbours' scores
	 * @param similarity its best example's score over the question's ceiling, comparable to an entry's
	 * @param outOfScopeShare the out-of-scope intent's share of the vote
	 * @param exactness word overlap of the question with the nearest example when that example is of the winning
	 * intent: a question that is (almost) an example is that intent whatever the entries score
	 */
	record Vote(String intent, double share, double similarity, double outOfScopeShare, double exactness) {

		static final Vote NONE = new Vote(null, 0, 0, 0, 0);
	}
}
