package jp.chigasaki.kyodo.escalation.internal;

import java.util.List;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/** Replies of the escalation feature: decision ESCALATE, a fresh conversation state (no misses carried over). */
public final class Replies {

	private Replies() {
	}

	/** Consumed, send nothing: a message added to an open ticket. */
	public static Reply silent() {
		return text(List.of(), List.of());
	}

	public static Reply text(String text) {
		return text(List.of(text), List.of());
	}

	public static Reply text(String text, List<QuickReply> quickReplies) {
		return text(List.of(text), quickReplies);
	}

	private static Reply text(List<String> texts, List<QuickReply> quickReplies) {
		List<ReplyMessage> messages = texts.stream().<ReplyMessage>map(ReplyMessage.Text::new).toList();
		return new Reply(Decision.ESCALATE, null, null, null, 0, messages, quickReplies, List.of(),
				ConversationState.NEW);
	}
}
