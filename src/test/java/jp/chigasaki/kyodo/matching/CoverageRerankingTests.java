package jp.chigasaki.kyodo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Coverage re-ranking: among the best hits, the entry that has most of the question's words comes before one that
 * only repeats a single rare word of it. Examples written for this test, on a small made-up knowledge.
 */
class CoverageRerankingTests {

	private static final String QUESTION = "公園の花壇の手入れと水やりの当番を決めたい。ビオトープもある";

	@Test
	void theEntryCoveringMostOfTheQuestionComesFirst() {
		assertThat(top(MatchingProperties.Analysis.defaults())).isEqualTo("flower-bed-rota");
	}

	@Test
	void withoutCoverageTheRareRepeatedWordWins() {
		assertThat(top(MatchingProperties.Analysis.defaults().withCoverageWeight(0))).isEqualTo("biotope");
	}

	private static String top(MatchingProperties.Analysis analysis) {
		MatchingEngine engine = MatchingEngine.create(knowledge(), MatchingProperties.defaults().withAnalysis(analysis));
		return engine.classify(QUESTION, Audience.MEMBER).candidates().get(0).faqId();
	}

	private static KnowledgeBase knowledge() {
		List<FaqEntry> faqs = new ArrayList<>();
		faqs.add(entry("biotope", "ビオトープの池のビオトープ", "ビオトープ。ビオトープの池。ビオトープの生き物。"));
		faqs.add(entry("flower-bed-rota", "花壇の当番", "公園の花壇の手入れや水やりは当番で。"));
		String[] common = { "公園", "花壇", "手入れ", "水やり", "当番", "決める" };
		for (int i = 0; i < 24; i++) {
			faqs.add(entry("other-" + i, common[i % common.length] + "のお知らせ " + i,
					common[i % common.length] + "と" + common[(i + 1) % common.length] + "について。"));
		}
		return new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
