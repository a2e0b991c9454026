package jp.chigasaki.kyodo.emulator.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.emulator.LocalChannel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Messaging API endpoints the bot calls, answered inside the service: reply (the token must have been issued by
 * the emulator and is spent), push (one delivery per {@code X-Line-Retry-Key}, 409 for a repeat) and the loading
 * animation. Status codes and JSON follow LINE's, so the bot's error handling runs as it would against LINE.
 */
@RestController
@Profile("local")
@RequestMapping(path = LineApiStandIn.BASE, produces = "application/json")
class LineApiStandIn {

	/** LINE's own paths: the SDK's client keeps them absolute, so only the host of its base URL can change. */
	static final String BASE = "/v2/bot";

	private static final Logger log = LoggerFactory.getLogger(LineApiStandIn.class);

	private final LocalChannel channel;
	private final ChatLog chats;
	private final AcceptedRetryKeys retryKeys;
	private final LineErrors errors;
	private final JsonMapper json;
	private final AtomicLong messageIds = new AtomicLong(System.currentTimeMillis() * 1000);

	LineApiStandIn(LocalChannel channel, ChatLog chats, AcceptedRetryKeys retryKeys, JsonMapper json) {
		this.channel = channel;
		this.chats = chats;
		this.retryKeys = retryKeys;
		this.errors = new LineErrors(json);
		this.json = json;
	}

	@PostMapping("/message/reply")
	ResponseEntity<JsonNode> reply(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody JsonNode body) {
		ResponseEntity<JsonNode> refused = refuse(authorization, body.path("messages"));
		if (refused != null) {
			return refused;
		}
		String chatId = chats.redeemReplyToken(body.path("replyToken").asString(null)).orElse(null);
		if (chatId == null) {
			log.info("LINE stand-in: reply refused, reply token unknown, used or expired");
			return errors.respond(HttpStatus.BAD_REQUEST, "Invalid reply token", List.of());
		}
		return ResponseEntity.ok(deliver(chatId, "reply", body.path("messages")));
	}

	@PostMapping("/message/push")
	ResponseEntity<JsonNode> push(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey, @RequestBody JsonNode body) {
		ResponseEntity<JsonNode> refused = refuse(authorization, body.path("messages"));
		if (refused != null) {
			return refused;
		}
		String to = body.path("to").asString("");
		if (to.isBlank()) {
			return errors.respond(HttpStatus.BAD_REQUEST, "The request body has 1 error(s)",
					List.of(new LineMessageRules.Problem("to", "May not be empty")));
		}
		if (retryKey == null) {
			return ResponseEntity.ok(deliver(to, "push", body.path("messages")));
		}
		if (!isUuid(retryKey)) {
			return errors.respond(HttpStatus.BAD_REQUEST, "The value for the 'X-Line-Retry-Key' header is invalid",
					List.of());
		}
		AcceptedRetryKeys.Outcome outcome = retryKeys.deliverOnce(retryKey,
				() -> deliver(to, "push", body.path("messages")));
		if (outcome.duplicate()) {
			log.debug("LINE stand-in: push with an accepted retry key answered 409, not delivered again");
			ObjectNode conflict = json.createObjectNode().put("message", "The retry key is already accepted");
			conflict.set("sentMessages", outcome.sentMessages().path("sentMessages"));
			return ResponseEntity.status(HttpStatus.CONFLICT).header("x-line-accepted-request-id", retryKey)
				.body(conflict);
		}
		return ResponseEntity.ok(outcome.sentMessages());
	}

	/** Multicast (announcements): at most 500 user ids, one delivery per retry key, an empty JSON object back. */
	@PostMapping("/message/multicast")
	ResponseEntity<JsonNode> multicast(@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey, @RequestBody JsonNode body) {
		ResponseEntity<JsonNode> refused = refuse(authorization, body.path("messages"));
		if (refused != null) {
			return refused;
		}
		JsonNode to = body.path("to");
		if (!to.isArray() || to.isEmpty() || to.size() > 500 || (retryKey != null && !isUuid(retryKey))) {
			return errors.respond(HttpStatus.BAD_REQUEST, "The request body has 1 error(s)",
					List.of(new LineMessageRules.Problem("to", "Size must be between 1 and 500")));
		}
		Runnable send = () -> to.valueStream().forEach(user -> deliver(user.asString(), "multicast", body.path("messages")));
		if (retryKey == null) {
			send.run();
			return ResponseEntity.ok(json.createObjectNode());
		}
		AcceptedRetryKeys.Outcome outcome = retryKeys.deliverOnce(retryKey, () -> {
			send.run();
			return json.createObjectNode();
		});
		return outcome.duplicate() ? ResponseEntity.status(HttpStatus.CONFLICT).body(
				json.createObjectNode().put("message", "The retry key is already accepted"))
				: ResponseEntity.ok(json.createObjectNode());
	}

	@PostMapping("/chat/loading/start")
	ResponseEntity<JsonNode> startLoading(
			@RequestHeader(name = "Authorization", required = false) String authorization,
			@RequestBody JsonNode body) {
		if (!channel.authorizes(authorization)) {
			return errors.unauthorized();
		}
		String chatId = body.path("chatId").asString("");
		int seconds = body.path("loadingSeconds").asInt(20);
		// LINE shows the animation in one-to-one chats only, for 5 to 60 seconds in steps of 5.
		if (!chatId.startsWith("U") || seconds < 5 || seconds > 60 || seconds % 5 != 0) {
			return errors.respond(HttpStatus.BAD_REQUEST, "The request body has 1 error(s)",
					List.of(new LineMessageRules.Problem(chatId.startsWith("U") ? "loadingSeconds" : "chatId",
							"Invalid value")));
		}
		chats.startLoading(chatId, Duration.ofSeconds(seconds));
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(json.createObjectNode());
	}

	private ResponseEntity<JsonNode> refuse(String authorization, JsonNode messages) {
		if (!channel.authorizes(authorization)) {
			return errors.unauthorized();
		}
		List<LineMessageRules.Problem> problems = LineMessageRules.check(messages);
		if (!problems.isEmpty()) {
			log.info("LINE stand-in: request refused with {} message problem(s)", problems.size());
			return errors.respond(HttpStatus.BAD_REQUEST,
					"The request body has " + problems.size() + " error(s)", problems);
		}
		return null;
	}

	private JsonNode deliver(String chatId, String via, JsonNode messages) {
		ArrayNode sent = json.createArrayNode();
		for (JsonNode message : messages) {
			chats.append(chatId, ChatEntry.Side.BOT, null, via, message);
			sent.addObject().put("id", Long.toString(messageIds.incrementAndGet()))
				.put("quoteToken", UUID.randomUUID().toString().replace("-", ""));
		}
		ObjectNode response = json.createObjectNode();
		response.set("sentMessages", sent);
		return response;
	}

	private static boolean isUuid(String value) {
		try {
			return UUID.fromString(value).toString().equalsIgnoreCase(value);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}
