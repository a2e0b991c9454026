package jp.chigasaki.kyodo.emulator.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The Messaging API's checks on a request's {@code messages} that a bot is likely to break (count, text length,
 * quick-reply limits, Flex alt text), so that the local run rejects what LINE would reject, with LINE's 400 shape.
 */
final class LineMessageRules {

	private static final Set<String> TYPES = Set.of("text", "sticker", "image", "video", "audio", "location",
			"imagemap", "template", "flex", "textV2");

	private LineMessageRules() {
	}

	/** Problems as {@code property: message}; empty when LINE would accept the messages. */
	static List<Problem> check(JsonNode messages) {
		List<Problem> problems = new ArrayList<>();
		if (messages == null || !messages.isArray() || messages.isEmpty() || messages.size() > 5) {
			problems.add(new Problem("messages", "Size must be between 1 and 5"));
			return problems;
		}
		for (int i = 0; i < messages.size(); i++) {
			checkMessage(messages.get(i), "messages[" + i + "]", problems);
		}
		return problems;
	}

	private static void checkMessage(JsonNode message, String path, List<Problem> problems) {
		String type = message.path("type").asString("");
		if (!TYPES.contains(type)) {
			problems.add(new Problem(path + ".type", "Invalid message type"));
			return;
		}
		if (type.equals("text")) {
			requireLength(message.path("text"), 5000, path + ".text", problems);
		}
		if (type.equals("flex") || type.equals("template")) {
			requireLength(message.path("altText"), type.equals("flex") ? 400 : 1500, path + ".altText", problems);
			if (message.path(type.equals("flex") ? "contents" : "template").isMissingNode()) {
				problems.add(new Problem(path, "May not be empty"));
			}
		}
		JsonNode items = message.path("quickReply").path("items");
		if (items.size() > 13) {
			problems.add(new Problem(path + ".quickReply.items", "Size must be between 1 and 13"));
		}
		for (int i = 0; i < items.size(); i++) {
			JsonNode label = items.get(i).path("action").path("label");
			if (label.isString() && label.asString().codePointCount(0, label.asString().length()) > 20) {
				problems.add(new Problem(path + ".quickReply.items[" + i + "].action.label", "Length must be between 0 and 20"));
			}
		}
	}

	private static void requireLength(JsonNode text, int max, String property, List<Problem> problems) {
		String value = text.isString() ? text.asString() : "";
		if (value.isEmpty() || value.codePointCount(0, value.length()) > max) {
			problems.add(new Problem(property, "Length must be between 1 and " + max));
		}
	}

	record Problem(String property, String message) {
	}
}
