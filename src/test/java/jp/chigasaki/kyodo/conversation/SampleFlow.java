package jp.chigasaki.kyodo.conversation;

import java.util.List;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/**
 * A guided flow of two steps, as another feature would write one: started by 「テスト登録」 or the postback
 * {@code tst:start}, asks a name, confirms with a button. Its state is its own small JSON.
 */
public class SampleFlow implements GuidedFlow {

	@Override
	public String name() {
		return "sample-registration";
	}

	@Override
	public String postbackPrefix() {
		return "tst:";
	}

	@Override
	public boolean starts(Inbound turn) {
		return turn.kind() == Inbound.Kind.TEXT && "テスト登録".equals(turn.text().strip())
				|| turn.kind() == Inbound.Kind.POSTBACK && "tst:start".equals(turn.data());
	}

	@Override
	public Step step(Inbound turn, String state) {
		if (state == null) {
			return Step.next(text("お名前を教えてください。", List.of()), "{\"step\":\"name\"}");
		}
		if (state.contains("\"name\"") && turn.kind() == Inbound.Kind.TEXT) {
			return Step.next(text(turn.text() + " さんでよろしいですか？", List.of(QuickReply.postback("はい", "tst:confirm"))),
					"{\"step\":\"confirm\"}");
		}
		if (state.contains("\"confirm\"") && "tst:confirm".equals(turn.data())) {
			return Step.done(text("登録しました。", List.of()));
		}
		return Step.next(text("もう一度お願いします。", List.of()), state);
	}

	private static Reply text(String text, List<QuickReply> buttons) {
		return new Reply(Decision.MENU, null, null, null, 0, List.of(new ReplyMessage.Text(text)), buttons, List.of(),
				ConversationState.NEW);
	}
}
