package jp.chigasaki.kyodo.escalation;

import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * What the LINE layer asks before and after the bot answers. While a coordinator owns a conversation (or the intake
 * questions are running) the handoff consumes the user's messages and the bot stays silent.
 */
public interface HumanHandoff {

	/**
	 * A user's text message. Empty: the bot answers as usual. Present: consumed; send the reply unless it is silent
	 * (a message appended to an open ticket gets a silent reply).
	 */
	Optional<Reply> interceptText(ChatRef chat, String text, String messageId);

	default Optional<Reply> interceptText(ChatRef chat, String text) {
		return interceptText(chat, text, null);
	}

	/** A postback whose data starts with {@code esc:} (intake choices, a coordinator's 「担当する」 in the group). */
	Optional<Reply> interceptPostback(ChatRef chat, String data);

	/** Starts a hand-over: the intake questions, then a ticket; returns what to tell the user now. */
	Reply escalate(ChatRef chat, EscalationTrigger trigger);

	/** Remembers a turn of the bot-mode conversation (with a TTL), so a ticket shows what the user was already told. */
	void recordTurn(ChatRef chat, Turn turn);

	/** Unfollow or leave: forget what is kept about this conversation outside open tickets. */
	void forget(ChatRef chat);

	/** The user unsent a message: remove its text from the recent turns and from an open ticket's transcript. */
	void forgetMessage(ChatRef chat, String messageId);
}
