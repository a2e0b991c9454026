package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;

/**
 * An instance can lose a partition while one of its events still runs: starved of CPU on a busy machine, it did not
 * renew the lease in time. The new holder claims the event at once; it must wait for the running instance rather
 * than answer the event a second time (a reply, then a push when LINE refuses the used token).
 */
class InboxTakeoverIntegrationTests extends WebhookTestBase {

	@Autowired
	EventRouter router;

	@Autowired
	LineProperties properties;

	@Test
	void anEventStillRunningWhereItsPartitionWasLostIsNotRunAgainByTheNewHolder() {
		dialogue.hold();
		String body = Webhooks.batch(Webhooks.text(Webhooks.newEventId(), Webhooks.userSource("Utakeover1"),
				"rt-takeover1", "協働とは"));
		assertThat(send(body).statusCode()).isEqualTo(200);
		// The service's instance runs it: the dialogue holds it there.
		await().atMost(Duration.ofSeconds(10)).until(() -> dialogue.held.get() == 1);
		int partition = partitionOfTheOneEvent();
		assertThat(runningMarks()).containsExactly(WebhookInbox.running(partition,
				redis.opsForStream().range(WebhookInbox.stream(partition), Range.unbounded()).get(0).getId().getValue()));

		// The lease goes to a second instance, as when the first stopped renewing it.
		String second = "i-takeover-second";
		InboxReader other = takingOver(partition, second);
		try {
			// It takes the partition over and claims the event the first instance is still running.
			awaitClaimed(partition, second, 1);

			dialogue.release();
			awaitIdle(other);
			awaitWorkersIdle();

			assertThat(dialogue.calls).hasSize(1);
			assertThat(requests(REPLY)).hasSize(1);
			assertThat(requests(PUSH)).isEmpty();
			assertThat(runningMarks()).isEmpty();
		}
		finally {
			other.close();
		}
	}

	@Test
	void eventsQueuedBehindTheRunningOneAreEachAnsweredOnceInOrder() {
		dialogue.hold();
		String user = "Utakeover2";
		String body = Webhooks.batch(
				Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(user), "rt-takeover2a", "協働とは"),
				Webhooks.text(Webhooks.newEventId(), Webhooks.userSource(user), "rt-takeover2b", "げんき基金とは"));
		assertThat(send(body).statusCode()).isEqualTo(200);
		// The first event runs on the service's instance; the second waits behind it in the conversation's lane.
		await().atMost(Duration.ofSeconds(10)).until(() -> dialogue.held.get() == 1);
		int partition = partitionOfTheOneEvent();

		String second = "i-takeover-queued";
		InboxReader other = takingOver(partition, second);
		try {
			// Both events are claimed by the new holder: the running one and the one not begun anywhere yet.
			awaitClaimed(partition, second, 2);

			dialogue.release();
			awaitIdle(other);
			awaitWorkersIdle();

			assertThat(dialogue.calls).hasSize(2);
			assertThat(dialogue.calls.stream().map(call -> call.split(":")[1]).toList()).containsExactly("協働とは",
					"げんき基金とは");
			assertThat(requests(REPLY)).hasSize(2);
			assertThat(requests(PUSH)).isEmpty();
			assertThat(runningMarks()).isEmpty();
		}
		finally {
			other.close();
		}
	}

	/** A second instance's reader, started, with the partition's lease already given to it. */
	private InboxReader takingOver(int partition, String consumer) {
		redis.opsForValue().set(WebhookInbox.lease(partition), consumer, Duration.ofMinutes(1));
		InboxReader reader = new InboxReader(new InboxStreams(redis, consumer),
				new InboxInstances(redis, consumer, properties.inbox().lease(), Clock.systemUTC()),
				new ConversationWorkers(2, Integer.MAX_VALUE), router, properties);
		reader.start();
		return reader;
	}

	private void awaitClaimed(int partition, String consumer, long events) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> redis.opsForStream()
				.pending(WebhookInbox.stream(partition), WebhookInbox.GROUP)
				.getPendingMessagesPerConsumer()
				.getOrDefault(consumer, 0L) == events);
	}

	/** The one partition holding this test's events (one conversation's events share a partition). */
	private int partitionOfTheOneEvent() {
		for (int partition = 0; partition < properties.inbox().partitions(); partition++) {
			if (redis.opsForStream().size(WebhookInbox.stream(partition)) > 0) {
				return partition;
			}
		}
		throw new AssertionError("the events are in no partition");
	}

	private Set<String> runningMarks() {
		return redis.keys("kyodo:{inbox:*}:running:*");
	}
}
