package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Webhook bodies as LINE sends them, and their signatures, for the tests. */
final class Webhooks {

	private static final AtomicLong MESSAGE_IDS = new AtomicLong(1000);

	private Webhooks() {
	}

	static String batch(String... events) {
		return "{\"destination\":\"Ubot0000000000000000000000000000\",\"events\":[" + String.join(",", events) + "]}";
	}

	/** The LINE message id the last {@link #text} got. */
	static String lastMessageId() {
		return Long.toString(MESSAGE_IDS.get());
	}

	static String newEventId() {
		return "01J" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
	}

	static String userSource(String userId) {
		return "{\"type\":\"user\",\"userId\":\"" + userId + "\"}";
	}

	static String groupSource(String groupId, String userId) {
		return "{\"type\":\"group\",\"groupId\":\"" + groupId + "\",\"userId\":\"" + userId + "\"}";
	}

	static String text(String eventId, String source, String replyToken, String text) {
		return message(eventId, source, replyToken,
				"{\"id\":\"" + MESSAGE_IDS.incrementAndGet() + "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\""
						+ text + "\"}");
	}

	/** A group message whose first {@code mentionLength} characters mention the bot. */
	static String mentioningText(String eventId, String source, String replyToken, String text, int mentionLength) {
		return message(eventId, source, replyToken, "{\"id\":\"" + MESSAGE_IDS.incrementAndGet()
				+ "\",\"type\":\"text\",\"quoteToken\":\"q\",\"text\":\"" + text
				+ "\",\"mention\":{\"mentionees\":[{\"index\":0,\"length\":" + mentionLength
				+ ",\"type\":\"user\",\"userId\":\"Ubot0000000000000000000000000000\",\"isSelf\":true}]}}");
	}

	static String sticker(String eventId, String source, String replyToken) {
		return message(eventId, source, replyToken, "{\"id\":\"" + MESSAGE_IDS.incrementAndGet()
				+ "\",\"type\":\"sticker\",\"packageId\":\"446\",\"stickerId\":\"1988\",\"stickerResourceType\":\"STATIC\"}");
	}

	static String postback(String eventId, String source, String replyToken, String data) {
		return event("postback", eventId, source, "\"replyToken\":\"" + replyToken + "\",\"postback\":{\"data\":\"" + data
				+ "\"}");
	}

	static String follow(String eventId, String source, String replyToken) {
		return event("follow", eventId, source, "\"replyToken\":\"" + replyToken + "\",\"follow\":{\"isUnblocked\":false}");
	}

	static String join(String eventId, String source, String replyToken) {
		return event("join", eventId, source, "\"replyToken\":\"" + replyToken + "\"");
	}

	static String unfollow(String eventId, String source) {
		return event("unfollow", eventId, source, null);
	}

	static String leave(String eventId, String source) {
		return event("leave", eventId, source, null);
	}

	static String unsend(String eventId, String source, String messageId) {
		return event("unsend", eventId, source, "\"unsend\":{\"messageId\":\"" + messageId + "\"}");
	}

	static String ofType(String type, String eventId, String source) {
		return event(type, eventId, source, null);
	}

	private static String message(String eventId, String source, String replyToken, String message) {
		return event("message", eventId, source, "\"replyToken\":\"" + replyToken + "\",\"message\":" + message);
	}

	private static String event(String type, String eventId, String source, String rest) {
		return "{\"type\":\"" + type + "\",\"mode\":\"active\",\"timestamp\":1764400000000,\"webhookEventId\":\""
				+ eventId + "\",\"deliveryContext\":{\"isRedelivery\":false},\"source\":" + source
				+ (rest == null ? "" : "," + rest) + "}";
	}

	/** {@code x-line-signature}: Base64 of HMAC-SHA256 over the exact bytes sent. */
	static String sign(String secret, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return Base64.getEncoder().encodeToString(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
