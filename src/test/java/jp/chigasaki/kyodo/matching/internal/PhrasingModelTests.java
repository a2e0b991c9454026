package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The phrasing model learns from the records' questions and phrasings which words tell one record from the others.
 * Examples written for this test, on made-up entries.
 */
class PhrasingModelTests {

	private static final KnowledgeBase EMPTY = new KnowledgeBase(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of(), "");

	private final Analysis analysis = new Analysis(EMPTY, MatchingProperties.Analysis.defaults());

	private final Entry rota = entry("rota", null, "花壇の水やり当番の決め方", "水やり当番って誰が決める？", "花壇の当番の順番を知りたい",
			"当番表はどこで見られる？");
	private final Entry hall = entry("hall", null, "集会所の予約", "集会所を借りたい", "集会所は何日前から予約できる？",
			"集会所の鍵はどこで受け取る？");
	private final Entry tent = entry("tent", null, "テントの貸し出し", "行事でテントを使いたい", "テントを借りられますか",
			"テントの返し方");

	@Test
	void choosesTheRecordWhosePhrasingsShareTheTellingWords() {
		PhrasingModel model = PhrasingModel.of(List.of(rota, hall, tent), analysis, List.of("a"));

		assertThat(model.firstChoice(question("当番表を見たいです"), rota)).isTrue();
		assertThat(model.firstChoice(question("当番表を見たいです"), hall)).isFalse();
		// 借りる is said of the hall and of the tent alike; 鍵 is said only of the hall.
		assertThat(model.firstChoice(question("鍵を借りたい"), hall)).isTrue();
		assertThat(model.firstChoice(question("テントを返したい"), tent)).isTrue();
	}

	@Test
	void aQuestionWithNoWordTheModelKnowsIsNoChoice() {
		PhrasingModel model = PhrasingModel.of(List.of(rota, hall, tent), analysis, List.of("a"));

		assertThat(model.firstChoice(question("ＸＹＺ"), rota)).isFalse();
		assertThat(model.firstChoice(question("ＸＹＺ"), hall)).isFalse();
	}

	@Test
	void aTwinIsTheSameTopic() {
		Entry hallCard = entry("menu-hall", "hall", "集会所の予約", "集会所を予約したい");
		Entry hallWithTwin = entry("hall", "menu-hall", "集会所の予約", "集会所を借りたい", "集会所は何日前から予約できる？",
				"集会所の鍵はどこで受け取る？");
		PhrasingModel model = PhrasingModel.of(List.of(rota, hallWithTwin, tent, hallCard), analysis, List.of("a"));

		assertThat(model.firstChoice(question("集会所を予約したい"), hallWithTwin)).isTrue();
		assertThat(model.firstChoice(question("集会所を予約したい"), hallCard)).isTrue();
		assertThat(model.firstChoice(question("集会所を予約したい"), rota)).isFalse();
	}

	@Test
	void noModelWithoutPhrasingsOrForTooManyRecords() {
		Entry bare = entry("bare", null, "集会所の予約");
		Entry other = entry("other", null, "テントの貸し出し");
		List<Entry> many = new ArrayList<>();
		for (int i = 0; i <= PhrasingModel.MAX_RECORDS; i++) {
			many.add(entry("e" + i, null, "質問" + i, "言い方" + i));
		}

		assertThat(PhrasingModel.of(List.of(bare, other), analysis, List.of("a"))).isNull();
		assertThat(PhrasingModel.of(many, analysis, List.of("a"))).isNull();
		assertThat(PhrasingModel.of(List.of(rota), analysis, List.of("a"))).isNull();
	}

	@Test
	void theSameRecordsAndAnalysisReuseTheModelAndAnotherAnalysisDoesNot() {
		PhrasingModel first = PhrasingModel.of(List.of(rota, hall, tent), analysis, List.of("b"));

		assertThat(PhrasingModel.of(List.of(rota, hall, tent), analysis, List.of("b"))).isSameAs(first);
		assertThat(PhrasingModel.of(List.of(rota, hall, tent), analysis, List.of("c"))).isNotSameAs(first);
	}

	private Analysed question(String text) {
		return new Analysed(analysis, text);
	}

	private static Entry entry(String id, String twin, String question, String... phrasings) {
		return new Entry(id, question, question, List.of(phrasings), "", List.of(),
				EnumSet.of(Audience.MEMBER, Audience.STAFF), twin);
	}
}
