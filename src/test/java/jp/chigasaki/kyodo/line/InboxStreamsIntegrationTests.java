package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The inbox's stream operations against the real redis-server: what one consumer read and did not acknowledge is
 * claimed by another with its fields intact, and an acknowledged entry leaves the stream.
 */
class InboxStreamsIntegrationTests extends WebhookTestBase {

	@Test
	void anEntryLeftPendingByADeadConsumerIsClaimedWithItsFieldsAndLeavesWhenAcknowledged() {
		// A partition number no reader holds (the service reads 0..7), so only this test's consumers see it.
		int partition = 99;
		InboxStreams dead = new InboxStreams(redis, "dead-instance");
		InboxStreams alive = new InboxStreams(redis, "alive-instance");
		dead.ensureGroup(partition);
		alive.ensureGroup(partition);
		redis.opsForStream()
			.add(WebhookInbox.stream(partition), Map.of("k", "event-1", "c", "conversation-1", "e", "{\"type\":\"x\"}"));

		assertThat(dead.readNew(partition, 10)).singleElement()
			.satisfies(entry -> assertThat(entry.key()).isEqualTo("event-1"));
		var claimed = alive.claimIdle(partition, Duration.ZERO, 10);

		assertThat(claimed).singleElement().satisfies(entry -> {
			assertThat(entry.key()).isEqualTo("event-1");
			assertThat(entry.conversation()).isEqualTo("conversation-1");
			assertThat(entry.json()).isEqualTo("{\"type\":\"x\"}");
		});
		assertThat(alive.claimIdle(partition, Duration.ofMinutes(1), 10)).isEmpty();
		alive.acknowledge(claimed.get(0));
		assertThat(alive.backlog(partition)).isZero();
		assertThat(alive.claimIdle(partition, Duration.ZERO, 10)).isEmpty();
	}
}
