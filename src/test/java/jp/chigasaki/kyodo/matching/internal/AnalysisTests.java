package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;
import jp.chigasaki.kyodo.matching.MatchingProperties;

class AnalysisTests {

	private static final String USER_DICTIONARY = "市民自治推進課,市民 自治 推進 課,シミン ジチ スイシン カ,カスタム名詞\n";

	private final Analysis analysis = analysis(MatchingProperties.Analysis.defaults());

	@Test
	void wordsAreBaseFormsWithoutParticles() {
		assertThat(analysis.terms(Fields.QUESTION, "サポセンで会議室を借りられますか", 100)).contains("会議", "室", "借りる")
			.doesNotContain("で", "を");
	}

	@Test
	void pronounsAndFillersNameNoTopic() {
		assertThat(analysis.terms(Fields.QUESTION, "私どもの地区では、いつも大変お世話になっております", 100)).contains("地区")
			.doesNotContain("私", "ども", "いつも", "大変");
		assertThat(analysis.terms(Fields.QUESTION, "市のやつって先日いつ頃でしたっけ", 100)).doesNotContain("やつ", "先日", "頃");
	}

	@Test
	void fullAndHalfWidthAndCircledDigitsBecomeTheSame() {
		assertThat(analysis.terms(Fields.QUESTION, "ＮＰＯ　① ｻﾎﾟｰﾄ", 100))
			.isEqualTo(analysis.terms(Fields.QUESTION, "npo 1 サポート", 100));
	}

	@Test
	void waveDashAndFullwidthTildeAreOneCharacter() {
		assertThat(analysis.terms(Fields.NGRAM, "9時〜17時", 100))
			.isEqualTo(analysis.terms(Fields.NGRAM, "9時～17時", 100));
	}

	@Test
	void everyVariantOfASynonymGroupBecomesTheCanonicalToken() {
		List<String> canonical = analysis.terms(Fields.QUESTION, "げんき基金", 100);

		assertThat(canonical).containsExactly("げんき基金");
		assertThat(analysis.terms(Fields.QUESTION, "げんききん", 100)).isEqualTo(canonical);
		assertThat(analysis.terms(Fields.QUESTION, "市民活動推進補助金", 100)).isEqualTo(canonical);
	}

	@Test
	void hiraganaOnlyQuestionSharesReadingBigramsWithItsKanji() {
		List<String> kanji = analysis.terms(Fields.READING, "市民自治推進課", 100);
		List<String> kana = analysis.terms(Fields.READING, "しみんじちすいしんか", 100);

		assertThat(kanji).containsExactly("シミ", "ミン", "ンジ", "ジチ", "チス", "スイ", "イシ", "シン", "ンカ");
		assertThat(kana).containsAll(kanji.subList(0, 4));
	}

	@Test
	void aLongVowelMarkTypedInHiraganaKeepsItsBigrams() {
		List<String> katakana = analysis.terms(Fields.READING, "サポートセンター", 100);
		List<String> hiragana = analysis.terms(Fields.READING, "さぽーとせんたー", 100);

		assertThat(katakana).containsExactly("サポ", "ポー", "ート", "トセ", "セン", "ンタ", "ター");
		assertThat(hiragana).isEqualTo(katakana);
	}

	@Test
	void aQuestionTypedInKanaIsSpelledWithTheKnowledgesWordsByDefault() {
		// (KanaSpellingTests and DialogueUnderstandingTests cover the spelling over the real knowledge.)
		assertThat(MatchingProperties.Analysis.defaults().kanaSpelling()).isTrue();
		assertThat(analysis.spelled("げんききんはいくらまでもらえる")).startsWith("げんき基金は");
		assertThat(analysis.spelled("げんき基金は市民活動推進補助金ともいう")).isEqualTo("げんき基金は市民活動推進補助金ともいう");
	}

	@Test
	void theRomajiFieldReadsAKanaQuestionAsSpelledAndTheReadingFieldAsTyped() {
		Analysed typed = new Analysed(analysis, "げんききんはいくらまでもらえる");
		Analysed spelled = new Analysed(analysis, analysis.spelled("げんききんはいくらまでもらえる"));

		assertThat(typed.terms(Fields.ROMAJI)).isEqualTo(spelled.terms(Fields.ROMAJI));
		assertThat(typed.terms(Fields.QUESTION)).isEqualTo(spelled.terms(Fields.QUESTION));
		assertThat(typed.terms(Fields.READING)).isEqualTo(analysis.terms(Fields.READING, "げんききんはいくらまでもらえる", 200));
	}

	@Test
	void userDictionaryKeepsTheDepartmentNameAsItsParts() {
		MatchingProperties.Analysis without = new MatchingProperties.Analysis(true, true, false, 1, 1, 1, 1, 1, 1, 1, 0, true, 0);

		assertThat(analysis.terms(Fields.QUESTION, "市民自治推進課", 100)).containsExactly("市民", "自治", "推進", "課");
		assertThat(analysis(without).terms(Fields.QUESTION, "市民自治推進課", 100)).isNotEmpty();
	}

	@Test
	void ngramFieldHoldsCharacterBigrams() {
		assertThat(analysis.terms(Fields.NGRAM, "協働推進", 100)).containsExactly("協働", "働推", "推進");
	}

	@Test
	void englishStopWordsAndFillersNameNoTopicButAGlossaryWordKeepsItsMeaning() {
		// "only", "still" and "before" are Snowball stop words, "exactly" a filler; "up" is a stop word too, but the
		// glossary's "sign up" names 登録, so it stays a word.
		assertThat(analysis.terms(Fields.QUESTION, "What exactly is the deadline, only before the event?", 100))
			.containsExactly("deadline", "event");
		assertThat(analysis.terms(Fields.QUESTION, "Do we still need to sign up?", 100)).containsExactly("登録");
		assertThat(analysis.terms(Fields.ROMAJI, "only still exactly", 100)).isEmpty();
	}

	@Test
	void aGlossaryPhraseIsSpelledWithItsJapaneseTerm() {
		assertThat(analysis.term("Sign Up")).isEqualTo("登録");
		assertThat(analysis.term("genki kikin")).isEqualTo("げんき基金");
		assertThat(analysis.term("beach")).isEqualTo("beach");
	}

	private static Analysis analysis(MatchingProperties.Analysis options) {
		List<SynonymGroup> synonyms = List.of(
				new SynonymGroup(List.of("げんき基金", "げんききん", "市民活動推進補助金", "genki kikin"),
						new Location("synonyms.yaml", 1)),
				new SynonymGroup(List.of("登録", "sign up", "register"), new Location("english.yaml", 2)));
		KnowledgeBase base = new KnowledgeBase(List.of(), List.of(), List.of(), List.of(), List.of(), synonyms,
				USER_DICTIONARY);
		return new Analysis(base, options);
	}
}
