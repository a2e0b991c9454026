package jp.chigasaki.kyodo.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Groups in Redis. The keys of one group share the hash tag {@code {g:ID}}, so each script touches one Cluster slot;
 * the index and the member lookup are derived data, written after the script that decides.
 * <ul>
 * <li>{@code kyodo:grp:seq} STRING, INCR: the last group id. No TTL (a number).</li>
 * <li>{@code kyodo:grp:{g:ID}:profile} HASH name, field, area, can, want, contact, consentAt, createdAt, updatedAt
 * (epoch millis), chatId. User text: TTL {@code retention}, renewed on every change.</li>
 * <li>{@code kyodo:grp:{g:ID}:members} SET of member LINE user ids. TTL {@code retention}.</li>
 * <li>{@code kyodo:grp:index} ZSET group id → created at (epoch millis). Ids only, no TTL; an id whose profile
 * expired is skipped on read and removed.</li>
 * <li>{@code kyodo:grp:lookup} HASH member LINE user id or linked group chat id → group id. Ids only; entries are
 * removed with the group.</li>
 * </ul>
 * Scripts: {@code src/main/resources/groups/save.lua}, {@code delete.lua}.
 */
class GroupStore {

	static final String SEQUENCE = "kyodo:grp:seq";
	static final String INDEX = "kyodo:grp:index";
	static final String LOOKUP = "kyodo:grp:lookup";

	private final StringRedisTemplate redis;
	private final Duration retention;
	private final RedisScript<Long> save = LuaScripts.of("groups/save.lua", Long.class);
	@SuppressWarnings("rawtypes")
	private final RedisScript<List> delete = LuaScripts.of("groups/delete.lua", List.class);

	GroupStore(StringRedisTemplate redis, Duration retention) {
		this.redis = redis;
		this.retention = retention;
	}

	static String key(long id, String part) {
		return "kyodo:grp:{g:" + id + "}:" + part;
	}

	long create(Group.Profile profile, String memberId, Instant now) {
		long id = redis.opsForValue().increment(SEQUENCE);
		Map<String, String> fields = fields(profile, now);
		fields.put("consentAt", millis(now));
		fields.put("createdAt", millis(now));
		write(id, fields, memberId, false);
		redis.opsForZSet().add(INDEX, Long.toString(id), now.toEpochMilli());
		redis.opsForHash().put(LOOKUP, memberId, Long.toString(id));
		return id;
	}

	boolean update(long id, Group.Profile profile, Instant now) {
		return write(id, fields(profile, now), "", true);
	}

	/** Adds a member (or links a group chat, {@code chat} true); false when the group does not exist. */
	boolean join(long id, String lineId, boolean chat, Instant now) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("updatedAt", millis(now));
		if (chat) {
			fields.put("chatId", lineId);
		}
		boolean joined = write(id, fields, chat ? "" : lineId, true);
		if (joined) {
			redis.opsForHash().put(LOOKUP, lineId, Long.toString(id));
		}
		return joined;
	}

	Optional<Group> find(long id) {
		Map<Object, Object> hash = redis.opsForHash().entries(key(id, "profile"));
		if (hash.isEmpty()) {
			return Optional.empty();
		}
		Set<String> members = redis.opsForSet().members(key(id, "members"));
		return Optional.of(read(id, hash, members == null ? Set.of() : members));
	}

	Optional<Long> groupOf(String lineId) {
		Object id = redis.opsForHash().get(LOOKUP, lineId);
		return Optional.ofNullable(id).map(value -> Long.valueOf((String) value));
	}

	/** Every stored group, oldest first; ids whose profile expired are dropped from the index. */
	List<Group> all() {
		Set<String> ids = redis.opsForZSet().range(INDEX, 0, -1);
		List<Group> groups = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			Optional<Group> group = find(Long.parseLong(id));
			group.ifPresentOrElse(groups::add, () -> redis.opsForZSet().remove(INDEX, id));
		}
		return groups;
	}

	/** Erases the group and every lookup entry pointing to it; false when there was none. */
	boolean delete(long id) {
		List<?> removed = redis.execute(delete, List.of(key(id, "profile"), key(id, "members")));
		redis.opsForZSet().remove(INDEX, Long.toString(id));
		if (removed == null || removed.isEmpty()) {
			return false;
		}
		Object[] lineIds = removed.stream().map(String::valueOf).filter(value -> !value.isEmpty()).toArray();
		if (lineIds.length > 0) {
			redis.opsForHash().delete(LOOKUP, lineIds);
		}
		return true;
	}

	private boolean write(long id, Map<String, String> fields, String member, boolean mustExist) {
		List<String> args = new ArrayList<>(List.of(Long.toString(Math.max(1, retention.toSeconds())),
				mustExist ? "1" : "0", member));
		fields.forEach((name, value) -> {
			args.add(name);
			args.add(value);
		});
		Long written = redis.execute(save, List.of(key(id, "profile"), key(id, "members")), args.toArray());
		return written != null && written == 1;
	}

	private static Map<String, String> fields(Group.Profile profile, Instant now) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", profile.name());
		fields.put("field", profile.field().name());
		fields.put("area", profile.area());
		fields.put("can", profile.can());
		fields.put("want", profile.want());
		fields.put("contact", profile.contact());
		fields.put("updatedAt", millis(now));
		return fields;
	}

	private static Group read(long id, Map<Object, Object> hash, Set<String> members) {
		return new Group(id, text(hash, "name"), Field.valueOf(text(hash, "field")), text(hash, "area"),
				text(hash, "can"), text(hash, "want"), text(hash, "contact"), instant(hash, "consentAt"),
				instant(hash, "createdAt"), instant(hash, "updatedAt"), members, (String) hash.get("chatId"));
	}

	private static String text(Map<Object, Object> hash, String field) {
		return (String) hash.getOrDefault(field, "");
	}

	private static Instant instant(Map<Object, Object> hash, String field) {
		Object value = hash.get(field);
		return value == null ? null : Instant.ofEpochMilli(Long.parseLong((String) value));
	}

	private static String millis(Instant instant) {
		return Long.toString(instant.toEpochMilli());
	}
}
