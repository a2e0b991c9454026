package jp.chigasaki.kyodo.announcements;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.localredis.TestRedis;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Announcements against a real redis-server and WireMock as the Messaging API: only opted-in members, batches of
 * at most 500 with their own retry keys, a dry run that sends nothing, a 429 retried with the same key, an audit
 * entry without text.
 */
class AnnouncementsIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final StringRedisTemplate redis = TestRedis.template();
	private final List<Object> published = new ArrayList<>();
	private final Announcements announcements = new Announcements(new AnnouncementStore(redis, Duration.ofDays(90)),
			LineMock.delivery(), new AnnouncementsProperties(true, 500, Duration.ofDays(90), true,
					new AnnouncementsProperties.Delivery(200, 3, Duration.ofMillis(10), Duration.ofSeconds(5))),
			published::add, Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneOffset.UTC));

	@BeforeEach
	void clean() {
		LineMock.reset();
		for (Field field : Field.values()) {
			redis.delete(AnnouncementStore.subscribers(field));
		}
	}

	@Test
	void reachesOnlyOptedInMembersInBatchesOfAtMost500() {
		Set<String> culture = subscribe(Field.CULTURE, 1_100);
		Set<String> both = subscribe(Field.HEALTH, 150);
		both.stream().limit(50).forEach(user -> announcements.subscribe(user, Field.CULTURE));
		subscribe(Field.WELFARE, 30);
		String optedOut = culture.iterator().next();
		announcements.unsubscribe(optedOut, Field.CULTURE);

		Announcements.Result result = announcements
			.send(new Announcements.Request(Set.of(Field.CULTURE, Field.HEALTH), "交流会のお知らせ", false), "city");

		List<LoggedRequest> batches = LineMock.requests(LineMock.MULTICAST);
		assertThat(batches).hasSize(3);
		Set<String> reached = new HashSet<>();
		Set<String> retryKeys = new HashSet<>();
		for (LoggedRequest batch : batches) {
			JsonNode body = JSON.readTree(batch.getBodyAsString());
			assertThat(body.get("to").size()).isLessThanOrEqualTo(500);
			body.get("to").valueStream().forEach(to -> assertThat(reached.add(to.asString())).isTrue());
			assertThat(body.get("messages").get(0).get("text").asString()).isEqualTo("交流会のお知らせ");
			retryKeys.add(UUID.fromString(batch.getHeader("X-Line-Retry-Key")).toString());
		}
		Set<String> expected = new HashSet<>(culture);
		expected.remove(optedOut);
		expected.addAll(both);
		assertThat(reached).isEqualTo(expected);
		assertThat(retryKeys).hasSize(3);
		assertThat(result).isEqualTo(new Announcements.Result(result.id(), false, 1_249, 3, 1_249));
		assertThat(published).containsExactly(new AnnouncementSent(Instant.parse("2026-06-01T01:00:00Z"), result.id(),
				Set.of(Field.CULTURE, Field.HEALTH), 1_249, 1_249));
		assertThat(announcements.audit(1).get(0)).containsEntry("recipients", "1249")
			.containsEntry("actor", "city")
			.doesNotContainKey("text");
	}

	@Test
	void aDryRunCountsAndSendsNothing() {
		subscribe(Field.ENVIRONMENT, 12);

		Announcements.Result result = announcements
			.send(new Announcements.Request(Set.of(Field.ENVIRONMENT), "下書き", true), "city");

		assertThat(result).isEqualTo(new Announcements.Result(0, true, 12, 1, 0));
		assertThat(LineMock.requests(LineMock.MULTICAST)).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aRateLimitedBatchIsRetriedWithTheSameKey() {
		subscribe(Field.DISASTER, 3);
		LineMock.SERVER.stubFor(post(urlEqualTo(LineMock.MULTICAST)).inScenario("rate")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429).withBody("{\"message\":\"rate\"}"))
			.willSetStateTo("open"));
		LineMock.SERVER.stubFor(post(urlEqualTo(LineMock.MULTICAST)).inScenario("rate")
			.whenScenarioStateIs("open")
			.willReturn(okJson("{}")));

		Announcements.Result result = announcements
			.send(new Announcements.Request(Set.of(Field.DISASTER), "防災訓練", false), "center");

		List<LoggedRequest> attempts = LineMock.requests(LineMock.MULTICAST);
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(0).getHeader("X-Line-Retry-Key")).isEqualTo(attempts.get(1).getHeader("X-Line-Retry-Key"));
		assertThat(result.delivered()).isEqualTo(3);
	}

	@Test
	void optingOutOfEverythingLeavesNoSubscription() {
		String user = "U" + UUID.randomUUID().toString().replace("-", "");
		assertThat(announcements.subscribe(user, Field.WELFARE)).isTrue();
		assertThat(announcements.subscribe(user, Field.WELFARE)).isFalse();
		announcements.subscribe(user, Field.CHILDREN);
		assertThat(announcements.subscriptions(user)).containsExactlyInAnyOrder(Field.WELFARE, Field.CHILDREN);

		announcements.unsubscribeAll(user);

		assertThat(announcements.subscriptions(user)).isEmpty();
	}

	private Set<String> subscribe(Field field, int count) {
		Set<String> users = new HashSet<>();
		for (int i = 0; i < count; i++) {
			String user = "U" + UUID.randomUUID().toString().replace("-", "");
			announcements.subscribe(user, field);
			users.add(user);
		}
		return users;
	}
}
