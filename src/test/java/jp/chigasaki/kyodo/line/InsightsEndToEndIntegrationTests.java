package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.insights.InsightsReport;

/**
 * Signed webhooks through {@code /callback}, the durable inbox, the conversation owner with the real dialogue and
 * matching, and the ticket queue end up in today's insights figures: an answer, a 役に立たなかった tap, a question the
 * bot cannot answer (kept masked), and a hand-over to a coordinator. Nothing in the analytics keys holds the LINE id
 * or the unmasked text. Same configuration as {@link EndToEndWebhookIntegrationTests}, so one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kyodo.local-redis.data-dir=target/redis/line-real-${random.uuid}",
				"kyodo.line.channel-secret=" + WebhookTestBase.SECRET, "kyodo.line.channel-token=test-channel-token" })
class InsightsEndToEndIntegrationTests {

	@Autowired
	Insights insights;

	@Autowired
	InboxReader reader;

	@Autowired
	StringRedisTemplate redis;

	@LocalServerPort
	int port;

	private WebhookClient client;

	@DynamicPropertySource
	static void lineApi(DynamicPropertyRegistry registry) {
		registry.add("kyodo.line.api-base-url", LineStandIn.SERVER::baseUrl);
	}

	@BeforeEach
	void reset() {
		client = new WebhookClient(port, WebhookTestBase.SECRET);
		WebhookTestBase.awaitIdle(reader);
		LineStandIn.reset();
	}

	@Test
	void aSignedWebhookEndsUpInTheInsightsFigures() {
		LocalDate today = insights.today();
		InsightsReport.Figures before = insights.report(today, today).figures();
		String userId = "U" + UUID.randomUUID().toString().replace("-", "");
		String user = Webhooks.userSource(userId);

		send(Webhooks.text(Webhooks.newEventId(), user, "rt-i1", "市民活動げんき基金の補助金の上限額はいくらですか"));
		String dislike = postbackData(LineStandIn.bodies(LineStandIn.REPLY).toString(), "dlg:feedback=down");
		send(Webhooks.postback(Webhooks.newEventId(), user, "rt-i2", dislike));
		send(Webhooks.text(Webhooks.newEventId(), user, "rt-i3", "宇宙旅行のチケットは 090-1234-5678 の山田太郎まで？"));
		send(Webhooks.text(Webhooks.newEventId(), user, "rt-i4", "担当者と直接話したいです"));
		send(Webhooks.postback(Webhooks.newEventId(), user, "rt-i5", "esc:skip"));

		// The opened ticket reaches the figures through the durable ticket event stream, a moment after the turn.
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> insights.report(today, today).figures().escalations().opened() > before.escalations().opened());
		InsightsReport.Figures after = insights.report(today, today).figures();
		assertThat(after.answered() - before.answered()).isEqualTo(1);
		assertThat(after.feedback().notHelpful() - before.feedback().notHelpful()).isEqualTo(1);
		assertThat(after.escalations().opened() - before.escalations().opened()).isEqualTo(1);
		assertThat(after.fallback() + after.clarify() - before.fallback() - before.clarify()).isEqualTo(1);
		assertThat(total(after.unanswered()) - total(before.unanswered())).as("the disliked and the unanswered")
			.isEqualTo(2);
		assertThat(after.entries()).anyMatch(entry -> entry.notHelpful() > 0 && dislike.contains(entry.faqId()));
		assertThat(insights.unanswered(today, today).stream().flatMap(g -> g.questions().stream()))
			.anyMatch(q -> q.text().equals("宇宙旅行のチケットは ［電話番号］ の［氏名］まで?"))
			.anyMatch(q -> q.reason().equals("disliked") && q.text().startsWith("市民活動げんき基金"));

		List<String> stored = new ArrayList<>();
		for (String key : redis.keys("kyodo:{ins:*")) {
			stored.add(key + " " + dump(key));
		}
		assertThat(String.join("\n", stored)).doesNotContain(userId, "090-1234", "山田");
	}

	private void send(String event) {
		client.send(Webhooks.batch(event));
		WebhookTestBase.awaitIdle(reader);
	}

	private static String postbackData(String replies, String prefix) {
		Matcher matcher = Pattern.compile("\"data\":\"(" + Pattern.quote(prefix) + "[^\"]*)\"").matcher(replies);
		assertThat(matcher.find()).as("a " + prefix + " button in " + replies).isTrue();
		return matcher.group(1);
	}

	private String dump(String key) {
		return switch (redis.type(key).code()) {
			case "hash" -> String.valueOf(redis.opsForHash().entries(key));
			case "list" -> String.valueOf(redis.opsForList().range(key, 0, -1));
			case "set" -> String.valueOf(redis.opsForSet().members(key));
			case "zset" -> String.valueOf(redis.opsForZSet().rangeWithScores(key, 0, -1));
			default -> String.valueOf(redis.opsForValue().get(key));
		};
	}

	private static long total(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

}
