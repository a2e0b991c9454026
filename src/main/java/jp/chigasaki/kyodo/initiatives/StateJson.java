package jp.chigasaki.kyodo.initiatives;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A flow's state record as JSON (kept in the conversation's record while the flow runs). */
final class StateJson {

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private StateJson() {
	}

	static String write(Object state) {
		return JSON.writeValueAsString(state);
	}

	static <T> T read(String json, Class<T> type) {
		return JSON.readValue(json, type);
	}
}
