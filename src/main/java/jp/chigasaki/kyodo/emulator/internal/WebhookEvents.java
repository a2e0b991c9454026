package jp.chigasaki.kyodo.emulator.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds webhook request bodies the way the LINE platform sends them: {@code destination} (the bot's user id) and
 * events with {@code webhookEventId}, {@code deliveryContext}, {@code timestamp}, {@code source}, {@code mode} and,
 * where LINE gives one, a {@code replyToken}. A text that contains {@link #MENTION} mentions the bot
 * ({@code isSelf=true}) at that position, measured in UTF-16 code units like LINE's.
 */
final class WebhookEvents {

	static final String MENTION = "@" + Persona.BOT.displayName();

	private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	private final JsonMapper json;
	private final Clock clock;
	private final AtomicLong messageIds;

	WebhookEvents(JsonMapper json, Clock clock) {
		this.json = json;
		this.clock = clock;
		this.messageIds = new AtomicLong(clock.millis() * 100);
	}

	ObjectNode body(List<ObjectNode> events) {
		ObjectNode body = json.createObjectNode().put("destination", Persona.BOT.userId());
		body.putArray("events").addAll(events);
		return body;
	}

	ObjectNode text(EmulatorChat chat, Persona speaker, String text, String replyToken) {
		ObjectNode event = event("message", chat, speaker, replyToken);
		ObjectNode message = messageContent(event, "text").put("text", text);
		int at = text.indexOf(MENTION);
		if (at >= 0) {
			message.putObject("mention").putArray("mentionees").addObject().put("index", at)
				.put("length", MENTION.length()).put("type", "user").put("userId", Persona.BOT.userId())
				.put("isSelf", true);
		}
		return event;
	}

	ObjectNode sticker(EmulatorChat chat, Persona speaker, String replyToken) {
		ObjectNode event = event("message", chat, speaker, replyToken);
		messageContent(event, "sticker").put("packageId", "446").put("stickerId", "1988")
			.put("stickerResourceType", "STATIC");
		return event;
	}

	ObjectNode postback(EmulatorChat chat, Persona speaker, String data, String replyToken) {
		ObjectNode event = event("postback", chat, speaker, replyToken);
		event.putObject("postback").put("data", data);
		return event;
	}

	ObjectNode follow(EmulatorChat chat, String replyToken) {
		ObjectNode event = event("follow", chat, chat.speakers().get(0), replyToken);
		event.putObject("follow").put("isUnblocked", false);
		return event;
	}

	/** Unfollow, join and leave: {@code join} carries a reply token, the other two cannot be replied to. */
	ObjectNode plain(String type, EmulatorChat chat, String replyToken) {
		return event(type, chat, chat.speakers().get(0), replyToken);
	}

	private ObjectNode event(String type, EmulatorChat chat, Persona speaker, String replyToken) {
		ObjectNode event = json.createObjectNode().put("type", type).put("mode", "active")
			.put("timestamp", clock.millis()).put("webhookEventId", ulid());
		event.putObject("deliveryContext").put("isRedelivery", false);
		ObjectNode source = event.putObject("source");
		if (chat.isGroup()) {
			source.put("type", "group").put("groupId", chat.chatId());
			if (!type.equals("join") && !type.equals("leave")) {
				source.put("userId", speaker.userId());
			}
		}
		else {
			source.put("type", "user").put("userId", speaker.userId());
		}
		if (replyToken != null) {
			event.put("replyToken", replyToken);
		}
		return event;
	}

	private ObjectNode messageContent(ObjectNode event, String type) {
		return event.putObject("message").put("id", Long.toString(messageIds.incrementAndGet())).put("type", type)
			.put("quoteToken", HexFormat.of().formatHex(randomBytes(16)));
	}

	/** LINE's webhook event ids are ULIDs: 48 bits of milliseconds and 80 random bits, Crockford Base32. */
	private String ulid() {
		StringBuilder id = new StringBuilder(26);
		long time = clock.millis();
		for (int i = 9; i >= 0; i--) {
			id.append(CROCKFORD[(int) ((time >>> (5 * i)) & 31)]);
		}
		for (byte b : randomBytes(16)) {
			id.append(CROCKFORD[b & 31]);
		}
		return id.toString();
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}
}
