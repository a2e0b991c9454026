package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

	/** The entries of {@code json} (a stored list) that hold the user message {@code messageId}. */
	static List<String> holding(List<String> entries, String messageId) {
		if (entries == null || messageId == null) {
			return List.of();
		}
		return entries.stream().filter(entry -> messageId.equals(read(entry).messageId())).toList();
	}

	static Turn read(String json) {
		Map<?, ?> value = JSON.readValue(json, Map.class);
		return new Turn(Instant.ofEpochMilli(((Number) value.get("at")).longValue()),
				Turn.Speaker.valueOf((String) value.get("speaker")), (String) value.get("text"),
				(String) value.get("msg"));
	}
}
