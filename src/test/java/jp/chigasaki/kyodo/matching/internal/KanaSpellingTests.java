package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/** Hiragana typed for the knowledge's words is spelled with its kanji before the word fields read it. */
class KanaSpellingTests {

	private final KanaSpelling spelling = KanaSpelling.of(knowledge(), null);

	@Test
	void spellsTheKnowledgesCompoundsInAQuestionTypedInKana() {
		assertThat(spelling.spell("ぼうさいのくんれんってだれでもさんかできる？")).isEqualTo("防災の訓練ってだれでも参加できる？");
		assertThat(spelling.spell("さぽーとせんたーでとうろくしたい")).isEqualTo("サポートセンターで登録したい");
	}

	@Test
	void spellsAReadingSharedBySynonymsAsTheirCanonicalForm() {
		assertThat(spelling.spell("きょうどうってなに")).isEqualTo("協働ってなに");
		assertThat(spelling.spell("げんききんのしんさ")).isEqualTo("げんき基金の審査");
	}

	@Test
	void leavesAReadingOfTwoDifferentCompoundsAsTyped() {
		// こうえん is both 公園 and 後援 in this knowledge.
		assertThat(spelling.spell("こうえんのそうじ")).isEqualTo("こうえんのそうじ");
	}

	@Test
	void leavesMessagesWrittenWithKanjiAlone() {
		// していただける holds してい (指定) and としてどう holds とし (都市): in a message written with kanji those
		// syllables are grammar, not words.
		String polite = "防災訓練の指定について、市としてどう支援していただけるのでしょうか";
		assertThat(KanaSpelling.typedInKana(polite)).isFalse();
		assertThat(spelling.spell(polite)).isEqualTo(polite);
	}

	private static KnowledgeBase knowledge() {
		FaqEntry bosai = entry("bosai", "防災訓練に参加できますか？", "避難所の指定や都市の防災について。公園の清掃も。");
		FaqEntry koen = entry("koen", "後援の申請はどうしますか？", "サポートセンターで登録した団体も後援を申請できます。");
		FaqEntry kikin = entry("kikin", "げんき基金の審査は？", "審査は公開です。");
		List<SynonymGroup> synonyms = List.of(new SynonymGroup(List.of("協働", "共同", "協同"), new Location("s", 1)),
				new SynonymGroup(List.of("げんき基金", "げんききん", "元気基金"), new Location("s", 2)));
		return new KnowledgeBase(List.of(bosai, koen, kikin), List.of(), List.of(), List.of(), List.of(), synonyms, "");
	}

	private static FaqEntry entry(String id, String question, String answer) {
		return new FaqEntry(id, question, List.of("協働と共同と協同"), answer, Set.of(Audience.MEMBER), "c", "d", List.of(),
				List.of("S1"), null, false, null);
	}
}
