package jp.chigasaki.kyodo.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/** Match suggestions with the FAQ's own analyzer chain: a golden table of needs, groups and expected order. */
class MatchScorerTests {

	static final MatchingEngine ENGINE = MatchingEngine.create(KnowledgeBase.load(
			Path.of("src/test/resources/knowledge/valid/faq"), Path.of("src/test/resources/knowledge/valid/intents")),
			MatchingProperties.defaults());

	private final MatchScorer scorer = new MatchScorer(ENGINE::textAnalyzer);

	private static final MatchScorer.Side BEACH = new MatchScorer.Side(1, "海岸清掃サークル\n南湖\n海岸のごみ拾いと清掃活動\n子どもと海を守りたい",
			Field.ENVIRONMENT, "南湖");
	private static final MatchScorer.Side CHILDREN = new MatchScorer.Side(2, "子ども食堂ひだまり\n香川\n子どもの食事と学習支援\n居場所を増やしたい",
			Field.CHILDREN, "香川");
	private static final MatchScorer.Side ELDERS = new MatchScorer.Side(3, "見守り隊\n鶴が台\n高齢者の見守り訪問\n担い手不足",
			Field.WELFARE, "鶴が台");

	@Test
	void aBeachCleaningNeedSuggestsTheBeachGroupFirstWithItsReasons() {
		MatchScorer.Side need = new MatchScorer.Side(10, "海岸の清掃を一緒に\n海岸のごみを減らす清掃活動を市民と行いたい\n南湖",
				Field.ENVIRONMENT, "南湖");

		List<MatchScorer.Scored> scored = scorer.score(need, List.of(ELDERS, CHILDREN, BEACH));

		assertThat(scored).extracting(MatchScorer.Scored::id).first().isEqualTo(1L);
		MatchScorer.Scored best = scored.get(0);
		assertThat(best.reasons()).contains("分野が同じ（環境）", "活動地域が重なる（南湖）");
		assertThat(best.reasons()).anyMatch(reason -> reason.startsWith("共通の言葉: ") && reason.contains("海岸")
				&& reason.contains("清掃"));
		assertThat(best.score()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
		assertThat(scored).extracting(MatchScorer.Scored::id).doesNotContain(3L);
	}

	@Test
	void sharedWordsAloneAreEnoughAcrossFields() {
		MatchScorer.Side need = new MatchScorer.Side(11, "放課後の子どもの居場所づくり\n学習支援のボランティア", Field.EDUCATION,
				"市内全域");

		List<MatchScorer.Scored> scored = scorer.score(need, List.of(BEACH, CHILDREN, ELDERS));

		assertThat(scored).extracting(MatchScorer.Scored::id).first().isEqualTo(2L);
		assertThat(scored.get(0).reasons()).noneMatch(reason -> reason.startsWith("分野"))
			.noneMatch(reason -> reason.startsWith("活動地域"));
	}

	@Test
	void nothingInCommonSuggestsNothing() {
		MatchScorer.Side need = new MatchScorer.Side(12, "庁舎の電気料金の見直し", Field.INDUSTRY, "市内全域");

		assertThat(scorer.score(need, List.of(BEACH, CHILDREN, ELDERS))).isEmpty();
	}

	@Test
	void theWholeCityOverlapsNoParticularArea() {
		assertThat(MatchScorer.areasOverlap("市内全域", "南湖")).isFalse();
		assertThat(MatchScorer.areasOverlap("南湖", "浜見平・南湖")).isTrue();
		assertThat(MatchScorer.areasOverlap("香川", "南湖")).isFalse();
	}
}
