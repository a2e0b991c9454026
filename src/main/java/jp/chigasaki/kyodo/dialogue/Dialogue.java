package jp.chigasaki.kyodo.dialogue;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * Decides what the bot says. Never throws for any input text; pure (no I/O): the caller keeps {@link Reply#next()}.
 */
public interface Dialogue {

	/** A text message from the user. */
	Reply answer(String text, Audience audience, ConversationState state);

	/** A postback whose data starts with {@code dlg:} (menu navigation, clarify choice, feedback …). */
	Reply postback(String data, Audience audience, ConversationState state);

	/** The user added the bot as a friend. */
	Reply welcome(Audience audience);

	/** The bot was added to a group or room; {@code prefix} is how to address it besides a mention. */
	Reply joined(String prefix);

	/** A sticker, image, audio, file or location: ask for text. */
	Reply nonText(Audience audience);
}
