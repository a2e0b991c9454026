package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.escalation.ChatMessenger;
import jp.chigasaki.kyodo.escalation.ChatRef;

class DeliveryIntegrationTests extends WebhookTestBase {

	@Autowired
	ChatMessenger messenger;

	@Test
	void pushesWhenTheReplyTokenIsRejected() {
		LINE.stubFor(post(urlEqualTo(REPLY)).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"Invalid reply token\"}")));

		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Udel0001"), "rt-expired", "協働とは")));

		awaitWorkersIdle();
		assertThat(requests(REPLY)).hasSize(1);
		assertThat(requests(PUSH)).hasSize(1);
		assertThat(bodies(PUSH).get(0).get("to").asString()).isEqualTo("Udel0001");
		assertThat(sentTexts(PUSH)).containsExactly("回答です");
		assertThat(UUID.fromString(requests(PUSH).get(0).getHeader("X-Line-Retry-Key"))).isNotNull();
	}

	@Test
	void doesNotSendAReplyAgainWhenLineFailedWithoutRejectingTheToken() {
		LINE.stubFor(post(urlEqualTo(REPLY)).willReturn(aResponse().withStatus(500)));

		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Udel0002"), "rt-500", "協働とは")));

		awaitWorkersIdle();
		assertThat(requests(REPLY)).hasSize(1);
		assertThat(requests(PUSH)).isEmpty();
	}

	@Test
	void retriesAPushAfterAServerErrorWithTheSameRetryKey() {
		LINE.stubFor(post(urlEqualTo(PUSH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("recovered"));
		LINE.stubFor(post(urlEqualTo(PUSH)).inScenario("flaky").whenScenarioStateIs("recovered")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
		String key = UUID.randomUUID().toString();

		messenger.push(ChatRef.user("Udel0003"), LineTestDoubles.text(Decision.ANSWER, "担当者からの返信", ConversationState.NEW), key);

		List<LoggedRequest> pushes = requests(PUSH);
		assertThat(pushes).hasSize(2);
		assertThat(pushes).extracting(request -> request.getHeader("X-Line-Retry-Key")).containsOnly(key);
		assertThat(pushes).extracting(LoggedRequest::getBodyAsString).containsOnly(pushes.get(0).getBodyAsString());
	}

	@Test
	void countsAConflictAsDeliveredWithoutRetrying() {
		LINE.stubFor(post(urlEqualTo(PUSH)).willReturn(aResponse().withStatus(409)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message\":\"The retry key is already accepted\"}")));

		messenger.push(ChatRef.user("Udel0004"), LineTestDoubles.text(Decision.ANSWER, "返信", ConversationState.NEW),
				UUID.randomUUID().toString());

		assertThat(requests(PUSH)).hasSize(1);
	}

	@Test
	void backsOffAndRetriesWhenRateLimited() {
		LINE.stubFor(post(urlEqualTo(PUSH)).inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429))
			.willSetStateTo("calm"));
		LINE.stubFor(post(urlEqualTo(PUSH)).inScenario("busy").whenScenarioStateIs("calm")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		messenger.push(ChatRef.user("Udel0005"), LineTestDoubles.text(Decision.ANSWER, "返信", ConversationState.NEW),
				UUID.randomUUID().toString());

		assertThat(requests(PUSH)).hasSize(2);
	}

	@Test
	void givesUpAtOnceOnOtherClientErrors() {
		LINE.stubFor(post(urlEqualTo(PUSH)).willReturn(aResponse().withStatus(403)));

		assertThatThrownBy(() -> messenger.push(ChatRef.user("Udel0006"),
				LineTestDoubles.text(Decision.ANSWER, "返信", ConversationState.NEW), UUID.randomUUID().toString()))
			.isInstanceOf(ChatMessenger.DeliveryException.class);
		assertThat(requests(PUSH)).hasSize(1);
	}

	@Test
	void givesUpAfterTheConfiguredAttemptsOfServerErrors() {
		LINE.stubFor(post(urlEqualTo(PUSH)).willReturn(aResponse().withStatus(503)));

		assertThatThrownBy(() -> messenger.push(new ChatRef(ChatRef.Type.GROUP, "Cdel0007", null),
				LineTestDoubles.text(Decision.ANSWER, "返信", ConversationState.NEW), UUID.randomUUID().toString()))
			.isInstanceOf(ChatMessenger.DeliveryException.class);
		assertThat(requests(PUSH)).hasSize(4);
		assertThat(bodies(PUSH)).extracting(body -> body.get("to").asString()).containsOnly("Cdel0007");
	}

	@Test
	void showsTheLoadingAnimationInOneToOneChatsOnly() {
		send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Udel0008"), "rt-l1", "協働とは"),
				Webhooks.mentioningText(Webhooks.newEventId(), Webhooks.groupSource("Cdel0008", "Udel0009"), "rt-l2",
						"@協働コンシェルジュ 協働とは", 10)));

		awaitWorkersIdle();
		assertThat(requests(REPLY)).hasSize(2);
		await().untilAsserted(() -> assertThat(bodies(LOADING)).extracting(body -> body.get("chatId").asString())
			.containsExactly("Udel0008"));
	}
}
