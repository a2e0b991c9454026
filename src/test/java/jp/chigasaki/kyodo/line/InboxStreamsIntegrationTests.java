package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
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

		try (var connection = dead.connect()) {
			assertThat(dead.readBlocking(connection, partition, 10, Duration.ofMillis(100))).singleElement()
				.satisfies(entry -> assertThat(entry.key()).isEqualTo("event-1"));
			// Nothing new: the blocking read returns empty after its timeout.
			assertThat(dead.readBlocking(connection, partition, 10, Duration.ofMillis(50))).isEmpty();
		}
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

	@Test
	void aBlockedReadReturnsTheEntryAppendedWhileItWaits() throws Exception {
		int partition = 98;
		InboxStreams reader = new InboxStreams(redis, "blocked-instance");
		reader.ensureGroup(partition);
		try (var connection = reader.connect()) {
			// Long enough that an empty answer could only mean the append did not end the wait.
			var read = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> reader.readBlocking(connection, partition, 10, Duration.ofSeconds(30)));
			org.awaitility.Awaitility.await().until(() -> clients(redis).contains("cmd=xreadgroup"));
			redis.opsForStream().add(WebhookInbox.stream(partition), Map.of("k", "event-2", "c", "", "e", "{}"));

			assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS)).singleElement()
				.satisfies(entry -> assertThat(entry.key()).isEqualTo("event-2"));
		}
	}

	@Test
	void anEntryMarkedRunningByOneInstanceWaitsForItAndIsSkippedOnceDone() {
		int partition = 97;
		InboxStreams first = new InboxStreams(redis, "first-instance");
		InboxStreams second = new InboxStreams(redis, "second-instance");
		InboxStreams.Entry read = appendAndRead(first, partition, "event-3");

		assertThat(first.begin(read, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.RUN);
		// The first instance runs it: the second waits, and the first may begin it again (a claim of its own).
		assertThat(second.begin(read, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.BUSY);
		assertThat(first.begin(read, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.RUN);
		// Renewing is the holder's alone.
		second.renewRunning(partition, List.of(read.id()), Duration.ofMillis(1));
		assertThat(second.begin(read, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.BUSY);

		first.acknowledge(read);
		assertThat(second.begin(read, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.DONE);
		assertThat(redis.hasKey(WebhookInbox.running(partition, read.id()))).isFalse();
	}

	@Test
	void aMarkNotRenewedExpiresAndTheEventRunsElsewhere() {
		int partition = 96;
		InboxStreams dead = new InboxStreams(redis, "dead-runner");
		InboxStreams alive = new InboxStreams(redis, "alive-runner");
		InboxStreams.Entry entry = appendAndRead(dead, partition, "event-4");
		assertThat(dead.begin(entry, Duration.ofMillis(300))).isEqualTo(InboxStreams.Start.RUN);
		dead.renewRunning(partition, List.of(entry.id()), Duration.ofMillis(300));
		assertThat(alive.begin(entry, Duration.ofMinutes(1))).isEqualTo(InboxStreams.Start.BUSY);

		org.awaitility.Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.until(() -> alive.begin(entry, Duration.ofMinutes(1)) == InboxStreams.Start.RUN);
		alive.acknowledge(entry);
		assertThat(alive.backlog(partition)).isZero();
	}

	/** One event appended to a partition no reader holds, read (so pending) by {@code consumer}. */
	private InboxStreams.Entry appendAndRead(InboxStreams consumer, int partition, String key) {
		consumer.ensureGroup(partition);
		redis.opsForStream().add(WebhookInbox.stream(partition), Map.of("k", key, "c", "c-" + key, "e", "{}"));
		try (var connection = consumer.connect()) {
			return consumer.readBlocking(connection, partition, 10, Duration.ofMillis(100)).get(0);
		}
	}

	private static String clients(org.springframework.data.redis.core.StringRedisTemplate redis) {
		return redis.execute((org.springframework.data.redis.core.RedisCallback<String>) connection -> String
			.valueOf(connection.serverCommands().getClientList()));
	}
}
