package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * A message of one name alone is asked as its definition only when the knowledge defines that name (some title or
 * phrasing asks what it is). Examples written for this test, on a small made-up knowledge.
 */
class DefinedNamesTests {

	private static final LuceneClassifier CLASSIFIER = LuceneClassifier.build(knowledge(),
			MatchingProperties.defaults());

	@ParameterizedTest
	@ValueSource(strings = { "防災倉庫", "防災倉庫？", "防災倉庫って？", "防災倉庫とは", " 防災倉庫 ！" })
	void aNameTheKnowledgeDefinesAloneIsAskedAsItsDefinition(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo("防災倉庫とは");
	}

	@ParameterizedTest
	@ValueSource(strings = { "防災倉庫について知りたいです", "防災倉庫のことを詳しく教えてください" })
	void aMessageAskingToBeToldAboutANameTheKnowledgeDefinesIsAskedAsItsDefinition(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo("防災倉庫とは");
	}

	@ParameterizedTest
	@ValueSource(strings = { "防災倉庫ってなんですか", "防災倉庫って何？" })
	void aDefinitionQuestionIsLeftToTheEngine(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// named by the knowledge, but no entry asks what it is
			"避難所", "避難所？",
			// more than the name
			"防災倉庫の鍵", "防災倉庫は？", "防災倉庫、見たい", "防災倉庫？避難所？", "防災倉庫ってある？", "防災倉庫ほしい",
			"防災倉庫の鍵について教えて", "避難所について知りたい",
			// a name nobody defines
			"ごみ", "" })
	void anyOtherMessageStaysAsTyped(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo(message);
	}

	@ParameterizedTest
	@ValueSource(strings = { "見守り支援", "見守り支援？", "地域見守り" })
	void partOfOneDefinedNameAloneIsAskedAsThatName(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo("地域見守り支援とは");
	}

	@ParameterizedTest
	@ValueSource(strings = {
			// part of two names, defined by two entries
			"見守り",
			// too short to be read as part of a name
			"支援" })
	void partOfSeveralNamesOrTooShortStaysAsTyped(String message) {
		assertThat(CLASSIFIER.definitionAsked(message)).isEqualTo(message);
	}

	private static KnowledgeBase knowledge() {
		FaqEntry defined = entry("e1", "防災倉庫って何ですか？", List.of("防災倉庫の鍵は誰が持っていますか"),
				"自治会が管理する、防災用品を置く倉庫です。");
		FaqEntry named = entry("e2", "避難所はどこですか？", List.of("近くの避難所を知りたい"), "地域の小学校です。");
		FaqEntry kind = entry("e3", "地域見守り支援とはどんな支援ですか？", List.of("見守りの補助はいくら？"),
				"高齢の方を見守る活動への支援です。");
		FaqEntry other = entry("e4", "見守りボランティアって何？", List.of(), "近所の高齢の方に声をかける活動です。");
		return new KnowledgeBase(List.of(defined, named, kind, other), List.of(), List.of(), List.of(), List.of(), List.of(), "");
	}

	private static FaqEntry entry(String id, String question, List<String> phrasings, String answer) {
		return new FaqEntry(id, question, phrasings, answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
