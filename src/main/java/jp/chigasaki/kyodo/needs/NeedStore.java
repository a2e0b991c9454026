package jp.chigasaki.kyodo.needs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Needs (協働の種) in Redis. The keys of one need share the hash tag {@code {n:ID}}.
 * <ul>
 * <li>{@code kyodo:need:seq} STRING, INCR: the last need id. No TTL.</li>
 * <li>{@code kyodo:need:{n:ID}:need} HASH title, field, department, want, area, offers (comma-separated
 * {@link Need.Offer} names), cost ({@code 1} possible), period, status, postedBy (console username or
 * {@code line-staff}), posterId, createdAt, updatedAt (epoch millis). TTL {@code retention}, renewed on change.</li>
 * <li>{@code kyodo:need:{n:ID}:interest} ZSET group id → when the group tapped 関心あり. TTL {@code retention}.</li>
 * <li>{@code kyodo:need:index} ZSET need id → created at. Ids only, no TTL; expired ids are dropped on read.</li>
 * <li>{@code kyodo:need:posted:EVENTKEY} STRING need id reserved by the webhook event that posted it in LINE. TTL 1
 * day.</li>
 * </ul>
 * Writes: {@code src/main/resources/needs/update.lua} (fields and TTL in one step).
 */
class NeedStore {

	static final String SEQUENCE = "kyodo:need:seq";
	static final String INDEX = "kyodo:need:index";
	private static final java.time.Duration REQUEST_TTL = java.time.Duration.ofDays(1);

	private final StringRedisTemplate redis;
	private final Duration retention;
	private final RedisScript<String> update = LuaScripts.of("needs/update.lua", String.class);

	NeedStore(StringRedisTemplate redis, Duration retention) {
		this.redis = redis;
		this.retention = retention;
	}

	static String key(long id, String part) {
		return "kyodo:need:{n:" + id + "}:" + part;
	}

	/**
	 * Stores a new need. With a {@code requestKey} (the webhook event that posted it) the id is reserved under
	 * {@code kyodo:need:posted:KEY} (SET NX, 1 day) before the need is written, so a turn that runs twice writes the
	 * same need twice (idempotent) instead of two needs.
	 */
	long create(Need.Draft draft, String postedBy, String posterId, Instant now, String requestKey) {
		long id = redis.opsForValue().increment(SEQUENCE);
		if (requestKey != null) {
			String reserved = "kyodo:need:posted:" + requestKey;
			if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(reserved, Long.toString(id), REQUEST_TTL))) {
				id = Long.parseLong(redis.opsForValue().get(reserved));
				if (find(id).isPresent()) {
					return id;
				}
			}
		}
		Map<String, String> fields = fields(draft);
		fields.put("status", Need.Status.DRAFT.name());
		fields.put("postedBy", postedBy);
		if (posterId != null) {
			fields.put("posterId", posterId);
		}
		fields.put("createdAt", Long.toString(now.toEpochMilli()));
		fields.put("updatedAt", Long.toString(now.toEpochMilli()));
		write(id, fields, true);
		redis.opsForZSet().add(INDEX, Long.toString(id), now.toEpochMilli());
		return id;
	}

	/** @return the status before the change, empty when there is no such need */
	Optional<Need.Status> change(long id, Need.Draft draft, Need.Status status, Instant now) {
		Map<String, String> fields = draft == null ? new LinkedHashMap<>() : fields(draft);
		if (status != null) {
			fields.put("status", status.name());
		}
		fields.put("updatedAt", Long.toString(now.toEpochMilli()));
		return Optional.ofNullable(write(id, fields, false)).map(Need.Status::valueOf);
	}

	private String write(long id, Map<String, String> fields, boolean create) {
		List<String> args = new ArrayList<>(
				List.of(Long.toString(Math.max(1, retention.toSeconds())), create ? "1" : "0"));
		fields.forEach((name, value) -> {
			args.add(name);
			args.add(value);
		});
		return redis.execute(update, List.of(key(id, "need"), key(id, "interest")), args.toArray());
	}

	Optional<Need> find(long id) {
		Map<Object, Object> hash = redis.opsForHash().entries(key(id, "need"));
		return hash.isEmpty() ? Optional.empty() : Optional.of(read(id, hash));
	}

	List<Need> all() {
		Set<String> ids = redis.opsForZSet().range(INDEX, 0, -1);
		List<Need> needs = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			find(Long.parseLong(id)).ifPresentOrElse(needs::add, () -> redis.opsForZSet().remove(INDEX, id));
		}
		return needs;
	}

	/** Records a group's interest; true the first time (ZADD NX decides). */
	boolean interest(long needId, long groupId, Instant now) {
		Boolean added = redis.opsForZSet().addIfAbsent(key(needId, "interest"), Long.toString(groupId),
				now.toEpochMilli());
		redis.expire(key(needId, "interest"), retention);
		return Boolean.TRUE.equals(added);
	}

	List<Long> interested(long needId) {
		Set<String> ids = redis.opsForZSet().range(key(needId, "interest"), 0, -1);
		return ids == null ? List.of() : ids.stream().map(Long::valueOf).toList();
	}

	private static Map<String, String> fields(Need.Draft draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", draft.title());
		fields.put("field", draft.field().name());
		fields.put("department", draft.department());
		fields.put("want", draft.want());
		fields.put("area", draft.area());
		fields.put("offers", draft.offers().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
		fields.put("cost", draft.costPossible() ? "1" : "0");
		fields.put("period", draft.period());
		return fields;
	}

	private static Need read(long id, Map<Object, Object> hash) {
		String offers = (String) hash.getOrDefault("offers", "");
		Need.Draft draft = new Need.Draft(text(hash, "title"), Field.valueOf(text(hash, "field")),
				text(hash, "department"), text(hash, "want"), text(hash, "area"),
				offers.isEmpty() ? Set.of()
						: Arrays.stream(offers.split(",")).map(Need.Offer::valueOf).collect(Collectors.toSet()),
				"1".equals(hash.get("cost")), text(hash, "period"));
		return new Need(id, draft, Need.Status.valueOf(text(hash, "status")), text(hash, "postedBy"),
				(String) hash.get("posterId"), instant(hash, "createdAt"), instant(hash, "updatedAt"));
	}

	private static String text(Map<Object, Object> hash, String field) {
		return (String) hash.getOrDefault(field, "");
	}

	private static Instant instant(Map<Object, Object> hash, String field) {
		Object value = hash.get(field);
		return value == null ? null : Instant.ofEpochMilli(Long.parseLong((String) value));
	}
}
