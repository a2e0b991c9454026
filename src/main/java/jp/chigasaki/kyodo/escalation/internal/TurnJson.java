package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.core.ListOperations;

import jp.chigasaki.kyodo.escalation.Turn;
import tools.jackson.databind.json.JsonMapper;

/**
 * A transcript entry as JSON: {@code {"at":epochMillis,"speaker":"USER|BOT|COORDINATOR","text":"…","msg":"…","by":"…"}}
 * ({@code msg}: LINE's message id of a user turn, for unsend).
 */
final class TurnJson {

	private static final JsonMapper JSON = JsonMapper.shared();

	private TurnJson() {
	}

	static String write(Turn turn) {
		return write(turn, null);
	}

	static String write(Turn turn, String by) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("at", turn.at().toEpochMilli());
		value.put("speaker", turn.speaker().name());
		value.put("text", turn.text());
		if (turn.messageId() != null) {
			value.put("msg", turn.messageId());
		}
		if (by != null) {
			value.put("by", by);
		}
		return JSON.writeValueAsString(value);
	}

	/**
	 * Removes the user message {@code messageId} from a stored list of turns: LREM of each exact stored entry, so
	 * nothing else in the list moves and a concurrent append is unaffected.
	 */
	static void removeMessage(ListOperations<String, String> list, String key, String messageId) {
		List<String> entries = list.range(key, 0, -1);
		if (entries == null || messageId == null) {
			return;
		}
		entries.stream()
			.filter(entry -> messageId.equals(read(entry).messageId()))
			.forEach(entry -> list.remove(key, 0, entry));
	}

	static Turn read(String json) {
		Map<?, ?> value = JSON.readValue(json, Map.class);
		return new Turn(Instant.ofEpochMilli(((Number) value.get("at")).longValue()),
				Turn.Speaker.valueOf((String) value.get("speaker")), (String) value.get("text"),
				(String) value.get("msg"));
	}
}
