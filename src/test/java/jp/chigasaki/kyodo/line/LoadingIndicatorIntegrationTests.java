package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.chigasaki.kyodo.escalation.ChatRef;

/** The loading animation is shown for a slow turn only, after the delay, and never in a group. */
class LoadingIndicatorIntegrationTests extends WebhookTestBase {

	private static final Duration AFTER = Duration.ofMillis(300);

	@Autowired
	LineMessenger messenger;

	@Test
	void aTurnAnsweredBeforeTheDelayCostsNoCall() {
		try (LoadingIndicator loading = new LoadingIndicator(messenger, AFTER)) {
			LoadingIndicator.Turn turn = loading.turn(new ChatRef(ChatRef.Type.USER, "Uload0001", null));
			turn.thinking();
			turn.answered();

			await().during(AFTER.multipliedBy(3)).atMost(AFTER.multipliedBy(6))
				.untilAsserted(() -> assertThat(requests(LOADING)).isEmpty());
		}
	}

	@Test
	void aTurnStillRunningAfterTheDelayShowsTheAnimationInItsChat() {
		try (LoadingIndicator loading = new LoadingIndicator(messenger, AFTER)) {
			LoadingIndicator.Turn turn = loading.turn(new ChatRef(ChatRef.Type.USER, "Uload0002", null));
			turn.thinking();

			await().untilAsserted(() -> assertThat(bodies(LOADING)).extracting(body -> body.get("chatId").asString())
				.containsExactly("Uload0002"));
			turn.answered();
		}
	}

	@Test
	void aGroupNeverGetsIt() {
		try (LoadingIndicator loading = new LoadingIndicator(messenger, Duration.ZERO)) {
			loading.turn(new ChatRef(ChatRef.Type.GROUP, "Cload0003", null)).thinking();

			await().during(AFTER).atMost(AFTER.multipliedBy(3))
				.untilAsserted(() -> assertThat(requests(LOADING)).isEmpty());
		}
	}
}
