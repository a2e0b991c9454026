package jp.chigasaki.kyodo.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.announcements.AnnouncementSent;
import jp.chigasaki.kyodo.conversation.TurnCompleted;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.EventApplicationChanged;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.GroupRegistered;
import jp.chigasaki.kyodo.meetings.MatchProposed;
import jp.chigasaki.kyodo.meetings.Meeting;
import jp.chigasaki.kyodo.meetings.MeetingStatusChanged;
import jp.chigasaki.kyodo.needs.NeedPublished;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.escalation.EscalationTestContext;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;

/**
 * Recording into a real redis-server: counters, raw events without ids or text, masked question texts only for the
 * questions the bot could not answer well, and the retention of each part. Each test uses its own day (a few weeks
 * back, where no other test records) so that the figures are exact.
 */
class InsightsRecordingIntegrationTests extends EscalationTestContext {

	private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	Clock clock;

	@Autowired
	Insights insights;

	@Test
	void anAnsweredTurnBecomesCountersAndARawEventWithoutIdsOrText() {
		LocalDate day = daysAgo(20);
		String conversation = conversation();
		publisher.publishEvent(turn(day, conversation, Decision.ANSWER, "kyodo-what", "げんき基金について tel 090-1111-2222"));

		assertThat(redis.<String, String>opsForHash().entries(key(day, "counts"))).containsExactlyInAnyOrderEntriesOf(
				Map.of("turn:answer", "1", "audience:member", "1", "chat:user", "1", "band:answer", "1",
						"asked:kyodo-what", "1", "dept:kyodo", "1", "conv:answered", "1", "conv:self-resolved", "1"));
		List<String> raw = redis.opsForList().range(key(day, "events"), 0, -1);
		assertThat(raw).singleElement().satisfies(json -> assertThat(json).contains("\"decision\":\"answer\"")
			.doesNotContain(conversation)
			.doesNotContain("げんき基金")
			.doesNotContain("090"));
		assertThat(redis.hasKey(key(day, "questions"))).as("an answered question's text is not kept").isFalse();
		assertThat(redis.keys("kyodo:{ins:c:" + conversation + "}*")).as("nor kept aside for a later tap").isEmpty();
	}

	@Test
	void keepsMaskedTextsOnlyForFallbackClarifyAndDisliked() {
		LocalDate day = daysAgo(21);
		String disliking = conversation();
		publisher.publishEvent(turn(day, conversation(), Decision.FALLBACK, null, "駐車場は？ 佐藤さんに電話 0467-82-1111"));
		publisher.publishEvent(turn(day, conversation(), Decision.CLARIFY, "kyodo-what", "協働の件 hana@example.jp"));
		publisher.publishEvent(turn(day, conversation(), Decision.GREETING, null, "こんにちは山田です"));
		publisher.publishEvent(turn(day, disliking, Decision.ANSWER, "kyodo-abolished", "募集はある？鈴木より"));
		publisher.publishEvent(feedback(day, disliking, "kyodo-abolished", TurnCompleted.Feedback.NOT_HELPFUL,
				"募集はある？鈴木より"));

		Map<String, String> questions = redis.<String, String>opsForHash().entries(key(day, "questions"));
		assertThat(questions.values()).hasSize(3)
			.anySatisfy(q -> assertThat(q).contains("\"reason\":\"fallback\"", "駐車場は? ［氏名］さんに電話 ［電話番号］"))
			.anySatisfy(q -> assertThat(q).contains("\"reason\":\"clarify\"", "協働の件 ［メール］"))
			.anySatisfy(q -> assertThat(q).contains("\"reason\":\"disliked\"", "募集はある?［氏名］より",
					"\"faqId\":\"kyodo-abolished\""))
			.noneSatisfy(q -> assertThat(q).contains("こんにちは"));
		assertThat(String.join("\n", questions.values())).doesNotContain("佐藤", "0467", "hana@", "鈴木", disliking);
		assertThat(redis.<String, String>opsForHash().entries(key(day, "counts"))).containsEntry("down:kyodo-abolished", "1")
			.containsEntry("question:disliked", "1");
	}

	/** Yesterday (within the conversation window), measured as the change, since other tests record there too. */
	@Test
	void anAnswerIsSelfResolvedUnlessTheConversationEscalatedOrDislikedThatDay() {
		LocalDate day = daysAgo(1);
		long answered = count(day, "conv:answered");
		long resolved = count(day, "conv:self-resolved");
		String escalatedFirst = conversation();
		String disliked = conversation();
		String helped = conversation();
		publisher.publishEvent(turn(day, escalatedFirst, Decision.ESCALATE, null, "人と話したい"));
		publisher.publishEvent(turn(day, escalatedFirst, Decision.ANSWER, "kyodo-what", "協働とは"));
		publisher.publishEvent(turn(day, disliked, Decision.ANSWER, "kyodo-what", "協働とは"));
		publisher.publishEvent(feedback(day, disliked, "kyodo-what", TurnCompleted.Feedback.NOT_HELPFUL, "協働とは"));
		publisher.publishEvent(turn(day, helped, Decision.ANSWER, "kyodo-what", "協働とは"));
		publisher.publishEvent(turn(day, helped, Decision.ANSWER, "kyodo-abolished", "募集は？"));
		publisher.publishEvent(feedback(day, helped, "kyodo-abolished", TurnCompleted.Feedback.HELPFUL));

		assertThat(count(day, "conv:answered") - answered).isEqualTo(3);
		assertThat(count(day, "conv:self-resolved") - resolved).isEqualTo(1);
		assertThat(redis.getExpire(key(day, "answered"))).isPositive()
			.isLessThanOrEqualTo(Duration.ofDays(8).toSeconds());
	}

