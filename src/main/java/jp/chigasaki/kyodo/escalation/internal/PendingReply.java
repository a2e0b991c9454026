package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** A coordinator reply not yet accepted by LINE, kept under its retry key so every retry reuses the key. */
public record PendingReply(long ticketId, String retryKey, String text, String actor, Instant at) {

	private static final JsonMapper JSON = JsonMapper.shared();

	String toJson() {
		return JSON.writeValueAsString(Map.of("text", text, "actor", actor, "at", at.toEpochMilli()));
	}

	static PendingReply fromJson(long ticketId, String retryKey, String json) {
		Map<?, ?> value = JSON.readValue(json, Map.class);
		return new PendingReply(ticketId, retryKey, (String) value.get("text"), (String) value.get("actor"),
				Instant.ofEpochMilli(((Number) value.get("at")).longValue()));
	}

	@Override
	public String toString() {
		return "PendingReply[" + ticketId + "]";
	}
}
