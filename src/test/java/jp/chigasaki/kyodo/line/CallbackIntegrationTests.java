package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CallbackIntegrationTests extends WebhookTestBase {

	private String oneText() {
		return Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ucb0001"), "rt-cb", "協働とは"));
	}

	@Test
	void answersTheVerificationPingWithOk() {
		assertThat(send(Webhooks.batch()).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "missing", "empty", "not-base64", "wrong-secret", "body-changed", "truncated" })
	void refusesForgedSignaturesWithoutProcessingAnything(String forgery) {
		byte[] body = oneText().getBytes(StandardCharsets.UTF_8);
		String valid = Webhooks.sign(SECRET, body);
		var response = switch (forgery) {
			case "missing" -> send(body, null);
			case "empty" -> send(body, "");
			case "not-base64" -> send(body, "%%% not base64 %%%");
			case "wrong-secret" -> send(body, Webhooks.sign("another-channel-secret", body));
			case "body-changed" -> send(new String(body, StandardCharsets.UTF_8).replace("協働", "委託")
				.getBytes(StandardCharsets.UTF_8), valid);
			default -> send(body, Base64.getEncoder().encodeToString(Arrays.copyOf(Base64.getDecoder().decode(valid), 16)));
		};

		assertThat(response.statusCode()).isEqualTo(400);
		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertNothingSent();
	}

	@Test
	void refusesMalformedJsonWithAValidSignature() {
		assertThat(send("{\"events\": [ {\"type\": ").statusCode()).isEqualTo(400);
		assertThat(send("").statusCode()).isEqualTo(400);
		assertThat(send("{\"destination\":\"U1\"}").statusCode()).isEqualTo(400);
	}

	@Test
	void refusesAnOversizedBodyWithContentLength() {
		byte[] body = oversized();

		assertThat(send(body, Webhooks.sign(SECRET, body)).statusCode()).isEqualTo(413);
	}

	@Test
	void refusesAnOversizedChunkedBody() {
		byte[] body = oversized();
		HttpRequest request = HttpRequest.newBuilder(callback())
			.header("x-line-signature", Webhooks.sign(SECRET, body))
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		var response = exchange(request);

		assertThat(request.bodyPublisher().orElseThrow().contentLength()).isNegative();
		assertThat(response.statusCode()).isEqualTo(413);
	}

	@Test
	void acceptsABodyJustUnderTheLimit() {
		String event = Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ucb0002"), "rt-pad", "パディング");
		String body = Webhooks.batch(event);
		String open = body.substring(0, body.length() - 1) + ",\"pad\":\"";
		int room = 1024 * 1024 - open.getBytes(StandardCharsets.UTF_8).length - "\"}".length();
		String padded = open + "x".repeat(room) + "\"}";

		assertThat(padded.getBytes(StandardCharsets.UTF_8).length).isEqualTo(1024 * 1024);
		assertThat(send(padded).statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).containsExactly("answer:パディング:member:misses=0");
	}

	@Test
	void acknowledgesUnknownEventTypesAndSendsNothing() {
		var response = send(Webhooks.batch(Webhooks.ofType("somethingNew", Webhooks.newEventId(),
				Webhooks.userSource("Ucb0003"))));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).isEmpty();
		assertNothingSent();
	}

	@Test
	void acknowledgesBeforeAnsweringWhileTheReplyEndpointIsSlow() {
		LINE.stubFor(post(urlEqualTo(REPLY)).willReturn(okJson("{}").withFixedDelay(1500)));
		dialogue.hold();

		var response = send(oneText());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(requests(REPLY)).isEmpty();
		dialogue.release();
		await().until(() -> requests(REPLY).size() == 1);
	}

	@Test
	void processesEveryEventOfABatchInOrderWithinTheConversation() {
		String user = Webhooks.userSource("Ucb0004");
		String group = Webhooks.groupSource("Cgroup0004", "Ucb0005");
		var response = send(Webhooks.batch(Webhooks.text(Webhooks.newEventId(), user, "rt-b1", "一つ目"),
				Webhooks.text(Webhooks.newEventId(), user, "rt-b2", "二つ目"),
				Webhooks.text(Webhooks.newEventId(), group, "rt-b3", "コンシェルジュ 三つ目"),
				Webhooks.follow(Webhooks.newEventId(), Webhooks.userSource("Ucb0006"), "rt-b4")));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).contains("answer:三つ目:member:misses=0", "welcome:member");
		assertThat(dialogue.calls.stream().filter(call -> call.startsWith("answer:一つ目") || call.startsWith("answer:二つ目")))
			.containsExactly("answer:一つ目:member:misses=0", "answer:二つ目:member:misses=0");
		assertThat(requests(REPLY)).hasSize(4);
	}

	@Test
	void oneFailingEventDoesNotStopTheOthers() {
		var response = send(Webhooks.batch(
				Webhooks.postback(Webhooks.newEventId(), Webhooks.userSource("Ucb0007"), "rt-f1", "dlg:explode"),
				Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ucb0007"), "rt-f2", "その次")));

		assertThat(response.statusCode()).isEqualTo(200);
		awaitWorkersIdle();
		assertThat(dialogue.calls).contains("answer:その次:member:misses=0");
	}

	@Test
	void leavesHealthAndMetricsOpenForOperations() {
		var health = exchange(HttpRequest.newBuilder(callback().resolve("/actuator/health")).build());
		var metrics = exchange(HttpRequest.newBuilder(callback().resolve("/actuator/prometheus")).build());

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("kyodo_line_events_total");
	}

	private static byte[] oversized() {
		String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Ucb0008"), "rt-big",
				"x".repeat(1024 * 1024 + 10)));
		return body.getBytes(StandardCharsets.UTF_8);
	}
}
