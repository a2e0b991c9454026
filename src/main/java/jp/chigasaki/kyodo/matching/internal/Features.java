package jp.chigasaki.kyodo.matching.internal;

import jp.chigasaki.kyodo.matching.MatchingProperties.Calibration;

/**
 * What calibration sees of one candidate.
 *
 * @param top the candidate's score over the query's ceiling
 * @param margin its lead over the best other candidate, in the same units (negative when another leads)
 * @param matched share of the question's words the candidate contains
 * @param known share of the question's words that the knowledge knows at all
 * @param outOfScope the intent model's probability that the question is not an FAQ question
 */
record Features(double top, double margin, double matched, double known, double outOfScope) {

	double[] vector() {
		return new double[] { top, margin, matched, known, outOfScope };
	}

	double confidence(Calibration c) {
		double z = c.bias() + c.top() * top + c.margin() * margin + c.matched() * matched + c.known() * known
				+ c.outOfScope() * outOfScope;
		return 1 / (1 + Math.exp(-z));
	}

	static Calibration calibration(double[] weights) {
		return new Calibration(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5]);
	}
}
