package jp.chigasaki.kyodo.matching.internal;

import jp.chigasaki.kyodo.matching.MatchingProperties.Calibration;

/**
 * What calibration sees of one candidate.
 *
 * @param top the candidate's score over the query's ceiling
 * @param margin its relative lead over the best other candidate (negative when another leads)
 * @param coverage share of the question's words the knowledge knows
 * @param outOfScope how strongly the out-of-scope examples claim the question
 */
record Features(double top, double margin, double coverage, double outOfScope) {

	double[] vector() {
		return new double[] { top, margin, coverage, outOfScope };
	}

	double confidence(Calibration c) {
		double z = c.bias() + c.top() * top + c.margin() * margin + c.coverage() * coverage
				+ c.outOfScope() * outOfScope;
		return 1 / (1 + Math.exp(-z));
	}

	static Calibration calibration(double[] weights) {
		return new Calibration(weights[0], weights[1], weights[2], weights[3], weights[4]);
	}
}
