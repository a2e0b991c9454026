package jp.chigasaki.kyodo.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.localredis.TestRedis;

/** The ticket scripts write their events into one bounded stream, with ids and choices only, readable back. */
class TicketEventStreamIntegrationTests {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	private final StringRedisTemplate redis = TestRedis.template();
	private final TicketStore store = new TicketStore(redis,
			new Binder(new MapConfigurationPropertySource(Map.of("kyodo.escalation.events.max-length", "10")))
				.bindOrCreate("kyodo.escalation", EscalationProperties.class));

	@Test
	void theStreamKeepsTheNewestEventsUpToItsBoundAndNoUserTextOrLineId() {
		ChatRef chat = ChatRef.user("Ustreamtest" + UUID.randomUUID().toString().replace("-", ""));
		long last = 0;
		for (int i = 0; i < 25; i++) {
			last = open(chat, "streamtest-" + UUID.randomUUID());
		}
		Instant now = Instant.now();
		assertThat(store.claim(last, CITY, now)).isEqualTo("OK");
		assertThat(store.transition(last,
				new TicketStore.Move("resolve", ",CLAIMED,", Ticket.State.RESOLVED, null, null), CITY, now))
			.startsWith("OK");

		List<MapRecord<String, Object, Object>> kept = redis.opsForStream().range(TicketStore.EVENTS, Range.unbounded());
		assertThat(kept).hasSize(10);
		assertThat(kept.get(9).getValue()).containsEntry("type", "closed").containsEntry("ticket", Long.toString(last));
		assertThat(kept.toString()).doesNotContain(chat.chatId(), "浜見平のまちづくり");
	}

	@Test
	void aNewGroupReadsTheKeptEventsBackAsTicketEvents() {
		ChatRef chat = ChatRef.user("Ustreamtest" + UUID.randomUUID().toString().replace("-", ""));
		long id = open(chat, "streamtest-" + UUID.randomUUID());
		Instant now = Instant.now();
		store.claim(id, CITY, now);
		store.transition(id, new TicketStore.Move("return", ",WAITING,CLAIMED,", Ticket.State.RETURNED, null, null),
				CITY, now.plusSeconds(60));
		TicketEventStream stream = new TicketEventStream(redis);
		String group = "test-" + UUID.randomUUID();
		stream.ensureGroup(group);

		List<TicketEvent> events;
		try (RedisConnection connection = redis.getRequiredConnectionFactory().getConnection()) {
			events = stream.read(connection, group, "reader", 100, Duration.ofMillis(100))
				.stream()
				.map(TicketEventStream.Entry::event)
				.filter(event -> event.ticketId() == id)
				.toList();
		}

		assertThat(events).hasSize(3);
		assertThat(events.get(0)).isInstanceOfSatisfying(TicketEvent.Opened.class, opened -> {
			assertThat(opened.trigger()).isEqualTo(EscalationTrigger.ASKED_FOR_HUMAN);
			assertThat(opened.topicKey()).isEqualTo("kikin");
			assertThat(opened.kind()).isEqualTo("相談");
		});
		assertThat(events.get(1)).isInstanceOfSatisfying(TicketEvent.Claimed.class,
				claimed -> assertThat(claimed.coordinator()).isEqualTo("city"));
		assertThat(events.get(2)).isInstanceOfSatisfying(TicketEvent.Closed.class, closed -> {
			assertThat(closed.state()).isEqualTo(Ticket.State.RETURNED);
			assertThat(closed.queue()).isEqualTo(Ticket.Queue.CITY);
			assertThat(closed.open()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
			assertThat(closed.slaBreached()).isFalse();
		});
	}

	@Test
	void aReaderIsForgottenOnlyWhenItHoldsNothing() {
		ChatRef chat = ChatRef.user("Ustreamtest" + UUID.randomUUID().toString().replace("-", ""));
		open(chat, "streamtest-" + UUID.randomUUID());
		long id = open(chat, "streamtest-" + UUID.randomUUID());
		TicketEventStream stream = new TicketEventStream(redis);
		String group = "test-" + UUID.randomUUID();
		stream.ensureGroup(group);
		List<TicketEventStream.Entry> held;
		try (RedisConnection connection = redis.getRequiredConnectionFactory().getConnection()) {
			stream.read(connection, group, "done", 1, Duration.ofMillis(100))
				.forEach(entry -> stream.acknowledge(group, entry.id()));
			held = stream.read(connection, group, "holding", 1000, Duration.ofMillis(100));
		}
		assertThat(held).extracting(entry -> entry.event().ticketId()).contains(id);

		assertThat(stream.forget(group, "holding", Duration.ZERO)).as("it holds pending events").isZero();
		assertThat(stream.forget(group, "done", Duration.ZERO)).isEqualTo(1);
		held.forEach(entry -> stream.acknowledge(group, entry.id()));
		assertThat(stream.forget(group, null, Duration.ofDays(1))).as("not idle for a day").isZero();
		assertThat(stream.forget(group, null, Duration.ZERO)).isEqualTo(1);
		assertThat(redis.opsForStream().consumers(TicketStore.EVENTS, group)).isEmpty();
	}

	private long open(ChatRef chat, String eventKey) {
		Instant now = Instant.now();
		long id = store.nextId();
		Ticket ticket = new Ticket(id, Ticket.State.WAITING, Ticket.Queue.CITY, chat,
				EscalationTrigger.ASKED_FOR_HUMAN, "kikin", "補助金・げんき基金", "浜見平のまちづくりについて", null, "相談", now,
				now.plusSeconds(3600), now.plusSeconds(7200), null, null, null, null);
		assertThat(store.create(ticket, List.of(), eventKey).fresh()).isTrue();
		return id;
	}
}
