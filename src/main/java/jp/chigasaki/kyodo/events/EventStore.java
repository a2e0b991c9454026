package jp.chigasaki.kyodo.events;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Events and their applications in Redis. The keys of one event share the hash tag {@code {e:ID}}, so the capacity
 * check and the application are one script on one slot.
 * <ul>
 * <li>{@code kyodo:evt:seq} STRING, INCR: the last event id. No TTL.</li>
 * <li>{@code kyodo:evt:{e:ID}:event} HASH title, field, startsAt, endsAt (ISO local date-time, Asia/Tokyo), place,
 * capacity, description, presentations ('1'), departments (newline-separated), published ('1'). TTL: until the
 * event's end plus {@code retention}.</li>
 * <li>{@code kyodo:evt:{e:ID}:applications} HASH applicant LINE user id → {@code ROLE|groupId|appliedAtMillis}.
 * HLEN is the number of seats taken. TTL: the event's.</li>
 * <li>{@code kyodo:evt:{e:ID}:reminded} STRING, SET NX by the instance that sends the day-before reminder, so it
 * goes out once however many instances run the job. TTL: the event's.</li>
 * <li>{@code kyodo:evt:index} ZSET event id → starts at (epoch millis). Ids only; expired ids are dropped on read.</li>
 * </ul>
 * Scripts: {@code src/main/resources/events/save.lua}, {@code apply.lua}; a cancellation is one HDEL.
 */
class EventStore {

	static final String SEQUENCE = "kyodo:evt:seq";
	static final String INDEX = "kyodo:evt:index";
	static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");

	private final StringRedisTemplate redis;
	private final Duration retention;
	private final RedisScript<Long> save = LuaScripts.of("events/save.lua", Long.class);
	private final RedisScript<String> apply = LuaScripts.of("events/apply.lua", String.class);

	EventStore(StringRedisTemplate redis, Duration retention) {
		this.redis = redis;
		this.retention = retention;
	}

	static String key(long id, String part) {
		return "kyodo:evt:{e:" + id + "}:" + part;
	}

	long create(Event event, Instant now) {
		long id = redis.opsForValue().increment(SEQUENCE);
		write(id, event, true, now);
		return id;
	}

	boolean update(long id, Event event, Instant now) {
		return write(id, event, false, now);
	}

	private boolean write(long id, Event event, boolean create, Instant now) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", event.title());
		fields.put("field", event.field().name());
		fields.put("startsAt", event.startsAt().toString());
		fields.put("endsAt", event.endsAt().toString());
		fields.put("place", event.place());
		fields.put("capacity", Integer.toString(event.capacity()));
		fields.put("description", event.description());
		fields.put("presentations", event.presentations() ? "1" : "0");
		fields.put("departments", String.join("\n", event.departments()));
		fields.put("published", event.published() ? "1" : "0");
		List<String> args = new ArrayList<>(List.of(Long.toString(ttl(event, now)), create ? "1" : "0"));
		fields.forEach((name, value) -> {
			args.add(name);
			args.add(value);
		});
		Long written = redis.execute(save, List.of(key(id, "event")), args.toArray());
		boolean stored = written != null && written == 1;
		if (stored) {
			redis.opsForZSet().add(INDEX, Long.toString(id), event.startsAt().atZone(ZONE).toInstant().toEpochMilli());
		}
		return stored;
	}

	private long ttl(Event event, Instant now) {
		long seconds = Duration.between(now, event.endsAt().atZone(ZONE).toInstant().plus(retention)).toSeconds();
		return Math.max(60, seconds);
	}

	/** @return OK, ALREADY, FULL, CLOSED or NOT_FOUND (apply.lua) */
	String apply(long id, String applicant, Event.Role role, Long groupId, Instant now) {
		String value = role.name() + "|" + (groupId == null ? "" : groupId) + "|" + now.toEpochMilli();
		return redis.execute(apply, List.of(key(id, "event"), key(id, "applications")), applicant, value);
	}

	/** The role of the removed application, empty when there was none (HDEL decides). */
	Optional<Event.Role> cancel(long id, String applicant) {
		Object before = redis.opsForHash().get(key(id, "applications"), applicant);
		Long removed = redis.opsForHash().delete(key(id, "applications"), applicant);
		if (removed == null || removed == 0 || before == null) {
			return Optional.empty();
		}
		return Optional.of(Event.Role.valueOf(((String) before).split("\\|")[0]));
	}

	List<Event.Application> applications(long id) {
		Map<Object, Object> entries = redis.opsForHash().entries(key(id, "applications"));
		return entries.entrySet().stream().map(entry -> {
			String[] parts = ((String) entry.getValue()).split("\\|", -1);
			return new Event.Application((String) entry.getKey(), Event.Role.valueOf(parts[0]),
					parts[1].isEmpty() ? null : Long.valueOf(parts[1]), null,
					Instant.ofEpochMilli(Long.parseLong(parts[2])));
		}).sorted(Comparator.comparing(Event.Application::at)).toList();
	}

	boolean applied(long id, String applicant) {
		return redis.opsForHash().hasKey(key(id, "applications"), applicant);
	}

	long taken(long id) {
		Long size = redis.opsForHash().size(key(id, "applications"));
		return size == null ? 0 : size;
	}

	/** True for the one caller that claims the reminder of the event (SET NX). */
	boolean claimReminder(long id, Event event, Instant now) {
		Boolean claimed = redis.opsForValue()
			.setIfAbsent(key(id, "reminded"), "1", Duration.ofSeconds(ttl(event, now)));
		return Boolean.TRUE.equals(claimed);
	}

	Optional<Event> find(long id) {
		Map<Object, Object> hash = redis.opsForHash().entries(key(id, "event"));
		return hash.isEmpty() ? Optional.empty() : Optional.of(read(id, hash));
	}

	/** Events by start time, earliest first. */
	List<Event> all() {
		Set<String> ids = redis.opsForZSet().range(INDEX, 0, -1);
		List<Event> events = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			find(Long.parseLong(id)).ifPresentOrElse(events::add, () -> redis.opsForZSet().remove(INDEX, id));
		}
		return events;
	}

	private static Event read(long id, Map<Object, Object> hash) {
		String departments = text(hash, "departments");
		return new Event(id, text(hash, "title"), Field.valueOf(text(hash, "field")),
				LocalDateTime.parse(text(hash, "startsAt")), LocalDateTime.parse(text(hash, "endsAt")),
				text(hash, "place"), Integer.parseInt(text(hash, "capacity")), text(hash, "description"),
				"1".equals(hash.get("presentations")),
				departments.isEmpty() ? List.of() : Arrays.asList(departments.split("\n")),
				"1".equals(hash.get("published")));
	}

	private static String text(Map<Object, Object> hash, String field) {
		return (String) hash.getOrDefault(field, "");
	}
}
