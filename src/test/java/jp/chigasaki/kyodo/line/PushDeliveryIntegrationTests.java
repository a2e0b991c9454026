package jp.chigasaki.kyodo.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.TextMessage;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * A push answered 429 waits what LINE's {@code Retry-After} asks, at most {@code max-backoff}, and is then sent again
 * with the same retry key. WireMock stands in for the Messaging API.
 */
class PushDeliveryIntegrationTests {

	private static final String PUSH = LineStandIn.PUSH;

	@BeforeEach
	void reset() {
		LineStandIn.reset();
	}

	@Test
	void aRateLimitedPushWaitsTheSecondsRetryAfterAsksBeforeTryingAgain() {
		rateLimitedOnce(aResponse().withStatus(429).withHeader("Retry-After", "2"));

		delivery("20ms", "5s").push("Uretryafter0001", List.of(new TextMessage("返信")), UUID.randomUUID());

		List<LoggedRequest> pushes = LineStandIn.requests(PUSH);
		assertThat(pushes).hasSize(2);
		assertThat(pushes).extracting(push -> push.getHeader("X-Line-Retry-Key")).containsOnly(
				pushes.get(0).getHeader("X-Line-Retry-Key"));
		assertThat(gap(pushes)).as("twice the 20 ms backoff without the header; LINE asked for 2 s")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void aRetryAfterLongerThanTheLongestBackoffIsCappedSoTheCallerIsNotHeldForAnHour() {
		Duration gap = gapAfterOneRateLimit("3600", delivery("20ms", "1s"));

		assertThat(gap).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(60));
	}

	@Test
	void aRetryAfterGivenAsAnHttpDateWaitsUntilThatTime() {
		Clock now = Clock.fixed(Instant.parse("2026-12-02T04:00:00Z"), ZoneOffset.UTC);

		Duration gap = gapAfterOneRateLimit("Wed, 02 Dec 2026 04:00:02 GMT", delivery("20ms", "5s", now));

		assertThat(gap).as("the date is 2 s after the clock's now; twice the backoff would be 40 ms")
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void aRetryAfterItCannotReadFallsBackToTwiceTheBackoff() {
		Duration gap = gapAfterOneRateLimit("soon", delivery("20ms", "5s"));

		assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(40)).isLessThan(Duration.ofSeconds(2));
	}

	/** Pushes once through a LINE that answers 429 with this Retry-After, then 200: the time between the two tries. */
	private static Duration gapAfterOneRateLimit(String retryAfter, PushDelivery delivery) {
		rateLimitedOnce(aResponse().withStatus(429).withHeader("Retry-After", retryAfter));

		delivery.push("Uretryafter0002", List.of(new TextMessage("返信")), UUID.randomUUID());

		List<LoggedRequest> pushes = LineStandIn.requests(PUSH);
		assertThat(pushes).hasSize(2);
		return gap(pushes);
	}

	private static void rateLimitedOnce(ResponseDefinitionBuilder tooMany) {
		LineStandIn.SERVER.stubFor(post(urlEqualTo(PUSH)).inScenario("rate").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(tooMany.withHeader("Content-Type", "application/json")
				.withBody("{\"message\":\"The API rate limit has been exceeded.\"}"))
			.willSetStateTo("calm"));
		LineStandIn.SERVER.stubFor(post(urlEqualTo(PUSH)).inScenario("rate").whenScenarioStateIs("calm")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
	}

	private static PushDelivery delivery(String initialBackoff, String maxBackoff) {
		return delivery(initialBackoff, maxBackoff, Clock.systemUTC());
	}

	private static PushDelivery delivery(String initialBackoff, String maxBackoff, Clock clock) {
		LineProperties properties = new Binder(new MapConfigurationPropertySource(
				Map.of("kyodo.line.delivery.initial-backoff", initialBackoff, "kyodo.line.delivery.max-backoff",
						maxBackoff)))
			.bindOrCreate("kyodo.line", LineProperties.class);
		MessagingApiClient client = MessagingApiClient.builder("test-token")
			.apiEndPoint(URI.create(LineStandIn.SERVER.baseUrl() + "/"))
			.usingDefaultLogger(false)
			.build();
		return new PushDelivery(client, properties, new SimpleMeterRegistry(), clock);
	}

	private static Duration gap(List<LoggedRequest> pushes) {
		return Duration.ofMillis(pushes.get(1).getLoggedDate().getTime() - pushes.get(0).getLoggedDate().getTime());
	}
}
