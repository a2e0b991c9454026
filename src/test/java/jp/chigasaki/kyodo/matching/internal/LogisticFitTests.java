package jp.chigasaki.kyodo.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.matching.MatchingProperties.Calibration;

class LogisticFitTests {

	@Test
	void recoversTheWeightsThatGeneratedTheLabels() {
		double[] truth = { -2, 3, 1.5, 0, 2, -4 };
		Random random = new Random(1);
		List<double[]> features = new ArrayList<>();
		List<Boolean> labels = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			double[] x = { random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble(),
					random.nextDouble() };
			double z = truth[0];
			for (int j = 0; j < x.length; j++) {
				z += truth[j + 1] * x[j];
			}
			features.add(x);
			labels.add(random.nextDouble() < 1 / (1 + Math.exp(-z)));
		}

		double[] fitted = LogisticFit.fit(features, labels);

		assertThat(fitted).containsExactly(truth, within(0.25));
	}

	@Test
	void confidenceIsTheSigmoidOfTheWeightedFeatures() {
		Calibration calibration = new Calibration(-1, 2, 0, 0, 0, 0);

		assertThat(new Features(0.5, 0.3, 1, 1, 0).confidence(calibration)).isCloseTo(0.5, within(1e-12));
		assertThat(new Features(1, 0, 0, 0, 0).confidence(calibration)).isCloseTo(1 / (1 + Math.exp(-1)),
				within(1e-12));
	}

	@Test
	void noSamplesGiveNoWeights() {
		assertThat(LogisticFit.fit(List.of(), List.of())).isEmpty();
	}
}
