package jp.chigasaki.kyodo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.linecorp.bot.parser.LineSignatureValidator;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.conversation.ConversationOwner;
import jp.chigasaki.kyodo.conversation.Inbound;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Faults injected into the whole service, black-box: a real redis-server stopped, started and frozen mid-traffic,
 * and WireMock answering the Messaging API with 500, 429 + Retry-After, timeouts and connection resets. For each:
 * what the user sees, what is retried, and that nothing accepted is lost or delivered twice. docs/reliability.md
 * has the table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"kyodo.local-redis.data-dir=target/redis/faults-${random.uuid}",
		"kyodo.line.channel-secret=" + FaultInjectionIntegrationTests.SECRET, "kyodo.line.channel-token=test-token",
		"kyodo.line.delivery.initial-backoff=50ms", "kyodo.line.delivery.max-backoff=200ms",
		"kyodo.line.delivery.timeout=1s", "kyodo.escalation.retry-interval=PT1S",
		"kyodo.knowledge.faq-dir=src/test/resources/knowledge/valid/faq",
		"kyodo.knowledge.intents-dir=src/test/resources/knowledge/valid/intents",
		"kyodo.console.accounts[0].username=city", "kyodo.console.accounts[0].role=CITY_COORDINATOR",
		"kyodo.console.accounts[0].password={bcrypt}$2a$04$qKEffAbxWUPcN/sBGEHa5OdWBnOu2uH2Hzw8yDGZKScWU6vae.E.e" })
@AutoConfigureMockMvc
class FaultInjectionIntegrationTests {

	static final String SECRET = "fault-channel-secret-0123456789a";
	private static final String REPLY = "/v2/bot/message/reply";
	private static final String PUSH = "/v2/bot/message/push";
	private static final WireMockServer LINE = startLine();
	private static final JsonMapper JSON = JsonMapper.shared();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	LocalRedisServer redisServer;

	@Autowired
	ConversationOwner owner;

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void line(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", LINE::baseUrl);
	}