	private long count(LocalDate day, String field) {
		Object value = redis.opsForHash().get(key(day, "counts"), field);
		return value == null ? 0 : Long.parseLong((String) value);
	}

	@Test
	void eachPartExpiresAsConfiguredAfterItsDayEnds() {
		LocalDate day = daysAgo(23);
		publisher.publishEvent(turn(day, conversation(), Decision.FALLBACK, null, "駐車場は？"));

		Instant dayEnd = day.plusDays(1).atStartOfDay(JST).toInstant();
		assertExpiresAt(key(day, "counts"), dayEnd.plus(Duration.ofDays(400)));
		assertExpiresAt(key(day, "events"), dayEnd.plus(Duration.ofDays(90)));
		assertExpiresAt(key(day, "questions"), dayEnd.plus(Duration.ofDays(90)));
		// The day's conversation marks are gone eight days after it ended: 23 days back, nothing is left of them.
		assertThat(redis.hasKey(key(day, "troubled"))).isFalse();
		assertThat(redis.hasKey(key(day, "answered"))).isFalse();
	}

	@Test
	void pastTheRawRetentionOnlyTheCountersAreKeptAndPastTheirsNothing() {
		LocalDate old = daysAgo(120);
		publisher.publishEvent(turn(old, conversation(), Decision.FALLBACK, null, "古い質問"));
		assertThat(redis.<String, String>opsForHash().entries(key(old, "counts"))).containsEntry("turn:fallback", "1");
		assertThat(redis.hasKey(key(old, "events"))).isFalse();
		assertThat(redis.hasKey(key(old, "questions"))).isFalse();

		LocalDate ancient = daysAgo(402);
		publisher.publishEvent(turn(ancient, conversation(), Decision.FALLBACK, null, "もっと古い質問"));
		assertThat(redis.keys("kyodo:{ins:" + ancient + "}:*")).isEmpty();
	}

	@Test
	void theInitiativesEventsBecomeTheirFigures() {
		LocalDate day = daysAgo(24);
		Instant at = noon(day);
		publisher.publishEvent(new GroupRegistered(at, 1, Field.ENVIRONMENT));
		publisher.publishEvent(new GroupRegistered(at, 2, Field.WELFARE));
		publisher.publishEvent(new NeedPublished(at, 1, Field.ENVIRONMENT));
		publisher.publishEvent(new MatchProposed(at, 1, 1, 1));
		publisher.publishEvent(new MeetingStatusChanged(at, 1, Meeting.Status.PROPOSED));
		publisher.publishEvent(new MeetingStatusChanged(at, 1, Meeting.Status.CONFIRMED));
		publisher.publishEvent(new MeetingStatusChanged(at, 1, Meeting.Status.DONE));
		publisher.publishEvent(new EventApplicationChanged(at, 1, EventApplicationChanged.Change.APPLIED, Event.Role.ATTEND));
		publisher.publishEvent(new EventApplicationChanged(at, 1, EventApplicationChanged.Change.APPLIED, Event.Role.PRESENT));
		publisher.publishEvent(new EventApplicationChanged(at, 1, EventApplicationChanged.Change.CANCELLED, Event.Role.ATTEND));
		publisher.publishEvent(new AnnouncementSent(at, 1, java.util.Set.of(Field.ENVIRONMENT), 12, 11));

		assertThat(insights.report(day, day).figures().initiatives()).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
				Map.entry("groups-registered", 2L), Map.entry("groups-registered:environment", 1L),
				Map.entry("groups-registered:welfare", 1L), Map.entry("needs-published", 1L),
				Map.entry("needs-published:environment", 1L), Map.entry("matches-proposed", 1L),
				Map.entry("meetings-proposed", 1L), Map.entry("meetings-confirmed", 1L), Map.entry("meetings-done", 1L),
				Map.entry("event-applications", 2L), Map.entry("event-applications:attend", 1L),
				Map.entry("event-applications:present", 1L), Map.entry("event-cancellations", 1L),
				Map.entry("announcements-sent", 1L), Map.entry("announcement-recipients", 12L),
				Map.entry("announcement-deliveries", 11L)));
	}

	private void assertExpiresAt(String key, Instant expected) {
		long ttl = redis.getExpire(key);
		long wanted = Duration.between(clock.instant(), expected).toSeconds();
		assertThat(ttl).as(key).isCloseTo(wanted, within(5L));
	}

	private LocalDate daysAgo(int days) {
		return LocalDate.now(clock.withZone(JST)).minusDays(days);
	}

	private static String key(LocalDate day, String part) {
		return "kyodo:{ins:" + day + "}:" + part;
	}

	private static String conversation() {
		return "test-" + UUID.randomUUID();
	}

	private static Instant noon(LocalDate day) {
		return day.atTime(12, 0).atZone(JST).toInstant();
	}

	static TurnCompleted turn(LocalDate day, String conversation, Decision decision, String faqId, String question) {
		Band band = decision == Decision.ANSWER ? Band.ANSWER : decision == Decision.CLARIFY ? Band.CLARIFY : Band.LOW;
		return new TurnCompleted(noon(day), conversation, Audience.MEMBER, false, decision, null, faqId,
				decision == Decision.ANSWER ? "kyodo" : null, 0.5, band, null, question);
	}

	static TurnCompleted feedback(LocalDate day, String conversation, String faqId, TurnCompleted.Feedback value) {
		return feedback(day, conversation, faqId, value, null);
	}

	/** A tap, with the question the conversation owner hands over for 役に立たなかった. */
	static TurnCompleted feedback(LocalDate day, String conversation, String faqId, TurnCompleted.Feedback value,
			String question) {
		return new TurnCompleted(noon(day).plusSeconds(30), conversation, Audience.MEMBER, false, null, null, faqId,
				null, 0, null, value, question);
	}
}
