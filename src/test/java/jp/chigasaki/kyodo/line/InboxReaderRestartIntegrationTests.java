package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A context can be stopped and started again (Spring pauses cached test contexts that way, and an operator may do it
 * through the lifecycle): the reader must serve its partitions again afterwards, not hold them with shut lanes.
 */
class InboxReaderRestartIntegrationTests extends WebhookTestBase {

	@Test
	void answersAgainAfterTheReaderWasStoppedAndStarted() {
		reader.stop();
		assertThat(reader.isRunning()).isFalse();
		reader.start();

		String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Urestart1"), "rt-r1",
				"協働とは"));
		assertThat(send(body).statusCode()).isEqualTo(200);

		awaitWorkersIdle();
		assertThat(dialogue.calls).hasSize(1);
		assertThat(requests(REPLY)).hasSize(1);
	}
}
