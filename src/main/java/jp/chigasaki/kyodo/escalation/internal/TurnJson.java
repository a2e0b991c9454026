package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.chigasaki.kyodo.escalation.Turn;
import tools.jackson.databind.json.JsonMapper;

/** A transcript entry as JSON: {@code {"at":epochMillis,"speaker":"USER|BOT|COORDINATOR","text":"…","by":"…"}}. */
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
		if (by != null) {
			value.put("by", by);
		}
		return JSON.writeValueAsString(value);
	}

	static Turn read(String json) {
		Map<?, ?> value = JSON.readValue(json, Map.class);
		return new Turn(Instant.ofEpochMilli(((Number) value.get("at")).longValue()),
				Turn.Speaker.valueOf((String) value.get("speaker")), (String) value.get("text"));
	}
}
