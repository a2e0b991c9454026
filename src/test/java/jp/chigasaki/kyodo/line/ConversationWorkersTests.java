package jp.chigasaki.kyodo.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConversationWorkersTests {

	private final ConversationWorkers workers = new ConversationWorkers(4, 100);

	@AfterEach
	void close() {
		workers.close();
	}

	@Test
	void runsTheTasksOfOneConversationInSubmissionOrder() {
		Queue<Integer> done = new ConcurrentLinkedQueue<>();
		for (int i = 0; i < 50; i++) {
			int n = i;
			workers.submit("user:A", () -> done.add(n));
		}

		await().until(() -> workers.pending() == 0);
		assertThat(done).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 50).boxed().toList());
	}

	@Test
	void workersAskForTheLowestPrioritySoAcknowledgementsGoFirst() {
		Queue<Integer> priorities = new ConcurrentLinkedQueue<>();
		workers.submit("user:A", () -> priorities.add(Thread.currentThread().getPriority()));

		await().until(() -> workers.pending() == 0);
		assertThat(priorities).containsExactly(Thread.MIN_PRIORITY);
	}

	@Test
	void runsOtherConversationsWhileOneIsBlocked() throws InterruptedException {
		CountDownLatch blocker = new CountDownLatch(1);
		CountDownLatch otherRan = new CountDownLatch(1);
		workers.submit("user:A", () -> awaitQuietly(blocker));
		workers.submit("user:B", otherRan::countDown);

		assertThat(otherRan.await(10, TimeUnit.SECONDS)).isTrue();
		blocker.countDown();
		await().until(() -> workers.pending() == 0);
	}

	@Test
	void aFailingTaskDoesNotStopTheNextOneOfTheSameConversation() {
		Queue<String> done = new ConcurrentLinkedQueue<>();
		workers.submit("group:C", () -> {
			throw new IllegalStateException("boom");
		});
		workers.submit("group:C", () -> done.add("next"));

		await().until(() -> workers.pending() == 0);
		assertThat(done).containsExactly("next");
	}

	@Test
	void refusesWorkBeyondItsCapacity() {
		ConversationWorkers small = new ConversationWorkers(1, 2);
		CountDownLatch blocker = new CountDownLatch(1);
		try {
			List<Boolean> accepted = List.of(small.submit("a", () -> awaitQuietly(blocker)), small.submit("b", () -> {
			}), small.submit("c", () -> {
			}));

			assertThat(accepted).containsExactly(true, true, false);
			blocker.countDown();
			await().until(() -> small.pending() == 0);
			assertThat(small.submit("c", () -> {
			})).isTrue();
		}
		finally {
			blocker.countDown();
			small.close();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
