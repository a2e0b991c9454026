package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.List;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/**
 * What one step of a guided flow sends and keeps: the reply, and the flow's next state as JSON, or null when the
 * flow is done and the bot has the conversation again.
 */
record Step(Reply reply, String state) {

	static final QuickReply QUIT = QuickReply.message("やめる", "やめる");

	static Step next(String state, String text, List<QuickReply> buttons) {
		return new Step(reply(List.of(text), withQuit(buttons)), state);
	}

	static Step done(String text, List<QuickReply> buttons) {
		return new Step(reply(List.of(text), buttons), null);
	}

	static Step done(List<String> texts, List<QuickReply> buttons) {
		return new Step(reply(texts, buttons), null);
	}

	boolean finished() {
		return state == null;
	}

	static Reply reply(List<String> texts, List<QuickReply> buttons) {
		return new Reply(Decision.MENU, null, null, null, 0,
				texts.stream().<ReplyMessage>map(ReplyMessage.Text::new).toList(), buttons, List.of(),
				ConversationState.NEW);
	}

	private static List<QuickReply> withQuit(List<QuickReply> buttons) {
		List<QuickReply> all = new ArrayList<>(buttons);
		all.add(QUIT);
		return all;
	}
}
