package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RetrieverTests {

	@Test
	void readingKeepsNearlyItsFullWeightInASmallIndex() {
		assertThat(Retriever.fallbackShare(0, 150)).isEqualTo(1.0);
		assertThat(Retriever.fallbackShare(0, 176)).isCloseTo(0.92, within(0.01));
	}

	@Test
	void readingFallsBackWhenEveryWordIsKnownInALargeIndex() {
		assertThat(Retriever.fallbackShare(0, 10_000)).isCloseTo(Math.sqrt(150 / 10_000.0), within(1e-9));
		assertThat(Retriever.fallbackShare(0, 1_786)).isCloseTo(0.29, within(0.01));
	}

	@Test
	void aKanaOrRomajiQuestionWhoseWordsAreUnknownKeepsTheFullWeightInAnyIndex() {
		assertThat(Retriever.fallbackShare(1, 10_000)).isEqualTo(1.0);
		assertThat(Retriever.fallbackShare(0.5, 10_000)).isBetween(Retriever.fallbackShare(0, 10_000), 1.0);
	}

	@Test
	void coverageReRankingKeepsItsWeightInOurFaqAndFadesInALargeIndex() {
		assertThat(Retriever.smallIndexShare(176)).isCloseTo(0.92, within(0.01));
		assertThat(Retriever.smallIndexShare(10_000)).isCloseTo(0.12, within(0.01));
		assertThat(Retriever.smallIndexShare(1)).isEqualTo(1.0);
	}
}
