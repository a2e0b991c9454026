package jp.chigasaki.kyodo.conversation;

import java.util.List;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/** The owner's own texts (intake, tickets, old buttons) as replies; the dialogue's state is not theirs to change. */
final class Replies {

	static final Reply SILENT = of(Decision.ESCALATE, List.of(), List.of());

	private Replies() {
	}

	static Reply of(Decision decision, String text, List<QuickReply> quickReplies) {
		return of(decision, List.of(text), quickReplies);
	}

	static Reply text(String text) {
		return of(Decision.MENU, List.of(text), List.of());
	}

	private static Reply of(Decision decision, List<String> texts, List<QuickReply> quickReplies) {
		return new Reply(decision, null, null, null, 0, texts.stream().<ReplyMessage>map(ReplyMessage.Text::new).toList(),
				quickReplies, List.of(), ConversationState.NEW);
	}
}