	@BeforeEach
	void lineIsWell() {
		LINE.resetAll();
		LINE.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
		LINE.stubFor(post(urlEqualTo(REPLY)).atPriority(5).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\"}]}")));
		LINE.stubFor(post(urlEqualTo(PUSH)).atPriority(5).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\"}]}")));
		LINE.stubFor(post(urlEqualTo("/v2/bot/chat/loading/start")).atPriority(5)
			.willReturn(aResponse().withStatus(202).withBody("{}")));
	}

	@AfterEach
	void redisIsBack() throws Exception {
		signal("CONT");
		if (!redisServer.isRunning()) {
			redisServer.restart();
		}
	}

	// --- Redis -------------------------------------------------------------------------------------------------

	@Test
	@Disabled("Fails on the message path of main before the durable inbox (issue 11): events acknowledged just before "
			+ "Redis stops are lost (10 of 30 in the last run); docs/reliability.md. Enabled again with the inbox.")
	void redisStoppedAndStartedMidTrafficAnswersEveryEventExactlyOnce() throws Exception {
		List<Event> events = newEvents(30);
		List<Event> refused = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			if (i == 10) {
				redisServer.stop();
			}
			if (i == 20) {
				redisServer.restart();
			}
			if (send(events.get(i), false) != 200) {
				refused.add(events.get(i));
			}
		}
		assertThat(refused).as("events sent while Redis was down are refused (503), so that LINE redelivers")
			.isNotEmpty();
		redeliverUntilAccepted(refused);

		awaitEveryUserAnsweredExactlyOnce(events);
	}

	@Test
	@Disabled("Fails on the message path of main before the durable inbox (issue 11): events acknowledged just before "
			+ "Redis freezes are lost; docs/reliability.md. Enabled again with the inbox.")
	void aFrozenRedisRefusesWithinTheTimeoutAndEveryEventIsAnsweredExactlyOnce() throws Exception {
		List<Event> events = newEvents(20);
		List<Event> refused = new ArrayList<>();
		for (int i = 0; i < events.size(); i++) {
			if (i == 5) {
				signal("STOP");
			}
			if (i == 12) {
				signal("CONT");
			}
			if (send(events.get(i), false) != 200) {
				refused.add(events.get(i));
			}
		}
		assertThat(refused).isNotEmpty();
		redeliverUntilAccepted(refused);

		awaitEveryUserAnsweredExactlyOnce(events);
	}

	// --- Messaging API, the bot's answers (reply token) -----------------------------------------------------------

	@Test
	void aReplyAnsweredWithServerErrorIsNotSentTwice() throws Exception {
		LINE.stubFor(post(urlEqualTo(REPLY)).atPriority(1).willReturn(aResponse().withStatus(500)));
		Event event = newEvents(1).get(0);

		assertThat(send(event, false)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> !attempts(REPLY, event.userId()).isEmpty());
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> delivered(event.userId()) <= 1);
		recordOutcome("reply 500", event);
	}

	@Test
	void aReplyWhoseConnectionIsResetIsNotSentTwice() throws Exception {
		LINE.stubFor(post(urlEqualTo(REPLY)).atPriority(1)
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		Event event = newEvents(1).get(0);

		assertThat(send(event, false)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> !attempts(REPLY, event.userId()).isEmpty());
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> delivered(event.userId()) <= 1);
		recordOutcome("reply reset", event);
	}

	@Test
	void aRejectedReplyTokenIsAnsweredByPushWithARetryKey() throws Exception {
		LINE.stubFor(post(urlEqualTo(REPLY)).atPriority(1)
			.willReturn(aResponse().withStatus(400).withBody("{\"message\":\"Invalid reply token\"}")));
		Event event = newEvents(1).get(0);

		assertThat(send(event, false)).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> delivered(event.userId()) == 1);
		assertThat(attempts(PUSH, event.userId())).allSatisfy(
				push -> assertThat(push.getRequest().getHeader("X-Line-Retry-Key")).isNotBlank());
	}

	// --- Messaging API, a coordinator's reply (push with X-Line-Retry-Key) ----------------------------------------

	@Test
	void aPushAnsweredTooManyRequestsIsRetriedWithTheSameKeyAfterRetryAfter() throws Exception {
		failFirstPushes(aResponse().withStatus(429).withHeader("Retry-After", "1")
			.withBody("{\"message\":\"The API rate limit has been exceeded.\"}"), 1);
		ChatRef chat = userWithTicket();

		assertThat(coordinatorReplies(chat)).isEqualTo("SENT");

		assertOneRetryKeyAndOneDelivery(chat, 2);
	}

	@Test
	void aPushThatTimesOutIsRetriedWithTheSameKey() throws Exception {
		failFirstPushes(okJson("{\"sentMessages\":[{\"id\":\"late\"}]}").withFixedDelay(3000), 1);
		ChatRef chat = userWithTicket();

		assertThat(coordinatorReplies(chat)).isEqualTo("SENT");

		// The timed-out attempt may have reached LINE as well: one retry key means LINE shows the message once.
		assertOneRetryKeyAndOneDelivery(chat, 2);
	}

	@Test
	void aPushWhoseConnectionIsResetIsRetriedWithTheSameKey() throws Exception {
		failFirstPushes(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), 1);
		ChatRef chat = userWithTicket();

		assertThat(coordinatorReplies(chat)).isEqualTo("SENT");

		assertOneRetryKeyAndOneDelivery(chat, 2);
	}

	@Test
	void aPushThatKeepsFailingIsKeptAndSentLaterWithTheSameKey() throws Exception {
		LINE.stubFor(post(urlEqualTo(PUSH)).atPriority(1).willReturn(aResponse().withStatus(500)));
		ChatRef chat = userWithTicket();

		assertThat(coordinatorReplies(chat)).isEqualTo("QUEUED");
		LINE.removeStub(LINE.listAllStubMappings()
			.getMappings()
			.stream()
			.filter(stub -> stub.getPriority() != null && stub.getPriority() == 1)
			.findFirst()
			.orElseThrow());

		await().atMost(Duration.ofSeconds(30)).until(() -> successfulPushes(chat.chatId()) == 1);
		assertOneRetryKeyAndOneDelivery(chat, 5);
	}

	// --- helpers ---------------------------------------------------------------------------------------------------

	/** One text message from its own user, as LINE sends it. */
	private record Event(String userId, String eventId, String replyToken, String messageId) {

		String body(boolean redelivery) throws IOException {
			String template = Files.readString(Path.of("src/test/resources/faults/text-message.json"),
					StandardCharsets.UTF_8);
			return template.formatted(userId, eventId, redelivery, replyToken, messageId, "協働とは").strip();
		}
	}

	private final Map<String, String> userByReplyToken = new java.util.concurrent.ConcurrentHashMap<>();
	private final Map<String, Long> ticketByUser = new java.util.concurrent.ConcurrentHashMap<>();

	private List<Event> newEvents(int count) {
		List<Event> events = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String hex = UUID.randomUUID().toString().replace("-", "");
			Event event = new Event("U" + hex, "01F" + hex.toUpperCase().substring(0, 23), "rt-" + hex,
					Long.toString(Math.abs(hex.hashCode()) + 1L));
			userByReplyToken.put(event.replyToken(), event.userId());
			events.add(event);
		}
		return events;
	}

	private int send(Event event, boolean redelivery) throws IOException, InterruptedException {
		byte[] body = event.body(redelivery).getBytes(StandardCharsets.UTF_8);
		String signature = java.util.Base64.getEncoder()
			.encodeToString(new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8)).generateSignature(body));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
			.header("Content-Type", "application/json")
			.header("x-line-signature", signature)
			.timeout(Duration.ofSeconds(10))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	/** What LINE does with a webhook that did not get 200: sends it again, flagged as a redelivery. */
	private void redeliverUntilAccepted(List<Event> refused) {
		Set<Event> waiting = new java.util.HashSet<>(refused);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
			for (Event event : List.copyOf(waiting)) {
				if (send(event, true) == 200) {
					waiting.remove(event);
				}
			}
			return waiting.isEmpty();
		});
	}

	/** Every event, accepted at once or after redelivery, gets one answer: none lost, none twice. */
	private void awaitEveryUserAnsweredExactlyOnce(List<Event> events) {
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(answers(events)).containsOnly(1));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(answers(events)).containsOnly(1));
	}

	/** Messages seen per event, in sending order. */
	private List<Integer> answers(List<Event> events) {
		return events.stream().map(event -> delivered(event.userId())).toList();
	}

	private List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> attempts(String path, String userId) {
		return LINE.getAllServeEvents().stream().filter(serve -> serve.getRequest().getUrl().equals(path)).filter(serve -> {
			JsonNode body = JSON.readTree(serve.getRequest().getBodyAsString());
			return path.equals(PUSH) ? userId.equals(body.path("to").asString())
					: userId.equals(userByReplyToken.get(body.path("replyToken").asString()));
		}).toList();
	}

	/** Messages the user sees: accepted replies, plus pushes LINE accepted, counted once per retry key. */
	private int delivered(String userId) {
		long replies = attempts(REPLY, userId).stream().filter(FaultInjectionIntegrationTests::accepted).count();
		return (int) replies + successfulPushes(userId);
	}

	private int successfulPushes(String userId) {
		return (int) attempts(PUSH, userId).stream()
			.filter(FaultInjectionIntegrationTests::accepted)
			.map(serve -> serve.getRequest().getHeader("X-Line-Retry-Key"))
			.distinct()
			.count();
	}

	private static boolean accepted(com.github.tomakehurst.wiremock.stubbing.ServeEvent serve) {
		return serve.getResponse().getStatus() / 100 == 2 && serve.getResponseDefinition().getFault() == null;
	}

	private void recordOutcome(String fault, Event event) {
		System.out.printf("fault %s: reply attempts %d, push attempts %d, messages the user sees %d%n", fault,
				attempts(REPLY, event.userId()).size(), attempts(PUSH, event.userId()).size(),
				delivered(event.userId()));
	}

	private void failFirstPushes(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder failure, int times) {
		String state = Scenario.STARTED;
		for (int i = 1; i <= times; i++) {
			LINE.stubFor(post(urlEqualTo(PUSH)).atPriority(1)
				.inScenario("push")
				.whenScenarioStateIs(state)
				.willReturn(failure)
				.willSetStateTo("failed-" + i));
			state = "failed-" + i;
		}
	}

	private jp.chigasaki.kyodo.dialogue.Reply tap(ChatRef chat, String data) {
		return owner.handle(new Inbound(java.util.UUID.randomUUID().toString(), chat, Audience.MEMBER,
				Inbound.Kind.POSTBACK, null, data, null), () -> {
				}).reply();
	}

	private ChatRef userWithTicket() throws Exception {
		ChatRef chat = ChatRef.user(newEvents(1).get(0).userId());
		// 「担当者に相談」, then 「すぐに担当者へ」, the way a member opens a ticket (the conversation owner's API).
		tap(chat, "dlg:human");
		String text = tap(chat, "esc:skip").text();
		long id = Long.parseLong(text.replaceAll("(?s).*受付番号は #(\\d+) です.*", "$1"));
		ticketByUser.put(chat.chatId(), id);
		mvc.perform(post("/api/tickets/{id}/claim", id).with(user("city").roles("CITY_COORDINATOR")).with(csrf()))
			.andReturn();
		return chat;
	}

	/** A coordinator answers in the console; returns the console's delivery state (SENT or QUEUED). */
	private String coordinatorReplies(ChatRef chat) throws Exception {
		String json = mvc.perform(post("/api/tickets/{id}/reply", ticketByUser.get(chat.chatId()))
			.with(user("city").roles("CITY_COORDINATOR"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"ご連絡ありがとうございます。\"}")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(json).path("delivery").asString();
	}

	private void assertOneRetryKeyAndOneDelivery(ChatRef chat, int minimumAttempts) {
		var pushes = attempts(PUSH, chat.chatId());
		assertThat(pushes).hasSizeGreaterThanOrEqualTo(minimumAttempts);
		assertThat(pushes.stream().map(serve -> serve.getRequest().getHeader("X-Line-Retry-Key")).distinct())
			.hasSize(1);
		assertThat(successfulPushes(chat.chatId())).isEqualTo(1);
	}

	/** SIGSTOP freezes redis-server with its connections open (the slowest Redis there is); SIGCONT thaws it. */
	private void signal(String name) throws Exception {
		Path pidFile = redisServer.dataDir().resolve("redis.pid");
		if (redisServer.isRunning() && Files.exists(pidFile)) {
			String pid = Files.readString(pidFile).strip();
			assertThat(new ProcessBuilder("kill", "-" + name, pid).start().waitFor()).isZero();
		}
	}

	private static WireMockServer startLine() {
		WireMockServer server = new WireMockServer(options().dynamicPort().notifier(new Slf4jNotifier(false)));
		server.start();
		return server;
	}
}
