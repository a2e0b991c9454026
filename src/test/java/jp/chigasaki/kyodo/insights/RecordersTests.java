package jp.chigasaki.kyodo.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.conversation.TurnCompleted;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;

/**
 * A Redis that does not answer (here: a real connection to a port where nothing listens). The turn recorder is best
 * effort: the turn is done, so the failure neither fails it nor goes unnoticed. The ticket recorder reads the durable
 * ticket event stream, so the failure reaches the stream's reader and the event is recorded on a later delivery.
 */
class RecordersTests {

	private final LettuceConnectionFactory nowhere = new LettuceConnectionFactory(
			new RedisStandaloneConfiguration("127.0.0.1", 1),
			LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(200)).build());

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@AfterEach
	void close() {
		nowhere.destroy();
	}

	@Test
	void aRedisFailureNeitherFailsTheTurnNorTheTicketAndIsCounted() {
		nowhere.afterPropertiesSet();
		InsightsProperties properties = new InsightsProperties(ZoneId.of("Asia/Tokyo"), Duration.ofDays(400),
				Duration.ofDays(90), Duration.ofDays(90), Duration.ofDays(8), 366, 0.3);
		AnalyticsStore store = new AnalyticsStore(new StringRedisTemplate(nowhere), properties, Clock.systemUTC());
		InsightsMetrics metrics = new InsightsMetrics(registry);
		JsonMapper json = JsonMapper.builder().build();
		TurnRecorder turns = new TurnRecorder(store, metrics, json, properties);
		TicketRecorder tickets = new TicketRecorder(store, metrics, json, properties);

		assertThatNoException().isThrownBy(() -> turns.on(new TurnCompleted(Instant.now(), "k", Audience.MEMBER, false,
				Decision.FALLBACK, null, null, null, 0.1, Band.LOW, null, "駐車場は？")));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> tickets.handle("1-0",
				new TicketEvent.Opened(1, Instant.now(), Ticket.Queue.CITY, EscalationTrigger.ASKED_FOR_HUMAN, "other",
						"相談")));

		assertThat(registry.get("kyodo.insights.dropped").tag("event", "turn").counter().count()).isEqualTo(1);
		assertThat(registry.find("kyodo.insights.escalations").counters()).as("not counted before it is recorded")
			.allSatisfy(counter -> assertThat(counter.count()).isZero());
	}
}
