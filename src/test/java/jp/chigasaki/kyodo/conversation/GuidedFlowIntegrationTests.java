package jp.chigasaki.kyodo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;

/**
 * Another feature's guided conversation ({@link SampleFlow}, a bean of the test context) as a mode of the
 * conversation owner, with the real dialogue and Redis: started by its shortcut, given every turn while it runs, its
 * state kept in the conversation record, ended by its last step or by 「やめる」, and its old buttons refused politely.
 */
class GuidedFlowIntegrationTests extends EscalationTestContext {

	@Autowired
	ConversationStore store;

	@Test
	void aFlowStartedByItsShortcutTakesEveryTurnUntilItIsDoneThenTheBotAnswersAgain() {
		ChatRef chat = newUser();

		assertThat(say(chat, "テスト登録").text()).isEqualTo("お名前を教えてください。");
		assertThat(record(chat).mode()).isEqualTo(ConversationRecord.Mode.FLOW);
		assertThat(record(chat).flowState()).isEqualTo("{\"step\":\"name\"}");
		assertThat(say(chat, "協働とは何ですか").text()).isEqualTo("協働とは何ですか さんでよろしいですか？");
		assertThat(tap(chat, "tst:confirm").text()).isEqualTo("登録しました。");

		assertThat(record(chat).mode()).isEqualTo(ConversationRecord.Mode.BOT);
		assertThat(say(chat, "協働とは何ですか").text()).doesNotContain("さんでよろしいですか");
	}

	@Test
	void aFlowStartsFromItsPostbackAndEndsOnCancel() {
		ChatRef chat = newUser();
		tap(chat, "tst:start");

		assertThat(say(chat, "やめる").text()).startsWith("手続きを中止しました");
		assertThat(record(chat).mode()).isEqualTo(ConversationRecord.Mode.BOT);
	}

	@Test
	void anOldButtonOfAFlowThatIsNotRunningIsAnsweredPolitelyAndNotPassedOn() {
		ChatRef chat = newUser();

		assertThat(tap(chat, "tst:confirm").text()).contains("すでに終わっている");
		assertThat(record(chat).mode()).isEqualTo(ConversationRecord.Mode.BOT);
	}

	private ConversationRecord record(ChatRef chat) {
		return store.load(owner.conversationKey(chat)).record();
	}
}
