package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Recognises conversational intents by nearest-neighbour voting over the intents' example utterances, each indexed
 * as its own small document with the same analysis as the FAQ entries.
 */
final class IntentRecognizer {

	private static final int NEIGHBOURS = 7;

	private final Retriever retriever;
	private final boolean empty;

	IntentRecognizer(KnowledgeBase base, Analysis analysis) {
		List<Entry> examples = new ArrayList<>();
		for (Intent intent : base.intents()) {
			for (String example : intent.examples()) {
				examples.add(new Entry(intent.id(), example, example, List.of(), "", List.of(),
						EnumSet.allOf(Audience.class)));
			}
		}
		this.empty = examples.isEmpty();
		this.retriever = new Retriever(new EntryIndex(examples, analysis), analysis,
				Map.of(Fields.QUESTION, 1.0, Fields.READING, 0.4, Fields.NGRAM, 0.6));
	}

	Vote vote(String text) {
		if (empty) {
			return Vote.NONE;
		}
		Retriever.Result result = retriever.search(text, null, NEIGHBOURS);
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
	 * @param similarity its best example's score over the query's ceiling, comparable to an FAQ hit's
	 * @param outOfScopeShare the out-of-scope intent's share of the vote
	 */
	record Vote(String intent, double share, double similarity, double outOfScopeShare) {

		static final Vote NONE = new Vote(null, 0, 0, 0);
	}
}
