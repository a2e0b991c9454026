package jp.chigasaki.kyodo.matching.internal;

import java.util.List;

/**
 * Plain L2-regularised logistic regression by gradient descent: small data (hundreds of labelled questions, four
 * features), so no library is needed. Weight 0 is the bias.
 */
final class LogisticFit {

	private static final int ITERATIONS = 20_000;
	private static final double RATE = 0.5;
	private static final double L2 = 1e-3;

	private LogisticFit() {
	}

	static double[] fit(List<double[]> features, List<Boolean> labels) {
		int n = features.size();
		int d = features.isEmpty() ? 0 : features.get(0).length;
		double[] w = new double[d + 1];
		for (int iteration = 0; iteration < ITERATIONS && n > 0; iteration++) {
			double[] gradient = new double[d + 1];
			for (int i = 0; i < n; i++) {
				double[] x = features.get(i);
				double error = predict(w, x) - (labels.get(i) ? 1 : 0);
				gradient[0] += error;
				for (int j = 0; j < d; j++) {
					gradient[j + 1] += error * x[j];
				}
			}
			for (int j = 0; j <= d; j++) {
				w[j] -= RATE * (gradient[j] / n + (j > 0 ? L2 * w[j] : 0));
			}
		}
		return w;
	}

	static double predict(double[] w, double[] x) {
		double z = w[0];
		for (int j = 0; j < x.length; j++) {
			z += w[j + 1] * x[j];
		}
		return 1 / (1 + Math.exp(-z));
	}
}
