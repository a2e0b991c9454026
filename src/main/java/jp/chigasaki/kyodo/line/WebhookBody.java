package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.escalation.ChatRef;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A verified webhook body split into its events, each kept as the JSON LINE sent (the workers parse it with the
 * SDK's model later). The body must be a JSON object with an {@code events} array (empty in LINE's verification
 * ping); elements that are not objects ({@code null}, numbers) are dropped, the others are taken.
 */
final class WebhookBody {

	/** One event: its dedupe key, the chat it belongs to (empty for a source this code does not know), its JSON. */
	record RawEvent(String key, Optional<ChatRef> chat, String json) {

		@Override
		public String toString() {
			return "RawEvent[" + key + "]";
		}
	}

	/** The body is not a webhook: the callback answers 400. */
	static final class Malformed extends Exception {

		Malformed(String reason) {
			super(reason, null, false, false);
		}
	}

	private WebhookBody() {
	}

	static List<RawEvent> events(JsonMapper json, byte[] body) throws Malformed {
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Malformed("malformed JSON");
		}
		if (root == null || !root.isObject()) {
			throw new Malformed("not a JSON object");
		}
		JsonNode events = root.get("events");
		if (events == null || !events.isArray()) {
			throw new Malformed("no events array");
		}
		List<RawEvent> raw = new ArrayList<>(events.size());
		for (JsonNode event : events) {
			if (event.isObject()) {
				raw.add(new RawEvent(key(json, (ObjectNode) event), chat(event.get("source")),
						json.writeValueAsString(event)));
			}
		}
		return raw;
	}

	/**
	 * LINE's {@code webhookEventId}; without one, a hash of the event without its {@code deliveryContext} (which
	 * changes on redelivery), so a redelivered copy still has the same key.
	 */
	static String key(JsonMapper json, ObjectNode event) {
		JsonNode id = event.get("webhookEventId");
		if (id != null && id.isString() && !id.asString().isBlank() && id.asString().length() <= 64) {
			return id.asString();
		}
		ObjectNode copy = event.deepCopy();
		copy.remove("deliveryContext");
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(json.writeValueAsString(copy).getBytes(StandardCharsets.UTF_8));
			return "h-" + HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is always available", ex);
		}
	}

	private static Optional<ChatRef> chat(JsonNode source) {
		if (source == null || !source.isObject()) {
			return Optional.empty();
		}
		String type = text(source, "type");
		String user = text(source, "userId");
		return switch (type == null ? "" : type) {
			case "user" -> Optional.ofNullable(user).map(ChatRef::user);
			case "group" -> Optional.ofNullable(text(source, "groupId"))
				.map(id -> new ChatRef(ChatRef.Type.GROUP, id, user));
			case "room" -> Optional.ofNullable(text(source, "roomId"))
				.map(id -> new ChatRef(ChatRef.Type.ROOM, id, user));
			default -> Optional.empty();
		};
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() && !value.asString().isEmpty() ? value.asString() : null;
	}
}
