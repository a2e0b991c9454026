package jp.chigasaki.kyodo.conversation;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * One event of a conversation as the transport hands it over, already stripped of LINE's wire format.
 *
 * @param eventKey the webhook event id (or a hash of the event when LINE gave none): the key that makes every effect
 *        of the event happen once, however often it runs
 * @param text the user's text (TEXT; in a group only the part addressed to the bot), or how to address the bot
 *        (JOIN); null otherwise. Personal data: never logged.
 * @param data postback data (POSTBACK), null otherwise
 * @param messageId LINE's id of the user's message (TEXT), or of the unsent message (UNSEND)
 */
public record Inbound(String eventKey, ChatRef chat, Audience audience, Kind kind, String text, String data,
		String messageId) {

	/** What happened in the chat. */
	public enum Kind {
		/** A text message addressed to the bot. */
		TEXT,
		/** A tap on a button that carries postback data. */
		POSTBACK,
		/** A sticker, image, audio, file or location in a one-to-one chat. */
		OTHER_MESSAGE,
		/** The user added the bot as a friend. */
		FOLLOW,
		/** The bot was added to a group or room. */
		JOIN,
		/** Unfollow, or the bot left a group or room. */
		LEAVE,
		/** The user unsent a message. */
		UNSEND
	}

	public boolean groupChat() {
		return !chat.oneToOne();
	}

	@Override
	public String toString() {
		return "Inbound[" + kind + ", " + chat + "]";
	}
}
