package jp.chigasaki.kyodo.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.matching.Candidate;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Our own FAQ as a retrieval benchmark: every odd-numbered phrasing is removed from the index and asked as a query,
 * so the wording is unseen while the knowledge's synonyms and user dictionary still apply.
 */
final class HeldOutPhrasings {

	private HeldOutPhrasings() {
	}

	static KnowledgeBase knowledge(KnowledgeBase base) {
		List<FaqEntry> kept = new ArrayList<>();
		for (FaqEntry faq : base.faqs()) {
			List<String> indexed = new ArrayList<>();
			for (int i = 0; i < faq.phrasings().size(); i += 2) {
				indexed.add(faq.phrasings().get(i));
			}
			kept.add(new FaqEntry(faq.id(), faq.question(), indexed, faq.answer(), faq.audience(), faq.category(),
					faq.departmentId(), faq.related(), faq.sources(), faq.reviewed(), faq.unknown(), faq.location()));
		}
		return new KnowledgeBase(kept, base.departments(), base.menu(), base.intents(), base.sources(),
				base.synonyms(), base.userDictionary());
	}

	static Map<String, Object> rank(KnowledgeBase heldOut, KnowledgeBase base, MatchingProperties properties) {
		MatchingEngine engine = MatchingEngine.create(heldOut, properties);
		RankingMetrics metrics = new RankingMetrics(1);
		for (FaqEntry faq : base.faqs()) {
			for (int i = 1; i < faq.phrasings().size(); i += 2) {
				List<String> ranking = engine.rank(faq.phrasings().get(i), 100).stream().map(Candidate::faqId).toList();
				metrics.add(ranking, Map.of(faq.id(), 1));
			}
		}
		Map<String, Object> result = new LinkedHashMap<>();
		double[] means = metrics.means();
		for (int i = 0; i < means.length; i++) {
			result.put(RankingMetrics.NAMES.get(i), means[i]);
		}
		return result;
	}
}
