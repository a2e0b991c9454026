package jp.chigasaki.kyodo.insights;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.redis.core.RedisOperations;
import org.springframework.data.redis.core.SessionCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * The key schema of insights; every key of one day shares the hash tag {@code {ins:YYYY-MM-DD}} (the day in the
 * configured zone), so that {@code record.lua} changes them atomically, also on Redis Cluster. No key or value holds
 * a LINE user or group id; the conversation key in the marks is the conversation owner's keyed hash.
 * <ul>
 * <li>{@code kyodo:{ins:D}:counts} HASH of counters (field names in {@link DayCounts}); expires
 * {@code aggregate-retention} after the day ends.</li>
 * <li>{@code kyodo:{ins:D}:claim}, {@code kyodo:{ins:D}:resolve} ZSET ticket id → seconds (time to claim, time to
 * resolve), for medians and p90; same expiry as the counters.</li>
 * <li>{@code kyodo:{ins:D}:events} LIST of raw analytics events as JSON (decision, entry, band, ticket lifecycle; no
 * ids, no text); expires {@code raw-retention} after the day ends.</li>
 * <li>{@code kyodo:{ins:D}:answered}, {@code kyodo:{ins:D}:troubled} SET of conversation keys with an answered turn,
 * with an escalation or 役に立たなかった that day (self-resolution rate); expire {@code conversation-window} after the
 * day ends.</li>
 * <li>{@code kyodo:{ins:D}:questions} HASH number → JSON of a masked question the bot could not answer well;
 * {@code kyodo:{ins:D}:labels} HASH number → JSON of the coordinator's label; both expire
 * {@code question-retention} after the day ends.</li>
 * <li>{@code kyodo:{ins:D}:ticket-events} SET of the ticket event ids counted into the day (ids of the ticket
 * event stream, no personal data), so a redelivered event is counted once; same expiry as the counters.</li>
 * </ul>
 */
final class AnalyticsStore {

	private static final RedisScript<Long> RECORD = LuaScripts.of("insights/record.lua", Long.class);

	private final StringRedisTemplate redis;
	private final InsightsProperties properties;
	private final Clock clock;

	AnalyticsStore(StringRedisTemplate redis, InsightsProperties properties, Clock clock) {
		this.redis = redis;
		this.properties = properties;
		this.clock = clock;
	}

	static String key(LocalDate day, String part) {
		return "kyodo:{ins:" + day + "}:" + part;
	}

	/** One event's changes to its day. */
	record Write(List<String> counters, String rawJson, String conversationKey, String mark, String durationKind,
			String durationMember, long durationSeconds, String questionJson) {
	}

	/** Stores the write atomically; returns the stored question's id ({@code D:N}), empty when none was stored. */
	Optional<String> record(LocalDate day, Write write) {
		Long number = run(day, write, null);
		return number == null || number <= 0 ? Optional.empty() : Optional.of(day + ":" + number);
	}

	/**
	 * Stores the write of a ticket event once per {@code eventId} (the same script marks the id in the day's set).
	 *
	 * @return false when the event was counted before (nothing changed)
	 */
	boolean recordOnce(LocalDate day, Write write, String eventId) {
		Long result = run(day, write, eventId);
		return result == null || result >= 0;
	}

	private Long run(LocalDate day, Write write, String eventId) {
		Instant end = day.plusDays(1).atStartOfDay(properties.zone()).toInstant();
		if (!end.plus(properties.aggregateRetention()).isAfter(clock.instant())) {
			return 0L;
		}
		List<String> args = new ArrayList<>(List.of(expireAt(end, properties.aggregateRetention()),
				expireAt(end, properties.rawRetention()), expireAt(end, properties.conversationWindow()),
				expireAt(end, properties.questionRetention()), write.rawJson(), orEmpty(write.conversationKey()),
				orEmpty(write.mark()), orEmpty(write.durationMember()), Long.toString(write.durationSeconds()),
				orEmpty(write.questionJson())));
		List<String> keys = new ArrayList<>(List.of(key(day, "counts"), key(day, "events"),
				key(day, write.durationKind() == null ? "claim" : write.durationKind()), key(day, "answered"),
				key(day, "troubled"), key(day, "questions")));
		if (eventId != null) {
			keys.add(key(day, "ticket-events"));
			args.add(eventId);
		}
		args.addAll(write.counters());
		return redis.execute(RECORD, keys, args.toArray());
	}

	/** Every day's counters and durations, in one pipelined round trip. */
	List<DayCounts> days(List<LocalDate> days) {
		List<Object> replies = pipelined(operations -> {
			for (LocalDate day : days) {
				operations.opsForHash().entries(key(day, "counts"));
				operations.opsForZSet().rangeWithScores(key(day, "claim"), 0, -1);
				operations.opsForZSet().rangeWithScores(key(day, "resolve"), 0, -1);
			}
		});
		List<DayCounts> result = new ArrayList<>();
		for (int i = 0; i < days.size(); i++) {
			result.add(DayCounts.of(days.get(i), replies.get(3 * i), replies.get(3 * i + 1), replies.get(3 * i + 2)));
		}
		return result;
	}

	/** The stored questions of the days with their labels: id ({@code D:N}) → [question JSON, label JSON or null]. */
	Map<String, String[]> questions(List<LocalDate> days) {
		List<Object> replies = pipelined(operations -> {
			for (LocalDate day : days) {
				operations.opsForHash().entries(key(day, "questions"));
				operations.opsForHash().entries(key(day, "labels"));
			}
		});
		Map<String, String[]> result = new java.util.LinkedHashMap<>();
		for (int i = 0; i < days.size(); i++) {
			Map<?, ?> questions = (Map<?, ?>) replies.get(2 * i);
			Map<?, ?> labels = (Map<?, ?>) replies.get(2 * i + 1);
			for (Map.Entry<?, ?> entry : questions.entrySet()) {
				result.put(days.get(i) + ":" + entry.getKey(),
						new String[] { (String) entry.getValue(), (String) labels.get(entry.getKey()) });
			}
		}
		return result;
	}

	/** Labels a stored question (only if it still exists); the label shares the question's expiry. */
	boolean label(String questionId, String labelJson) {
		LocalDate day = LocalDate.parse(questionId.substring(0, questionId.indexOf(':')));
		String number = questionId.substring(questionId.indexOf(':') + 1);
		if (!Boolean.TRUE.equals(redis.opsForHash().hasKey(key(day, "questions"), number))) {
			return false;
		}
		redis.opsForHash().put(key(day, "labels"), number, labelJson);
		redis.expireAt(key(day, "labels"), day.plusDays(1).atStartOfDay(properties.zone())
			.toInstant()
			.plus(properties.questionRetention()));
		return true;
	}

	private List<Object> pipelined(java.util.function.Consumer<RedisOperations<String, String>> commands) {
		return redis.executePipelined(new SessionCallback<Object>() {

			@Override
			@SuppressWarnings("unchecked")
			public <K, V> Object execute(RedisOperations<K, V> operations) {
				commands.accept((RedisOperations<String, String>) operations);
				return null;
			}
		});
	}

	private static String expireAt(Instant end, Duration retention) {
		return Long.toString(end.plus(retention).getEpochSecond());
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

	static Map<String, Long> longs(Map<?, ?> hash) {
		Map<String, Long> counts = new HashMap<>();
		hash.forEach((field, value) -> counts.put((String) field, Long.parseLong((String) value)));
		return counts;
	}
}
