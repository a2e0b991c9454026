package jp.chigasaki.kyodo.emulator.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

/**
 * The {@code X-Line-Retry-Key}s the stand-in has accepted, with the {@code sentMessages} they got, so that a retried
 * push is answered 409 and delivered once, as LINE does. LINE keeps keys for 24 hours; the local run keeps the last
 * {@value #MAX_KEYS} in memory.
 */
@Component
@Profile("local")
class AcceptedRetryKeys {

	static final int MAX_KEYS = 10_000;

	private final Map<String, JsonNode> accepted = new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
			return size() > MAX_KEYS;
		}
	};

	/**
	 * Runs {@code delivery} unless the key was accepted before; check and delivery are one step, so two concurrent
	 * pushes with the same key deliver once.
	 */
	synchronized Outcome deliverOnce(String retryKey, Supplier<JsonNode> delivery) {
		JsonNode earlier = accepted.get(retryKey);
		if (earlier != null) {
			return new Outcome(true, earlier);
		}
		JsonNode sent = delivery.get();
		accepted.put(retryKey, sent);
		return new Outcome(false, sent);
	}

	/** @param duplicate the key had been accepted before: nothing was delivered now */
	record Outcome(boolean duplicate, JsonNode sentMessages) {
	}
}
