package jp.chigasaki.kyodo.matching.internal;

import java.util.List;

/**
 * L2-regularised logistic regression by Newton's method: hundreds of labelled questions and four features, so a
 * 5×5 system per step converges exactly in a few iterations, and no library is needed. Weight 0 is the bias.
 */
final class LogisticFit {

	private static final int ITERATIONS = 50;
	private static final double L2 = 1e-2;

	private LogisticFit() {
	}

	static double[] fit(List<double[]> features, List<Boolean> labels) {
		int d = features.isEmpty() ? 0 : features.get(0).length + 1;
		double[] w = new double[d];
		for (int iteration = 0; iteration < ITERATIONS && d > 0; iteration++) {
			double[] gradient = new double[d];
			double[][] hessian = new double[d][d];
			for (int i = 0; i < features.size(); i++) {
				double[] x = withBias(features.get(i));
				double p = predict(w, x);
				double error = p - (labels.get(i) ? 1 : 0);
				for (int j = 0; j < d; j++) {
					gradient[j] += error * x[j];
					for (int k = 0; k < d; k++) {
						hessian[j][k] += p * (1 - p) * x[j] * x[k];
					}
				}
			}
			for (int j = 1; j < d; j++) {
				gradient[j] += L2 * w[j];
				hessian[j][j] += L2;
			}
			hessian[0][0] += 1e-9;
			double[] step = solve(hessian, gradient);
			for (int j = 0; j < d; j++) {
				w[j] -= step[j];
			}
		}
		return w;
	}

	private static double[] withBias(double[] x) {
		double[] full = new double[x.length + 1];
		full[0] = 1;
		System.arraycopy(x, 0, full, 1, x.length);
		return full;
	}

	private static double predict(double[] w, double[] x) {
		double z = 0;
		for (int j = 0; j < x.length; j++) {
			z += w[j] * x[j];
		}
		return 1 / (1 + Math.exp(-z));
	}

	/** Gaussian elimination with partial pivoting. */
	private static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][];
		for (int i = 0; i < n; i++) {
			m[i] = new double[n + 1];
			System.arraycopy(a[i], 0, m[i], 0, n);
			m[i][n] = b[i];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				pivot = Math.abs(m[row][col]) > Math.abs(m[pivot][col]) ? row : pivot;
			}
			double[] swap = m[col];
			m[col] = m[pivot];
			m[pivot] = swap;
			for (int row = 0; row < n; row++) {
				if (row != col && m[col][col] != 0) {
					double factor = m[row][col] / m[col][col];
					for (int k = col; k <= n; k++) {
						m[row][k] -= factor * m[col][k];
					}
				}
			}
		}
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
		}
		return x;
	}
}
