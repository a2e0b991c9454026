package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingMetricsTests {

	@Test
	void relevantDocumentFirstScoresOneOnEveryMetric() {
		RankingMetrics metrics = new RankingMetrics(1);
		metrics.add(List.of("a", "b", "c"), Map.of("a", 1));

		assertThat(metrics.means()).containsExactly(new double[] { 1, 1, 0.2, 1, 1, 1, 1 }, within(1e-9));
	}

	@Test
	void handComputedGradedRanking() {
		// relevant: b (grade 2) at rank 2, d (grade 1) at rank 4, e (grade 3) never retrieved
		RankingMetrics metrics = new RankingMetrics(1);
		metrics.add(List.of("a", "b", "c", "d"), Map.of("b", 2, "d", 1, "e", 3, "c", 0));

		double dcg = 2 / log2(3) + 1 / log2(5);
		double idcg = 3 / log2(2) + 2 / log2(3) + 1 / log2(4);
		assertThat(metrics.means()).containsExactly(new double[] { 0, 1, 2 / 5.0, (1 / 2.0 + 2 / 4.0) / 3, 1 / 2.0,
				dcg / idcg, 2 / 3.0 }, within(1e-9));
	}

	@Test
	void minimumGradeDecidesWhatIsRelevant() {
		RankingMetrics metrics = new RankingMetrics(2);
		metrics.add(List.of("a", "b"), Map.of("a", 1, "b", 2));

		assertThat(metrics.means()[0]).isZero();
		assertThat(metrics.means()[4]).isEqualTo(0.5);
	}

	@Test
	void queriesWithoutRelevantDocumentsAreNotCounted() {
		RankingMetrics metrics = new RankingMetrics(2);

		assertThat(metrics.add(List.of("a"), Map.of("a", 1))).isFalse();
		assertThat(metrics.queries()).isZero();
		assertThat(metrics.means()).containsOnly(0.0);
	}

	@Test
	void percentilesUseNearestRank() {
		Latencies latencies = new Latencies();
		for (int ms = 1; ms <= 100; ms++) {
			latencies.add(ms * 1_000_000L);
		}

		assertThat(latencies.percentileMs(50)).isEqualTo(50.0);
		assertThat(latencies.percentileMs(99)).isEqualTo(99.0);
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
