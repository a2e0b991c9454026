package jp.chigasaki.kyodo.meetings;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
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
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Meetings (事前打ち合わせ) in Redis.
 * <ul>
 * <li>{@code kyodo:mtg:seq} STRING, INCR: the last meeting id. No TTL.</li>
 * <li>{@code kyodo:mtg:{m:ID}:meeting} HASH needId, groupId, options (ISO local date-times, comma-separated), status,
 * groupAnswer, departmentAnswer ('' / 'D' / option index), chosen, note, proposedBy, createdAt, updatedAt. Holds the
 * coordinator's note: TTL {@code retention}, renewed on change.</li>
 * <li>{@code kyodo:mtg:index} ZSET meeting id → created at. Ids only, no TTL; expired ids are dropped on read.</li>
 * </ul>
 * Changes: {@code src/main/resources/meetings/save.lua} and {@code answer.lua} (the status follows from both
 * answers inside the script, so two sides answering at once cannot both miss the confirmation).
 */
class MeetingStore {

	static final String SEQUENCE = "kyodo:mtg:seq";
	static final String INDEX = "kyodo:mtg:index";

	private final StringRedisTemplate redis;
	private final Duration retention;
	private final RedisScript<String> save = LuaScripts.of("meetings/save.lua", String.class);
	private final RedisScript<String> answer = LuaScripts.of("meetings/answer.lua", String.class);

	MeetingStore(StringRedisTemplate redis, Duration retention) {
		this.redis = redis;
		this.retention = retention;
	}

	static String key(long id) {
		return "kyodo:mtg:{m:" + id + "}:meeting";
	}

	long create(long needId, long groupId, List<LocalDateTime> options, String proposedBy, Instant now) {
		long id = redis.opsForValue().increment(SEQUENCE);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("needId", Long.toString(needId));
		fields.put("groupId", Long.toString(groupId));
		fields.put("options", join(options));
		fields.put("status", Meeting.Status.PROPOSED.name());
		fields.put("note", "");
		fields.put("proposedBy", proposedBy);
		fields.put("createdAt", Long.toString(now.toEpochMilli()));
		fields.put("updatedAt", Long.toString(now.toEpochMilli()));
		write(id, fields, true, false);
		redis.opsForZSet().add(INDEX, Long.toString(id), now.toEpochMilli());
		return id;
	}

	/** @return the status before, empty when there is no such meeting */
	Optional<Meeting.Status> change(long id, Meeting.Status status, String note, List<LocalDateTime> options,
			Instant now) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (status != null) {
			fields.put("status", status.name());
		}
		if (note != null) {
			fields.put("note", note);
		}
		if (options != null) {
			fields.put("options", join(options));
		}
		fields.put("updatedAt", Long.toString(now.toEpochMilli()));
		String before = write(id, fields, false, options != null);
		return Optional.ofNullable(before).map(Meeting.Status::valueOf);
	}

	/** @return 'BEFORE>AFTER', 'STATE:status' when already settled, null when there is no such meeting */
	String answer(long id, Meeting.Side side, String value, Instant now) {
		return redis.execute(answer, List.of(key(id)), side.hashField, value, Long.toString(now.toEpochMilli()),
				seconds());
	}

	Optional<Meeting> find(long id) {
		Map<Object, Object> hash = redis.opsForHash().entries(key(id));
		return hash.isEmpty() ? Optional.empty() : Optional.of(read(id, hash));
	}

	List<Meeting> all() {
		Set<String> ids = redis.opsForZSet().reverseRange(INDEX, 0, -1);
		List<Meeting> meetings = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			find(Long.parseLong(id)).ifPresentOrElse(meetings::add, () -> redis.opsForZSet().remove(INDEX, id));
		}
		return meetings;
	}

	private String write(long id, Map<String, String> fields, boolean create, boolean clearAnswers) {
		List<String> args = new ArrayList<>(List.of(seconds(), create ? "1" : "0", clearAnswers ? "1" : "0"));
		fields.forEach((name, value) -> {
			args.add(name);
			args.add(value);
		});
		return redis.execute(save, List.of(key(id)), args.toArray());
	}

	private String seconds() {
		return Long.toString(Math.max(1, retention.toSeconds()));
	}

	private static String join(List<LocalDateTime> options) {
		return options.stream().map(LocalDateTime::toString).collect(Collectors.joining(","));
	}

	private static Meeting read(long id, Map<Object, Object> hash) {
		String options = text(hash, "options");
		return new Meeting(id, Long.parseLong(text(hash, "needId")), Long.parseLong(text(hash, "groupId")),
				options.isEmpty() ? List.of() : Arrays.stream(options.split(",")).map(LocalDateTime::parse).toList(),
				Meeting.Status.valueOf(text(hash, "status")), answer(hash, "groupAnswer"),
				answer(hash, "departmentAnswer"), answer(hash, "chosen"), text(hash, "note"), text(hash, "proposedBy"),
				Instant.ofEpochMilli(Long.parseLong(text(hash, "createdAt"))),
				Instant.ofEpochMilli(Long.parseLong(text(hash, "updatedAt"))));
	}

	private static Integer answer(Map<Object, Object> hash, String field) {
		String value = text(hash, field);
		return value.isEmpty() ? null : "D".equals(value) ? -1 : Integer.valueOf(value);
	}

	private static String text(Map<Object, Object> hash, String field) {
		return (String) hash.getOrDefault(field, "");
	}
}
