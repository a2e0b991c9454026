package jp.chigasaki.kyodo.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.connection.zset.Tuple;
import org.springframework.data.redis.core.ZSetOperations;

/**
 * One day's counters and durations as read from Redis, and the counter field names: {@code turn:<decision>} (a
 * question turn, feedback taps excluded), {@code audience:<member|staff>}, {@code chat:<user|group>},
 * {@code band:<answer|clarify|low>}, {@code asked:<faq id>} (answered with that entry), {@code up:<faq id>} and
 * {@code down:<faq id>} (feedback), {@code dept:<department id>}, {@code conv:answered} and {@code conv:self-resolved},
 * {@code ticket:opened}, {@code opened-queue:<CITY|CENTER>}, {@code opened-reason:<trigger>}, {@code ticket:claimed},
 * {@code ticket:transferred}, {@code ticket:first-reply}, {@code closed:<state>}, {@code ticket:sla-breached},
 * {@code question:<fallback|clarify|disliked>} (masked texts kept) and {@code initiative:<kind>}.
 */
record DayCounts(LocalDate day, Map<String, Long> counts, List<Long> claimSeconds, List<Long> resolveSeconds) {

	static DayCounts of(LocalDate day, Object counts, Object claims, Object resolves) {
		return new DayCounts(day, AnalyticsStore.longs((Map<?, ?>) counts), seconds(claims), seconds(resolves));
	}

	static DayCounts sum(List<DayCounts> days) {
		Map<String, Long> counts = new HashMap<>();
		List<Long> claims = new ArrayList<>();
		List<Long> resolves = new ArrayList<>();
		for (DayCounts day : days) {
			day.counts().forEach((field, value) -> counts.merge(field, value, Long::sum));
			claims.addAll(day.claimSeconds());
			resolves.addAll(day.resolveSeconds());
		}
		return new DayCounts(days.isEmpty() ? null : days.get(0).day(), counts, claims, resolves);
	}

	long get(String field) {
		return counts.getOrDefault(field, 0L);
	}

	/** The counters whose field starts with {@code prefix}, keyed by the rest of the field name. */
	Map<String, Long> withPrefix(String prefix) {
		Map<String, Long> result = new HashMap<>();
		counts.forEach((field, value) -> {
			if (field.startsWith(prefix) && value != 0) {
				result.put(field.substring(prefix.length()), value);
			}
		});
		return result;
	}

	private static List<Long> seconds(Object tuples) {
		List<Long> seconds = new ArrayList<>();
		for (Object tuple : (Collection<?>) tuples) {
			Double score = tuple instanceof ZSetOperations.TypedTuple<?> typed ? typed.getScore()
					: ((Tuple) tuple).getScore();
			seconds.add(score == null ? 0 : score.longValue());
		}
		return seconds;
	}
}
