package jp.chigasaki.kyodo.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retrieval metrics over ranked document ids with graded relevance. A document is relevant when its grade is at least
 * the minimum grade; nDCG uses the grades themselves as gains (linear, as pytrec_eval does) and a log2(rank+1)
 * discount. Queries without any relevant document are not counted.
 */
final class RankingMetrics {

	private final int minGrade;
	private final List<double[]> rows = new ArrayList<>();

	RankingMetrics(int minGrade) {
		this.minGrade = minGrade;
	}

	/** Adds one query: its ranking (best first) and its judged documents; false when nothing is relevant. */
	boolean add(List<String> ranking, Map<String, Integer> grades) {
		long relevant = grades.values().stream().filter(grade -> grade >= minGrade).count();
		if (relevant == 0) {
			return false;
		}
		int firstHit = 0;
		int hitsAt5 = 0;
		int hitsAt10 = 0;
		int hits = 0;
		double precisionSum = 0;
		double dcg = 0;
		for (int i = 0; i < ranking.size(); i++) {
			int grade = grades.getOrDefault(ranking.get(i), 0);
			if (grade < minGrade) {
				continue;
			}
			hits++;
			precisionSum += (double) hits / (i + 1);
			firstHit = firstHit == 0 ? i + 1 : firstHit;
			hitsAt5 += i < 5 ? 1 : 0;
			hitsAt10 += i < 10 ? 1 : 0;
			dcg += i < 10 ? grade / log2(i + 2) : 0;
		}
		rows.add(new double[] { firstHit == 1 ? 1 : 0, hitsAt5 > 0 ? 1 : 0, hitsAt5 / 5.0, precisionSum / relevant,
				firstHit == 0 ? 0 : 1.0 / firstHit, dcg / idealDcg(grades), (double) hitsAt10 / relevant });
		return true;
	}

	int queries() {
		return rows.size();
	}

	/** Means in the order SR@1, SR@5, P@5, MAP, MRR, nDCG@10, Recall@10. */
	double[] means() {
		double[] sums = new double[7];
		for (double[] row : rows) {
			for (int i = 0; i < sums.length; i++) {
				sums[i] += row[i];
			}
		}
		for (int i = 0; i < sums.length; i++) {
			sums[i] = rows.isEmpty() ? 0 : sums[i] / rows.size();
		}
		return sums;
	}

	static final List<String> NAMES = List.of("SR@1", "SR@5", "P@5", "MAP", "MRR", "nDCG@10", "Recall@10");

	private double idealDcg(Map<String, Integer> grades) {
		List<Integer> sorted = grades.values()
			.stream()
			.filter(grade -> grade >= minGrade)
			.sorted((a, b) -> b - a)
			.limit(10)
			.toList();
		double ideal = 0;
		for (int i = 0; i < sorted.size(); i++) {
			ideal += sorted.get(i) / log2(i + 2);
		}
		return ideal;
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}
}
