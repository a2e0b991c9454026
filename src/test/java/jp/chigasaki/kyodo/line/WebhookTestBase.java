package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.chigasaki.kyodo.line.LineTestDoubles.RecordingDialogue;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on a random port with a real redis-server, WireMock standing in for the Messaging API, and
 * a recording double of the dialogue (the conversation owner and the tickets are real). All subclasses share one
 * Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kyodo.local-redis.data-dir=target/redis/line-${random.uuid}",
				"kyodo.line.channel-secret=" + WebhookTestBase.SECRET, "kyodo.line.channel-token=test-channel-token",
				"kyodo.line.group-prefix=コンシェルジュ", "kyodo.line.staff-user-ids=" + WebhookTestBase.STAFF,
				"kyodo.line.delivery.initial-backoff=20ms", "kyodo.line.delivery.max-backoff=100ms",
				"kyodo.line.delivery.timeout=5s",
				// The loading animation at once, so the tests see its call without waiting (LoadingIndicatorTests
				// covers the delay).
				"kyodo.line.workers.loading-after=0s" })
@Import(LineTestDoubles.class)
abstract class WebhookTestBase {

	static final String SECRET = "test-channel-secret-0123456789ab";
	static final String STAFF = "Ustaff00000000000000000000000000";
	static final String REPLY = LineStandIn.REPLY;
	static final String PUSH = LineStandIn.PUSH;
	static final String LOADING = LineStandIn.LOADING;
	static final WireMockServer LINE = LineStandIn.SERVER;

	@LocalServerPort
	int port;

	@Autowired
	RecordingDialogue dialogue;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	InboxReader reader;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", LINE::baseUrl);
	}

	@BeforeEach
	void standInAnswers() {
		// What an earlier test left running must not show up in this one.
		awaitWorkersIdle();
		dialogue.reset();
		LineStandIn.reset();
	}

	HttpResponse<String> send(String body) {
		return client().send(body);
	}

	HttpResponse<String> send(byte[] body, String signature) {
		return client().send(body, signature);
	}

	HttpResponse<String> exchange(HttpRequest request) {
		return client().exchange(request);
	}

	URI callback() {
		return client().callback();
	}

	/** No message went to the chat, by reply or by push. */
	static void assertNothingSent() {
		assertThat(requests(REPLY)).isEmpty();
		assertThat(requests(PUSH)).isEmpty();
	}

	/** Waits until every accepted event has been run and acknowledged. */
	void awaitWorkersIdle() {
		awaitIdle(reader);
	}

	static void awaitIdle(InboxReader reader) {
		await().atMost(Duration.ofSeconds(20)).until(reader::idle);
	}

	private WebhookClient client() {
		return new WebhookClient(port, SECRET);
	}

	static List<LoggedRequest> requests(String path) {
		return LineStandIn.requests(path);
	}

	static List<JsonNode> bodies(String path) {
		return LineStandIn.bodies(path);
	}

	static List<String> sentTexts(String path) {
		return LineStandIn.sentTexts(path);
	}
}
