package jp.chigasaki.kyodo.matching.internal;

import java.util.HashMap;
import java.util.Map;

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

	IntentRecognizer(Retriever retriever) {
		this.retriever = retriever;
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
		return new Vote(best, votes.get(best) / total, bestSimilarity, oos);
	}

	/**
	 * @param share the winning intent's share of the neighbours' scores
	 * @param similarity its best example's score over the question's ceiling, comparable to an entry's
	 * @param outOfScopeShare the out-of-scope intent's share of the vote
	 */
	record Vote(String intent, double share, double similarity, double outOfScopeShare) {

		static final Vote NONE = new Vote(null, 0, 0, 0);
	}
}
