package jp.chigasaki.kyodo.announcements;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.redis.connection.stream.StreamRecords;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.groups.Field;

/**
 * Subscriptions and sent announcements in Redis.
 * <ul>
 * <li>{@code kyodo:ann:{f:FIELD}:subscribers} SET of LINE user ids who opted in to the field. Ids only; SADD and
 * SREM are the opt-in and the one-tap opt-out. No TTL (an opt-in lasts until opt-out).</li>
 * <li>{@code kyodo:ann:seq} STRING, INCR: the last announcement id.</li>
 * <li>{@code kyodo:ann:{a:ID}:announcement} HASH fields, text, actor, at, recipients, delivered, batches. Holds text:
 * TTL {@code retention}.</li>
 * <li>{@code kyodo:ann:audit} STREAM (capped at about 10,000): id, actor, fields, recipients, delivered, batches,
 * at. No text, no LINE id.</li>
 * </ul>
 * Recipients of several fields are the union of their sets, read one key at a time (each set is its own slot).
 */
class AnnouncementStore {

	static final String SEQUENCE = "kyodo:ann:seq";
	static final String AUDIT = "kyodo:ann:audit";
	private static final long AUDIT_LENGTH = 10_000;

	private static final org.springframework.data.redis.core.script.RedisScript<Long> RECORD = org.springframework.data.redis.core.script.RedisScript
		.of(new org.springframework.core.io.ClassPathResource("announcements/record.lua"), Long.class);

	private final StringRedisTemplate redis;
	private final Duration retention;

	AnnouncementStore(StringRedisTemplate redis, Duration retention) {
		this.redis = redis;
		this.retention = retention;
	}

	static String subscribers(Field field) {
		return "kyodo:ann:{f:" + field.name() + "}:subscribers";
	}

	/** @return true when the user was not subscribed before (SADD decides) */
	boolean subscribe(String userId, Field field) {
		Long added = redis.opsForSet().add(subscribers(field), userId);
		return added != null && added == 1;
	}

	boolean unsubscribe(String userId, Field field) {
		Long removed = redis.opsForSet().remove(subscribers(field), userId);
		return removed != null && removed == 1;
	}

	Set<Field> subscriptions(String userId) {
		Set<Field> fields = EnumSet.noneOf(Field.class);
		for (Field field : Field.values()) {
			if (Boolean.TRUE.equals(redis.opsForSet().isMember(subscribers(field), userId))) {
				fields.add(field);
			}
		}
		return fields;
	}

	/** The distinct subscribers of any of {@code fields}, in a stable order (so batches and retry keys repeat). */
	List<String> recipients(Collection<Field> fields) {
		Set<String> union = new TreeSet<>();
		for (Field field : fields) {
			Set<String> members = redis.opsForSet().members(subscribers(field));
			if (members != null) {
				union.addAll(members);
			}
		}
		return List.copyOf(union);
	}

	long nextId() {
		return redis.opsForValue().increment(SEQUENCE);
	}

	void record(long id, Set<Field> fields, String text, String actor, Instant at, int recipients, int delivered,
			int batches) {
		String fieldNames = fields.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
		Map<String, String> audit = new LinkedHashMap<>();
		audit.put("id", Long.toString(id));
		audit.put("actor", actor);
		audit.put("fields", fieldNames);
		audit.put("recipients", Integer.toString(recipients));
		audit.put("delivered", Integer.toString(delivered));
		audit.put("batches", Integer.toString(batches));
		audit.put("at", Long.toString(at.toEpochMilli()));
		Map<String, String> hash = new LinkedHashMap<>(audit);
		hash.put("text", text);
		List<String> args = new java.util.ArrayList<>(List.of(Long.toString(Math.max(1, retention.toSeconds()))));
		hash.forEach((name, value) -> {
			args.add(name);
			args.add(value);
		});
		redis.execute(RECORD, List.of("kyodo:ann:{a:" + id + "}:announcement"), args.toArray());
		redis.opsForStream().add(StreamRecords.string(audit).withStreamKey(AUDIT));
		redis.opsForStream().trim(AUDIT, AUDIT_LENGTH, true);
	}

	/** The audit entries, newest first. */
	List<Map<Object, Object>> audit(int limit) {
		var records = redis.opsForStream()
			.reverseRange(AUDIT, org.springframework.data.domain.Range.unbounded(),
					org.springframework.data.redis.connection.Limit.limit().count(limit));
		return records == null ? List.of() : records.stream().map(record -> record.getValue()).toList();
	}
}
