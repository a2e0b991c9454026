package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.escalation.internal.Acknowledgement;
import jp.chigasaki.kyodo.escalation.internal.BusinessHours;
import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.HolidayCalendar;
import jp.chigasaki.kyodo.escalation.internal.ReplyOutbox;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/**
 * With {@code appendonly yes} and {@code appendfsync always} (what {@link LocalRedisServer} runs and production
 * needs), a ticket the user was told about survives {@code kill -9} of redis-server and a restart.
 */
class TicketDurabilityIntegrationTests {

	@TempDir
	Path dataDir;

	LocalRedisServer server;

	LettuceConnectionFactory connections;

	@AfterEach
	void stop() {
		if (connections != null) {
			connections.destroy();
		}
		if (server != null) {
			server.stop();
		}
	}

	@Test
	void anAcknowledgedTicketSurvivesKillDashNineAndRestart() {
		server = LocalRedisServer.start(dataDir, 0);
		connections = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", server.port()));
		connections.afterPropertiesSet();
		connections.start();
		StringRedisTemplate redis = new StringRedisTemplate(connections);
		EscalationProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("kyodo.escalation", EscalationProperties.class);
		TicketStore store = new TicketStore(redis, properties);
		BusinessHours hours = new BusinessHours(HolidayCalendar.load(properties.calendarFile()), properties.zone(),
				properties.officeOpens(), properties.officeCloses());
		RecordingMessenger messenger = new RecordingMessenger();
		EscalationQueue queue = new EscalationQueue(store, new ReplyOutbox(redis, properties), messenger,
				event -> {
				}, Clock.systemUTC());
		CoordinatorGroup group = new CoordinatorGroup(properties, messenger, lineUserId -> java.util.Optional.empty(),
				new Acknowledgement(hours));
		Handovers handovers = new Handovers(store, hours, group, queue, properties, event -> {
		}, Clock.systemUTC());
		ChatRef chat = ChatRef.user("Udurability000000000000000000000");

		long id = handovers.open(new Handovers.Request(chat, EscalationTrigger.ASKED_FOR_HUMAN, "other", null, null,
				null, List.of(), "event-durable-1")).ticketId();
		handovers.append(id, new Turn(Instant.now(), Turn.Speaker.USER, "追加の質問です"), "event-durable-2");
		server.kill();
		assertThat(server.isRunning()).isFalse();
		server.restart();

		await().atMost(Duration.ofSeconds(20)).ignoreExceptions().untilAsserted(() -> assertThat(store.find(id)).isPresent());
		Ticket ticket = store.find(id).orElseThrow();
		assertThat(ticket.state()).isEqualTo(Ticket.State.WAITING);
		assertThat(ticket.chat()).isEqualTo(chat);
		assertThat(store.transcript(id)).extracting(Turn::text).contains("追加の質問です");
		assertThat(queue.openTickets(Ticket.Queue.CITY)).extracting(Ticket::id).containsExactly(id);
		assertThat(handovers.append(id, new Turn(Instant.now(), Turn.Speaker.USER, "届いていますか"), "event-durable-3"))
			.isTrue();
	}
}
