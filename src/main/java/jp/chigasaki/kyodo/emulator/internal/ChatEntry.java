package jp.chigasaki.kyodo.emulator.internal;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One line of an emulated chat: a LINE message object as the bot sent it (or as the user's action looks), in the
 * order the stand-in saw it.
 *
 * @param side who it came from
 * @param speaker the user's display name; null for the bot and for notices
 * @param via {@code reply} or {@code push} for the bot, null otherwise
 * @param message a LINE message object ({@code type} text, flex, template, sticker …) or a notice
 */
record ChatEntry(long seq, Instant at, Side side, String speaker, String via, JsonNode message) {

	enum Side {
		USER, BOT, NOTICE
	}
}
