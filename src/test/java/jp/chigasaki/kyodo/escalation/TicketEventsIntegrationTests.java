package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * Ticket events go through the durable stream: a ticket closed while no reader runs, or read by an instance that died
 * before finishing it, still reaches the member exactly once and the day's figures exactly once; reading everything
 * again changes nothing the member sees and no count.
 */
class TicketEventsIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);
	private static final String EVENTS = "kyodo:{esc}:events";
	private static final List<String> GROUPS = List.of("conversation", "insights");
	private static final RedisScript<String> SET_ID = RedisScript
		.of("return redis.call('XGROUP', 'SETID', KEYS[1], ARGV[1], ARGV[2])", String.class);

	@Autowired
	EscalationQueue queue;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	ApplicationContext context;

	@AfterEach
	void readersRunAgain() {
		Lifecycle readers = readers();
		if (!readers.isRunning()) {
			readers.start();
		}
	}

	@Test
	void aTicketClosedWhileNoReaderRunsIsToldToTheMemberOnceWhenOneStarts() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.claim(id, CITY);
		long resolvedBefore = count("closed:RESOLVED");
		readers().stop();

		queue.resolve(id, CITY);

		assertThat(closingNotices(messenger.pushesTo(chat.chatId()).stream().map(RecordingMessenger.Push::reply).toList()))
			.as("nobody reads while the readers are stopped")
			.isEmpty();
		readers().start();
		awaitAllDone();
		assertThat(closingNotices(messenger.shownTo(chat.chatId()))).singleElement()
			.satisfies(text -> assertThat(text).contains("受付番号 #" + id, "対応を終えました"));
		assertThat(count("closed:RESOLVED") - resolvedBefore).isEqualTo(1);
		assertThat(say(chat, "協働とは何ですか").silent()).isFalse();
	}

	@Test
	void anEventReadByAnInstanceThatDiedIsClaimedAndDoneOnce() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		long returnedBefore = count("closed:RETURNED");
		readers().stop();
		queue.returnToBot(id, CITY);
		for (String group : GROUPS) {
			List<?> taken = redis.opsForStream()
				.read(Consumer.from(group, "i-dead"), StreamReadOptions.empty().count(1000),
						StreamOffset.create(EVENTS, ReadOffset.lastConsumed()));
			assertThat(taken).as("the dead instance read the event of " + group).isNotEmpty();
		}

		readers().start();

		awaitAllDone();
		assertThat(closingNotices(messenger.shownTo(chat.chatId()))).singleElement()
			.satisfies(text -> assertThat(text).contains("受付番号 #" + id, "自動応答に戻りました"));
		assertThat(count("closed:RETURNED") - returnedBefore).isEqualTo(1);
	}

	@Test
	void readingEveryEventAgainNeitherTellsTheMemberTwiceNorCountsTwice() {
		ChatRef chat = newUser();
		long id = openTicket(chat);
		queue.claim(id, CITY);
		queue.resolve(id, CITY);
		awaitAllDone();
		await().atMost(Duration.ofSeconds(20)).until(() -> closingNotices(messenger.shownTo(chat.chatId())).size() == 1);
		Map<Object, Object> counts = redis.opsForHash().entries(countsKey());
		int pushes = messenger.pushesTo(chat.chatId()).size();
		readers().stop();

		for (String group : GROUPS) {
			assertThat(redis.execute(SET_ID, List.of(EVENTS), group, "0-0")).isEqualTo("OK");
		}
		readers().start();

		awaitAllDone();
		assertThat(messenger.pushesTo(chat.chatId())).as("the notice was pushed again, with the same retry key")
			.hasSizeGreaterThan(pushes);
		assertThat(closingNotices(messenger.shownTo(chat.chatId()))).hasSize(1);
		assertThat(redis.opsForHash().entries(countsKey())).isEqualTo(counts);
	}

	/** Every group has read the newest event and has nothing pending. */
	private void awaitAllDone() {
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			String last = redis.opsForStream().reverseRange(EVENTS, org.springframework.data.domain.Range.unbounded(),
					org.springframework.data.redis.connection.Limit.limit().count(1)).get(0).getId().getValue();
			assertThat(redis.opsForStream().groups(EVENTS).stream().filter(g -> GROUPS.contains(g.groupName())))
				.hasSize(GROUPS.size())
				.allSatisfy(group -> {
					assertThat(group.lastDeliveredId()).isEqualTo(last);
					assertThat(group.pendingCount()).isZero();
				});
		});
	}

	private Lifecycle readers() {
		return context.getBean("ticketEventReaders", Lifecycle.class);
	}

	private long count(String field) {
		Object value = redis.opsForHash().get(countsKey(), field);
		return value == null ? 0 : Long.parseLong((String) value);
	}

	private static String countsKey() {
		return "kyodo:{ins:" + LocalDate.now(ZoneId.of("Asia/Tokyo")) + "}:counts";
	}

	private static List<String> closingNotices(List<Reply> replies) {
		return replies.stream()
			.map(Reply::text)
			.filter(text -> text != null && text.contains("のご相談は、"))
			.toList();
	}
}
