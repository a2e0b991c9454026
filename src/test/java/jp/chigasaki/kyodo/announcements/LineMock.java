package jp.chigasaki.kyodo.announcements;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.linecorp.bot.messaging.client.MessagingApiClient;

/**
 * WireMock standing in for the Messaging API's push and multicast (the one thing the tests stand in for), and a
 * {@link Notices} and {@link LineDelivery} wired to it with short pauses. Public for the events tests.
 */
public final class LineMock {

	public static final String PUSH = "/v2/bot/message/push";
	public static final String MULTICAST = "/v2/bot/message/multicast";
	public static final WireMockServer SERVER = start();

	private LineMock() {
	}

	private static WireMockServer start() {
		WireMockServer server = new WireMockServer(options().dynamicPort().notifier(new Slf4jNotifier(false)));
		server.start();
		return server;
	}

	public static void reset() {
		SERVER.resetAll();
		SERVER.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(404)));
		SERVER.stubFor(post(urlEqualTo(PUSH)).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\"}]}")));
		SERVER.stubFor(post(urlEqualTo(MULTICAST)).willReturn(okJson("{}")));
	}

	public static List<LoggedRequest> requests(String path) {
		return SERVER.findAll(postRequestedFor(urlEqualTo(path)));
	}

	static LineDelivery delivery() {
		MessagingApiClient client = MessagingApiClient.builder("test-token")
			.apiEndPoint(URI.create("http://127.0.0.1:" + SERVER.port() + "/"))
			.usingDefaultLogger(false)
			.build();
		return new LineDelivery(client,
				new AnnouncementsProperties.Delivery(200, 3, Duration.ofMillis(10), Duration.ofSeconds(5)));
	}

	public static Notices notices() {
		return new Notices(delivery());
	}

	/** An {@link Announcements} on the tests' real redis-server sending to this stand-in. */
	public static Announcements announcements(java.util.List<Object> published, java.time.Clock clock) {
		return new Announcements(new AnnouncementStore(jp.chigasaki.kyodo.localredis.TestRedis.template(),
				Duration.ofDays(90)), delivery(), new AnnouncementsProperties(true, 500, Duration.ofDays(90), true,
						new AnnouncementsProperties.Delivery(200, 3, Duration.ofMillis(10), Duration.ofSeconds(5))),
				published::add, clock);
	}
}
