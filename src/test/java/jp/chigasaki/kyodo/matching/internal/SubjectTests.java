package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * An entry's subject is the words of its title that nearly all of its own texts hold. Examples written for this test,
 * on a small made-up knowledge.
 */
class SubjectTests {

	private static final LuceneClassifier CLASSIFIER = LuceneClassifier.build(knowledge(),
			MatchingProperties.defaults());

	@Test
	void theWordsNearlyAllOfAnEntrysTextsHoldAreItsSubject() {
		// 倉庫 is in every text, 鍵 in the title and one phrasing only.
		assertThat(CLASSIFIER.subject("warehouse-key")).hasValue("倉庫");
	}

	@Test
	void withoutWidelySharedWordsTheNameAnEntryDefinesIsItsSubject() {
		// Most of its texts speak of the activity (旗振り, 当番) without its name; one asks what the name is.
		assertThat(CLASSIFIER.subject("patrol")).hasValueSatisfying(words -> assertThat(words).contains("隊"));
	}

	@Test
	void anEntryWithTooFewTextsOrNoSharedWordHasNoSubject() {
		assertThat(CLASSIFIER.subject("shelter")).isEmpty();
		assertThat(CLASSIFIER.subject("mixed")).isEmpty();
		assertThat(CLASSIFIER.subject("no-such-entry")).isEmpty();
	}

	private static KnowledgeBase knowledge() {
		FaqEntry key = entry("warehouse-key", "防災倉庫の鍵は誰が持っていますか？", List.of("倉庫の鍵を借りたい",
				"防災倉庫はどこにありますか", "倉庫の中身を知りたい", "倉庫を使うには"), "自治会長が持っています。");
		FaqEntry shelter = entry("shelter", "避難所はどこですか？", List.of("近くの避難所を知りたい"), "地域の小学校です。");
		FaqEntry mixed = entry("mixed", "訓練の日程を教えてください", List.of("参加費はかかりますか", "雨の日は中止ですか",
				"子どもも行けますか"), "自治会の掲示板でお知らせします。");
		FaqEntry patrol = entry("patrol", "見守り隊とは何ですか？入るにはどうすればいいですか？", List.of("見守り隊ってなに？",
				"登下校の子どもに声をかけるボランティアをしたい", "通学路で旗振りをしたい", "朝の交通安全の当番に参加したい"),
				"登下校の時間に通学路に立つ、地域の有志の集まりです。");
		return new KnowledgeBase(List.of(key, shelter, mixed, patrol), List.of(), List.of(), List.of(), List.of(), List.of(),
				"");
	}

	private static FaqEntry entry(String id, String question, List<String> phrasings, String answer) {
		return new FaqEntry(id, question, phrasings, answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
