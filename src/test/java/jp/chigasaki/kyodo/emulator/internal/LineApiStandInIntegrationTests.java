package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;
import com.linecorp.bot.messaging.model.TextMessage;

import jp.chigasaki.kyodo.emulator.LocalChannel;

@LocalRunTest
class LineApiStandInIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	LocalChannel channel;

	@Autowired
	ChatLog chats;

	@Value("${kyodo.line.api-base-url}")
	String apiBaseUrl;

	@Test
	void thePushOfARetriedKeyIsAnswered409AndDeliveredOnce() throws Exception {
		String chat = freshChat();
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = post("/v2/bot/message/push", bearer(), key, pushBody(chat, "一度だけ"));
		HttpResponse<String> second = post("/v2/bot/message/push", bearer(), key, pushBody(chat, "一度だけ"));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).contains("\"sentMessages\":[{\"id\":");
		assertThat(second.statusCode()).isEqualTo(409);
		assertThat(second.body()).contains("The retry key is already accepted").contains("sentMessages");
		assertThat(second.headers().firstValue("x-line-accepted-request-id")).hasValue(key);
		assertThat(chats.after(chat, 0)).hasSize(1);
	}

	@Test
	void concurrentPushesWithOneRetryKeyDeliverExactlyOnce() throws Exception {
		String chat = freshChat();
		String key = UUID.randomUUID().toString();
		Callable<Integer> push = () -> post("/v2/bot/message/push", bearer(), key, pushBody(chat, "同時")).statusCode();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> results = pool.invokeAll(java.util.Collections.nCopies(20, push));
			List<Integer> statuses = results.stream().map(LineApiStandInIntegrationTests::get).toList();
			assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
			assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
		}
		finally {
			pool.shutdown();
		}
		assertThat(chats.after(chat, 0)).hasSize(1);
	}

	@Test
	void aRetryKeyThatIsNoUuidIsRefused() throws Exception {
		HttpResponse<String> response = post("/v2/bot/message/push", bearer(), "not-a-uuid", pushBody(freshChat(), "x"));

		assertThat(response.statusCode()).isEqualTo(400);
	}

	@Test
	void aWrongOrMissingTokenIsAnswered401AndNothingIsStored() throws Exception {
		String chat = freshChat();

		HttpResponse<String> wrong = post("/v2/bot/message/push", "Bearer local-wrong", null, pushBody(chat, "x"));
		HttpResponse<String> missing = post("/v2/bot/message/push", null, null, pushBody(chat, "x"));
		HttpResponse<String> loading = post("/v2/bot/chat/loading/start", "Bearer " + channel.token() + "x", null,
				"{\"chatId\":\"" + chat + "\",\"loadingSeconds\":5}");

		assertThat(List.of(wrong.statusCode(), missing.statusCode(), loading.statusCode())).containsOnly(401);
		assertThat(wrong.body()).contains("Authentication failed");
		assertThat(chats.after(chat, 0)).isEmpty();
		assertThat(chats.isLoading(chat)).isFalse();
	}

	@Test
	void aReplyGoesToTheChatItsTokenWasIssuedForAndSpendsTheToken() throws Exception {
		String chat = freshChat();
		String token = chats.issueReplyToken(chat);
		String body = "{\"replyToken\":\"" + token + "\",\"messages\":[{\"type\":\"text\",\"text\":\"返信\"}]}";

		HttpResponse<String> first = post("/v2/bot/message/reply", bearer(), null, body);
		HttpResponse<String> again = post("/v2/bot/message/reply", bearer(), null, body);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("Invalid reply token");
		assertThat(chats.after(chat, 0)).singleElement()
			.satisfies(entry -> assertThat(entry.via()).isEqualTo("reply"))
			.satisfies(entry -> assertThat(entry.message().path("text").asString()).isEqualTo("返信"));
	}

	@Test
	void anUnknownReplyTokenIsAnswered400() throws Exception {
		HttpResponse<String> response = post("/v2/bot/message/reply", bearer(), null,
				"{\"replyToken\":\"" + "f".repeat(32) + "\",\"messages\":[{\"type\":\"text\",\"text\":\"x\"}]}");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("Invalid reply token");
	}

	@Test
	void messagesLineWouldRefuseAreAnswered400WithDetailsAndTheTokenIsKept() throws Exception {
		String chat = freshChat();
		String token = chats.issueReplyToken(chat);
		String six = "{\"type\":\"text\",\"text\":\"x\"},".repeat(5) + "{\"type\":\"text\",\"text\":\"x\"}";

		HttpResponse<String> tooMany = post("/v2/bot/message/reply", bearer(), null,
				"{\"replyToken\":\"" + token + "\",\"messages\":[" + six + "]}");
		HttpResponse<String> emptyText = post("/v2/bot/message/push", bearer(), null,
				"{\"to\":\"" + chat + "\",\"messages\":[{\"type\":\"text\",\"text\":\"\"}]}");

		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"property\":\"messages\"");
		assertThat(emptyText.statusCode()).isEqualTo(400);
		assertThat(emptyText.body()).contains("messages[0].text");
		assertThat(chats.redeemReplyToken(token)).hasValue(chat);
	}

	@Test
	void theLoadingAnimationShowsUntilTheBotsMessageArrives() throws Exception {
		String chat = freshChat();

		HttpResponse<String> started = post("/v2/bot/chat/loading/start", bearer(), null,
				"{\"chatId\":\"" + chat + "\",\"loadingSeconds\":20}");
		boolean loadingBefore = chats.isLoading(chat);
		post("/v2/bot/message/push", bearer(), null, pushBody(chat, "お待たせしました"));

		assertThat(started.statusCode()).isEqualTo(202);
		assertThat(loadingBefore).isTrue();
		assertThat(chats.isLoading(chat)).isFalse();
	}

	@Test
	void theLineSdkClientTalksToTheStandIn() throws Exception {
		MessagingApiClient client = MessagingApiClient.builder(channel.token())
			.usingDefaultLogger(false)
			.apiEndPoint(URI.create(apiBaseUrl))
			.build();
		String chat = freshChat();
		UUID key = UUID.randomUUID();
		PushMessageRequest push = new PushMessageRequest(chat, List.of(new TextMessage("SDK から")), false, null);

		var pushed = client.pushMessage(key, push).get();
		String token = chats.issueReplyToken(chat);
		var replied = client.replyMessage(new ReplyMessageRequest(token, List.of(new TextMessage("応答")), false)).get();
		client.showLoadingAnimation(new ShowLoadingAnimationRequest(chat, 5)).get();

		assertThat(pushed.body().sentMessages()).hasSize(1);
		assertThat(replied.body().sentMessages()).hasSize(1);
		assertThat(chats.after(chat, 0)).extracting(e -> e.message().path("text").asString())
			.containsExactly("SDK から", "応答");
		assertThat(chats.isLoading(chat)).isTrue();
	}

	private HttpResponse<String> post(String path, String authorization, String retryKey, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBaseUrl + path.substring(1)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (retryKey != null) {
			request.header("X-Line-Retry-Key", retryKey);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String bearer() {
		return "Bearer " + channel.token();
	}

	private static String pushBody(String to, String text) {
		return "{\"to\":\"" + to + "\",\"messages\":[{\"type\":\"text\",\"text\":\"" + text + "\"}]}";
	}

	private static String freshChat() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}

	private static <T> T get(Future<T> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}
}
