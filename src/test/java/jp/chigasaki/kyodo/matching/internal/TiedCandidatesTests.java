package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.Band;
import jp.chigasaki.kyodo.matching.Classification;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/** Two entries the question matches equally well are offered, not one of them answered, however sure each looks. */
class TiedCandidatesTests {

	private final LuceneClassifier engine = LuceneClassifier.build(knowledge(), MatchingProperties.defaults());

	@Test
	void twoEntriesWithinOnePercentOfTheCeilingAreTied() {
		assertThat(LuceneClassifier.tied(0.62, 0.62)).isTrue();
		assertThat(LuceneClassifier.tied(0.62, 0.611)).isTrue();
		assertThat(LuceneClassifier.tied(0.62, 0.60)).isFalse();
	}

	@Test
	void stillAnswersWhenOneEntryLeadsItsSiblings() {
		Classification clear = engine.classify("サポセンの開館時間", Audience.MEMBER);

		assertThat(clear.candidates().get(0).faqId()).isEqualTo("hours");
		assertThat(clear.band()).isEqualTo(Band.ANSWER);
	}

	private static KnowledgeBase knowledge() {
		return new KnowledgeBase(List.of(entry("access", "サポセンの場所", "駐車場"), entry("phone", "サポセンの電話", "代表番号"),
				entry("hours", "サポセンの開館時間", "休館日")),
				List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(question), answer, Set.of(Audience.MEMBER), "c", "d", List.of(),
				List.of("S1"), null, false, null);
	}
}
