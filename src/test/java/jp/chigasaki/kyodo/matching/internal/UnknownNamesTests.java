package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * Names of places and people that no entry knows are where and who the asker is, not what they ask: the question is
 * read without them. Examples written for this test, on a small made-up knowledge.
 */
class UnknownNamesTests {

	private static LuceneClassifier classifier;

	@BeforeAll
	static void build() {
		List<FaqEntry> faqs = new ArrayList<>();
		for (String[] entry : List.of(
				new String[] { "公園の遊具が壊れているときの連絡先", "公園の遊具の故障は公園の担当にご連絡ください。" },
				new String[] { "市外に住むメンバーがいても応募できますか", "藤沢など市外に住む人がいても応募できます。" },
				new String[] { "ごみの分け方", "燃やすごみと燃やさないごみに分けて出してください。" })) {
			faqs.add(new FaqEntry("e" + faqs.size(), entry[0], List.of(), entry[1], Set.of(Audience.MEMBER, Audience.STAFF),
					"テスト", null, List.of(), List.of(), null, false, null));
		}
		classifier = LuceneClassifier.build(
				new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), ""),
				MatchingProperties.defaults());
	}

	@Test
	void aPlaceOrAPersonNoEntryKnowsIsLeftOut() {
		assertThat(classifier.withoutUnknownNames("浜見平の公園の遊具が壊れています")).doesNotContain("浜見平");
		assertThat(classifier.withoutUnknownNames("南湖の田中です。公園の遊具が壊れています"))
			.doesNotContain("南湖", "田中")
			.contains("公園の遊具が壊れています");
	}

	@Test
	void aNameTheKnowledgeKnowsStays() {
		assertThat(classifier.withoutUnknownNames("藤沢に住むメンバーがいます")).contains("藤沢");
	}

	@Test
	void theQuestionWithoutTheNameIsReadAsTheQuestionWithout() {
		// The unknown name lowered the best entry's share of the question's words and the known share.
		assertThat(classifier.evidence("浜見平の公園の遊具が壊れています", Audience.MEMBER).features())
			.containsExactly(classifier.evidence("公園の遊具が壊れています", Audience.MEMBER).features());
	}
}
