package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** WireMock standing in for the Messaging API, one server per test JVM, and what it received. */
final class LineStandIn {

	static final String REPLY = "/v2/bot/message/reply";
	static final String PUSH = "/v2/bot/message/push";
	static final String LOADING = "/v2/bot/chat/loading/start";

	static final WireMockServer SERVER = start();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LineStandIn() {
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().notifier(new Slf4jNotifier(false)));
		server.start();
		return server;
	}

	/** Forgets every request and answers like LINE does when all is well. */
	static void reset() {
		SERVER.resetAll();
		// Everything is matched, so WireMock never prints an unmatched request (with its body) to the log.
		SERVER.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
		SERVER.stubFor(post(urlEqualTo(REPLY)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\"}]}")));
		SERVER.stubFor(post(urlEqualTo(PUSH)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\"}]}")));
		SERVER.stubFor(post(urlEqualTo(LOADING)).willReturn(aResponse().withStatus(202).withBody("{}")));
	}

	static List<LoggedRequest> requests(String path) {
		return SERVER.findAll(postRequestedFor(urlEqualTo(path)));
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
