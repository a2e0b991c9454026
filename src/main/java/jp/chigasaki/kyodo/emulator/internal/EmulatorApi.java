package jp.chigasaki.kyodo.emulator.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator page's endpoints: what a user does in a chat becomes a signed webhook to {@code /callback}; the chat's
 * lines (the user's and what the bot sent to the stand-in) are read back by polling. JSON only, so a cross-site form
 * cannot post here (the page runs without CSRF tokens; local profile only).
 */
@RestController
@Profile("local")
@RequestMapping(path = "/emulator/api/chats/{chat}", produces = MediaType.APPLICATION_JSON_VALUE)
class EmulatorApi {

	private final ChatLog chats;
	private final WebhookEvents events;
	private final WebhookSender sender;
	private final JsonMapper json;
	private final Map<EmulatorChat, ObjectNode> lastEvents = new ConcurrentHashMap<>();

	EmulatorApi(ChatLog chats, WebhookEvents events, WebhookSender sender, JsonMapper json) {
		this.chats = chats;
		this.events = events;
		this.sender = sender;
		this.json = json;
	}

	@PostMapping(path = "/events", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> act(@PathVariable String chat, @RequestBody UserAction action) {
		EmulatorChat target = chat(chat);
		if (action.kind() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Persona speaker = target.speaker(action.speaker());
		String replyToken = action.kind().hasReplyToken() ? chats.issueReplyToken(target.chatId()) : null;
		ObjectNode event = switch (action.kind()) {
			case TEXT -> events.text(target, speaker, required(action.text()), replyToken);
			case STICKER -> events.sticker(target, speaker, replyToken);
			case POSTBACK -> events.postback(target, speaker, required(action.data()), replyToken);
			case FOLLOW -> events.follow(target, replyToken);
			case UNFOLLOW, JOIN, LEAVE -> events.plain(action.kind().eventType(), target, replyToken);
		};
		chats.append(target.chatId(), action.kind().side(action), speaker.displayName(), null,
				action.kind().shown(action, json));
		lastEvents.put(target, event);
		return Map.of("status", send(target, event));
	}

	/**
	 * Sends the chat's last event again as LINE redelivers it: same {@code webhookEventId}, {@code isRedelivery=true}.
	 * The bot must not answer it a second time.
	 */
	@PostMapping(path = "/redelivery", consumes = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> redeliver(@PathVariable String chat) {
		EmulatorChat target = chat(chat);
		ObjectNode last = lastEvents.get(target);
		if (last == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		ObjectNode again = last.deepCopy();
		again.putObject("deliveryContext").put("isRedelivery", true);
		chats.append(target.chatId(), ChatEntry.Side.NOTICE, null, null,
				notice("直前のイベントを再送しました（isRedelivery=true、同じ webhookEventId）"));
		return Map.of("status", send(target, again));
	}

	@GetMapping("/messages")
	Map<String, Object> messages(@PathVariable String chat, @RequestParam(defaultValue = "0") long after) {
		EmulatorChat target = chat(chat);
		return Map.of("entries", chats.after(target.chatId(), after), "loading", chats.isLoading(target.chatId()));
	}

	private int send(EmulatorChat target, ObjectNode event) {
		int status = sender.send(events.body(List.of(event)));
		if (status != 200) {
			chats.append(target.chatId(), ChatEntry.Side.NOTICE, null, null,
					notice("Webhook が /callback で受け付けられませんでした（HTTP " + status + "）"));
		}
		return status;
	}

	private ObjectNode notice(String text) {
		return json.createObjectNode().put("type", "notice").put("text", text);
	}

	private static EmulatorChat chat(String key) {
		return EmulatorChat.byKey(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String required(String value) {
		if (value == null || value.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		return value;
	}
}
