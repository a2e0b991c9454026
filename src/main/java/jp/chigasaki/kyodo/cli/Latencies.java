package jp.chigasaki.kyodo.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Wall-clock times of single questions, reported as nearest-rank percentiles in milliseconds. */
final class Latencies {

	private final List<Long> nanos = new ArrayList<>();

	void add(long elapsedNanos) {
		nanos.add(elapsedNanos);
	}

	double percentileMs(double percentile) {
		if (nanos.isEmpty()) {
			return 0;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int rank = (int) Math.ceil(percentile / 100 * sorted.size());
		return sorted.get(Math.max(0, rank - 1)) / 1e6;
	}
}
