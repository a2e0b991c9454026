package jp.chigasaki.kyodo.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * General Japanese synonyms (SudachiDict): a question word that no entry contains reaches the entries that use its
 * synonym, below the weight of the word itself; a word the knowledge knows is not expanded. Examples written for this
 * test, on a small made-up knowledge that is not ours (no synonym groups of its own).
 */
class GeneralSynonymsTests {

	private static final KnowledgeBase KNOWLEDGE = new KnowledgeBase(List.of(
			entry("moving", "転居したときの手続き", "市内で転居したら、14日以内に転居届を出してください。"),
			entry("grants", "地域活動の補助金", "町内会の活動に補助金を交付します。"),
			entry("waste", "粗大ごみの出し方", "粗大ごみは予約制で収集します。"),
			entry("nursery", "保育所の入所申込み", "保育所の入所は毎年秋に申し込みを受け付けます。"),
			entry("insurance", "国民健康保険の加入", "会社を辞めたときは国民健康保険に加入してください。"),
			entry("tax", "住民税の納付", "住民税は年4回に分けて納めます。")),
			List.of(), List.of(), List.of(), List.of(), List.of(), "");

	@Test
	void anUnknownWordReachesTheEntryThatUsesItsSynonym() {
		// 引っ越し and 保育園 occur in no entry; SudachiDict groups them with 転居 and 保育所.
		assertThat(top("引っ越しをしたら何をすればいい？", 0.5)).isEqualTo("moving");
		assertThat(top("保育園に入りたい", 0.5)).isEqualTo("nursery");
	}

	@Test
	void anAbbreviationReachesTheEntryThatSpellsItOut() {
		// 国保 is one word to Kuromoji and occurs nowhere; its synonym 国民健康保険 is three terms, matched as a phrase.
		assertThat(top("国保に入りたい", 0.5)).isEqualTo("insurance");
	}

	@Test
	void aWordTheTokenizerCutsIntoPiecesIsFoundAsWritten() {
		// Kuromoji reads 申しこみ as 申す + こむ; as written it is SudachiDict's spelling of 申し込み, which the nursery
		// entry uses. The tax entry shares nothing; without general synonyms the nursery entry is weaker.
		String question = "保育所の申しこみ";
		assertThat(top(question, 0.5)).isEqualTo("nursery");
		assertThat(confidence(question, "nursery", 0.5)).isGreaterThan(confidence(question, "nursery", 0));
	}

	@Test
	void withoutGeneralSynonymsOnlyTheSoundIsLeft() {
		// Without them the entry is reached only through shared reading bigrams (したら), more weakly (0.11 against
		// 0.15 when written; the unknown word keeps both low).
		String question = "引っ越しをしたら何をすればいい？";
		assertThat(confidence(question, "moving", 0.5)).isGreaterThan(confidence(question, "moving", 0) + 0.02);
	}

	@Test
	void aMatchThroughASynonymScoresBelowTheWordItself() {
		double direct = engine(0.5).classify("転居したら何をすればいい？", Audience.MEMBER).candidates().get(0).confidence();
		double synonym = engine(0.5).classify("引っ越しをしたら何をすればいい？", Audience.MEMBER).candidates().get(0).confidence();
		assertThat(synonym).isGreaterThan(0).isLessThan(direct);
	}

	@Test
	void aKnownWordIsNotExpanded() {
		// 補助金 is in the knowledge: its synonym 助成金 is not, and 交付 (in the grants entry) must not be reached from
		// 補助金's group either, so the ranking is the word's own.
		List<Candidate> with = engine(0.5).classify("補助金はありますか", Audience.MEMBER).candidates();
		List<Candidate> without = engine(0).classify("補助金はありますか", Audience.MEMBER).candidates();
		assertThat(with).extracting(Candidate::faqId).containsExactlyElementsOf(
				without.stream().map(Candidate::faqId).toList());
		assertThat(with.get(0).confidence()).isEqualTo(without.get(0).confidence());
	}

	private static double confidence(String question, String id, double weight) {
		return engine(weight).classify(question, Audience.MEMBER).candidates().stream()
			.filter(candidate -> candidate.faqId().equals(id)).mapToDouble(Candidate::confidence).findFirst().orElse(0);
	}

	private static String top(String question, double weight) {
		List<Candidate> candidates = engine(weight).classify(question, Audience.MEMBER).candidates();
		assertThat(candidates).as(question).isNotEmpty();
		return candidates.get(0).faqId();
	}

	private static MatchingEngine engine(double weight) {
		return MatchingEngine.create(KNOWLEDGE, MatchingProperties.defaults()
			.withAnalysis(MatchingProperties.Analysis.defaults().withGeneralSynonymsWeight(weight)));
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of(), answer, Set.of(Audience.MEMBER, Audience.STAFF), "テスト", null,
				List.of(), List.of(), null, false, null);
	}
}
