package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.chigasaki.kyodo.line.LineTestDoubles.RecordingDialogue;
import jp.chigasaki.kyodo.line.LineTestDoubles.RecordingHandoff;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service on a random port with a real redis-server, and WireMock standing in for the Messaging API. All
 * subclasses share one Spring context (same configuration) and one WireMock server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kyodo.local-redis.data-dir=target/redis/line-${random.uuid}",
				"kyodo.line.channel-secret=" + WebhookTestBase.SECRET, "kyodo.line.channel-token=test-channel-token",
				"kyodo.line.group-prefix=コンシェルジュ", "kyodo.line.staff-user-ids=" + WebhookTestBase.STAFF,
				"kyodo.line.delivery.initial-backoff=20ms", "kyodo.line.delivery.max-backoff=100ms",
				"kyodo.line.delivery.timeout=5s" })
@Import(LineTestDoubles.class)
abstract class WebhookTestBase {

	static final String SECRET = "test-channel-secret-0123456789ab";
	static final String STAFF = "Ustaff00000000000000000000000000";
	static final String REPLY = "/v2/bot/message/reply";
	static final String PUSH = "/v2/bot/message/push";
	static final String LOADING = "/v2/bot/chat/loading/start";

	static final WireMockServer LINE = startLine();

	private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	RecordingDialogue dialogue;

	@Autowired
	RecordingHandoff handoff;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	ConversationWorkers workers;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", LINE::baseUrl);
	}

	private static WireMockServer startLine() {
		WireMockServer server = new WireMockServer(options().dynamicPort().notifier(new Slf4jNotifier(false)));
		server.start();
		return server;
	}

	@BeforeEach
	void standInAnswers() {
		dialogue.reset();
		handoff.reset();
		LINE.resetAll();
		standInStubs();
	}

	void standInStubs() {
		// Everything is matched, so WireMock never prints an unmatched request (with its body) to the log.
		LINE.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
		LINE.stubFor(post(urlEqualTo(REPLY)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\"}]}")));
		LINE.stubFor(post(urlEqualTo(PUSH)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\"}]}")));
		LINE.stubFor(post(urlEqualTo(LOADING)).willReturn(aResponse().withStatus(202).withBody("{}")));
	}

	HttpResponse<String> send(String body) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		return send(bytes, Webhooks.sign(SECRET, bytes));
	}

	HttpResponse<String> send(byte[] body, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(callback())
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		if (signature != null) {
			request.header("x-line-signature", signature);
		}
		return exchange(request.build());
	}

	HttpResponse<String> exchange(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	URI callback() {
		return URI.create("http://127.0.0.1:" + port + "/callback");
	}

	/** Waits until every accepted event has been run. */
	void awaitWorkersIdle() {
		await().atMost(Duration.ofSeconds(20)).until(() -> workers.pending() == 0);
	}

	static List<LoggedRequest> requests(String path) {
		return LINE.findAll(postRequestedFor(urlEqualTo(path)));
	}

	static List<JsonNode> bodies(String path) {
		return requests(path).stream().map(request -> JSON.readTree(request.getBodyAsString())).toList();
	}

	/** The texts (or Flex alt texts) of every message sent to {@code path}. */
	static List<String> sentTexts(String path) {
		return bodies(path).stream()
			.flatMap(body -> body.get("messages").valueStream())
			.map(message -> message.has("text") ? message.get("text").asString() : message.get("altText").asString())
			.toList();
	}
}
