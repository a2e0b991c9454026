package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The reading field against a knowledge of titles only (a city's FAQ page) and against one whose entries all have
 * phrasings (ours): with titles only, the question's sound is matched for its unknown words alone; with phrasings, for
 * the whole question. Examples written for this test, on small made-up knowledges.
 */
class ReadingOfUnknownWordsTests {

	private static final List<String[]> ENTRIES = List.of(
			new String[] { "防災訓練の日程", "地域の防災訓練は毎年9月に行います。" },
			new String[] { "防犯パトロールの補助", "防犯パトロールに使う用品の購入を補助します。" },
			new String[] { "ごみの分け方", "燃やすごみと燃やさないごみに分けて出してください。" });

	@Test
	void withTitlesOnlyAQuestionOfKnownWordsIsNotMatchedOnItsSound() {
		assertThat(readingTerms(false, "防災訓練の日程を知りたいのですが")).isEmpty();
	}

	@Test
	void withTitlesOnlyAnUnknownKanaWordIsMatchedOnItsSoundAtFullWeight() {
		Map<String, Float> reading = readingTerms(false, "防犯のぱとろーるに補助はありますか");
		// ぱとろーる is no word the knowledge knows; its reading パトロール is, in the second title's reading.
		assertThat(reading).containsKeys("パト", "トロ", "ロー");
		// The known words around it (防犯, 補助) and the endings (アリマスカ) add no bigrams.
		assertThat(reading).doesNotContainKeys("ボウ", "ホジ", "マス");
		// Full weight: in an index this small the fallback share is 1 whatever the question.
		assertThat(reading.values()).containsOnly(1.0f);
	}

	@Test
	void withPhrasingsTheWholeQuestionIsMatchedOnItsSound() {
		Map<String, Float> reading = readingTerms(true, "防災訓練の日程を知りたいのですが");
		assertThat(reading).containsKeys("ボウ", "クン", "ニッ");
	}

	/** The reading field's terms of the prepared query, with their boosts. */
	private static Map<String, Float> readingTerms(boolean phrasings, String question) {
		List<FaqEntry> faqs = new ArrayList<>();
		for (String[] entry : ENTRIES) {
			faqs.add(new FaqEntry("e" + faqs.size(), entry[0], phrasings ? List.of(entry[0] + "について") : List.of(),
					entry[1], Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null, List.of(), List.of(), null, false,
					null));
		}
		KnowledgeBase base = new KnowledgeBase(faqs, List.of(), List.of(), List.of(), List.of(), List.of(), "");
		MatchingProperties.Analysis options = MatchingProperties.Analysis.defaults();
		Analysis analysis = new Analysis(base, options);
		Retriever retriever = new Retriever(new EntryIndex(Entry.of(base), analysis, options),
				Map.of(Fields.QUESTION, 1.0, Fields.ANSWER, 1.0, Fields.READING, 1.0), 0, 0);
		Map<String, Float> terms = new LinkedHashMap<>();
		for (BooleanClause clause : ((BooleanQuery) retriever.prepare(new Analysed(analysis, question)).query())) {
			BoostQuery boosted = (BoostQuery) clause.getQuery();
			if (boosted.getQuery() instanceof TermQuery term && term.getTerm().field().equals(Fields.READING)) {
				terms.put(term.getTerm().text(), boosted.getBoost());
			}
		}
		return terms;
	}
}
