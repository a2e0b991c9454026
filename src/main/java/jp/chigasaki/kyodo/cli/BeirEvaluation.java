package jp.chigasaki.kyodo.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Runs a BEIR benchmark: the corpus becomes FAQ entries (title = question, text = answer; no phrasings, departments
 * or intents) and each judged query is ranked over all documents by retrieval score alone.
 */
final class BeirEvaluation {

	/** Rankings deeper than this add nothing to the metrics but time. */
	private static final int DEPTH = 1000;
	private static final int WARM_UP = 100;

	private BeirEvaluation() {
	}

	static KnowledgeBase knowledge(BeirSet set) {
		List<FaqEntry> faqs = new ArrayList<>();
		for (BeirSet.Document doc : set.corpus()) {
			faqs.add(new FaqEntry(doc.id(), doc.title(), List.of(), doc.text(), EnumSet.allOf(Audience.class), null,
					null, List.of(), List.of(), LocalDate.EPOCH, false, new Location("corpus.jsonl", faqs.size() + 1)));
		}
		return new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	static Map<String, Object> run(BeirSet set, MatchingProperties properties, int minGrade) {
		MatchingEngine engine = MatchingEngine.create(knowledge(set), properties);
		RankingMetrics metrics = new RankingMetrics(minGrade);
		Latencies latencies = new Latencies();
		int depth = Math.min(DEPTH, Math.max(1, set.corpus().size()));
		// Warm the JIT on a few queries first, so that the latencies describe a running service.
		set.queries().values().stream().limit(WARM_UP).forEach(query -> engine.rank(query, depth));
		for (Map.Entry<String, Map<String, Integer>> judged : set.qrels().entrySet()) {
			String query = set.queries().get(judged.getKey());
			if (query == null) {
				continue;
			}
			long start = System.nanoTime();
			List<Candidate> ranked = engine.rank(query, depth);
			latencies.add(System.nanoTime() - start);
			metrics.add(ranked.stream().map(Candidate::faqId).toList(), judged.getValue());
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("queries", metrics.queries());
		double[] means = metrics.means();
		for (int i = 0; i < means.length; i++) {
			result.put(RankingMetrics.NAMES.get(i), means[i]);
		}
		result.put("latencyP50Ms", latencies.percentileMs(50));
		result.put("latencyP99Ms", latencies.percentileMs(99));
		return result;
	}
}
