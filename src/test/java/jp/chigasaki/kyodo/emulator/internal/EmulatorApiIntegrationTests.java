package jp.chigasaki.kyodo.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page's endpoints refuse what the page never sends; a cross-site form cannot post to them. */
@LocalRunTest
class EmulatorApiIntegrationTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void aFormPostFromAnotherSiteIsRefused() throws Exception {
		HttpResponse<String> form = post("/emulator/api/chats/member/events", "application/x-www-form-urlencoded",
				"kind=TEXT&text=x");
		HttpResponse<String> plain = post("/emulator/api/chats/member/events", "text/plain", "{\"kind\":\"TEXT\"}");

		assertThat(form.statusCode()).isEqualTo(415);
		assertThat(plain.statusCode()).isEqualTo(415);
	}

	@Test
	void anUnknownChatIs404AndAnActionWithoutKindIs400() throws Exception {
		assertThat(post("/emulator/api/chats/nobody/events", "application/json", "{\"kind\":\"TEXT\",\"text\":\"x\"}")
			.statusCode()).isEqualTo(404);
		assertThat(post("/emulator/api/chats/member/events", "application/json", "{\"text\":\"x\"}").statusCode())
			.isEqualTo(400);
		assertThat(post("/emulator/api/chats/member/events", "application/json", "{\"kind\":\"TEXT\"}").statusCode())
			.isEqualTo(400);
	}

	@Test
	void thePageListsEveryChatAndComesWithoutSignIn() throws Exception {
		HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/emulator"))
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		for (EmulatorChat chat : EmulatorChat.values()) {
			assertThat(page.body()).contains("data-chat=\"" + chat.key() + "\"");
		}
		assertThat(page.body()).doesNotContain("https://").contains("/emulator/emulator.js");
	}

	private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
