package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator reply that LINE does not accept (500 after the LINE layer's own retries) is kept and pushed again
 * with the same retry key, so LINE delivers it exactly once; it is never lost.
 */
class ReplyDeliveryIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	@Autowired
	EscalationQueue queue;

	@Test
	void aReplyGoesToTheUsersChatAndIntoTheTranscript() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.claim(id, CITY);

		assertThat(queue.reply(id, CITY, "ご相談ありがとうございます。")).isEqualTo(EscalationQueue.Delivery.SENT);

		assertThat(messenger.pushesTo(chat.chatId())).singleElement().satisfies(push -> {
			assertThat(push.reply().text()).isEqualTo("【市 協働推進担当 担当者より】\nご相談ありがとうございます。");
			assertThat(push.retryKey()).matches("[0-9a-f-]{36}");
		});
		assertThat(queue.transcript(id, CITY)).last()
			.satisfies(turn -> assertThat(turn.speaker()).isEqualTo(Turn.Speaker.COORDINATOR));
		assertThat(queue.find(id, CITY).repliedAt()).isNotNull();
	}

	@Test
	void aFailedReplyIsKeptAndRetriedWithTheSameRetryKey() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.claim(id, CITY);
		messenger.failNext(2);

		assertThat(queue.reply(id, CITY, "確認して折り返します。")).isEqualTo(EscalationQueue.Delivery.QUEUED);
		assertThat(queue.transcript(id, CITY)).noneMatch(turn -> turn.speaker() == Turn.Speaker.COORDINATOR);
		assertThat(queue.find(id, CITY).repliedAt()).isNull();
		queue.retryPendingReplies();
		queue.retryPendingReplies();
		queue.retryPendingReplies();

		List<RecordingMessenger.Push> pushes = messenger.pushesTo(chat.chatId());
		assertThat(pushes).extracting(RecordingMessenger.Push::accepted).containsExactly(false, false, true);
		assertThat(pushes).extracting(RecordingMessenger.Push::retryKey).containsOnly(pushes.get(0).retryKey());
		assertThat(queue.transcript(id, CITY)).filteredOn(turn -> turn.speaker() == Turn.Speaker.COORDINATOR)
			.extracting(Turn::text)
			.containsExactly("確認して折り返します。");
		assertThat(queue.find(id, CITY).repliedAt()).isNotNull();
	}
}
