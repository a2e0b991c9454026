package jp.chigasaki.kyodo.line;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a fixed pool, in submission order within one conversation key and concurrently across keys. Each key
 * has a lane (a queue drained by at most one pool thread at a time); a lane exists only while it has work. At most
 * {@code capacity} tasks are accepted and not yet finished, so a flood cannot exhaust memory: beyond that
 * {@link #submit} refuses and the caller lets LINE redeliver.
 */
final class ConversationWorkers implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ConversationWorkers.class);

	private final ExecutorService pool;
	private final int capacity;
	private final AtomicInteger pending = new AtomicInteger();
	private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();

	/** The JVM option under which {@link Thread#MIN_PRIORITY} lowers a worker's OS priority on Linux. */
	static final String PRIORITY_OPTION = "-XX:ThreadPriorityPolicy=1";

	ConversationWorkers(int threads, int capacity) {
		AtomicInteger count = new AtomicInteger();
		this.pool = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "line-worker-" + count.incrementAndGet());
			thread.setDaemon(true);
			// Under -XX:ThreadPriorityPolicy=1 (Linux) this is nice +4: when CPU is short, the webhook's
			// acknowledgements run first and the workers take what is left. Without the flag the JVM ignores it.
			thread.setPriority(Thread.MIN_PRIORITY);
			return thread;
		});
		this.capacity = capacity;
	}

	/**
	 * Says once at start-up when the workers cannot yield to the acknowledgements: without {@link #PRIORITY_OPTION}
	 * the JVM gives every thread the same OS priority.
	 */
	static void adviseOnPriority(List<String> jvmOptions) {
		if (!jvmOptions.contains(PRIORITY_OPTION)) {
			log.info("Webhook workers run at the same OS priority as the acknowledgements; start the JVM with {} "
					+ "(Linux) so that under load LINE gets its 200 first (docs/line.md)", PRIORITY_OPTION);
		}
	}

	/** @return false when the workers are full; the task is then not run */
	boolean submit(String key, Runnable task) {
		if (pending.incrementAndGet() > capacity) {
			pending.decrementAndGet();
			return false;
		}
		lanes.compute(key, (k, lane) -> {
			Lane target = lane == null ? new Lane(k) : lane;
			target.tasks.add(task);
			if (lane == null) {
				pool.execute(target);
			}
			return target;
		});
		return true;
	}

	/** Waits at most {@code timeout} for every accepted task to finish; false when some are still running. */
	boolean awaitIdle(java.time.Duration timeout) {
		long end = System.nanoTime() + timeout.toNanos();
		try {
			while (pending.get() > 0 && System.nanoTime() - end < 0) {
				Thread.sleep(20);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return pending.get() == 0;
	}

	/** Tasks accepted and not finished yet. */
	int pending() {
		return pending.get();
	}

	@Override
	public void close() {
		pool.shutdown();
		try {
			if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("{} webhook events still running at shutdown", pending.get());
				pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			pool.shutdownNow();
		}
	}

	private final class Lane implements Runnable {

		private final String key;

		/** Only touched inside {@code lanes.compute} for this key, which serialises access. */
		private final Queue<Runnable> tasks = new ArrayDeque<>();

		Lane(String key) {
			this.key = key;
		}

		@Override
		public void run() {
			Runnable[] next = new Runnable[1];
			while (true) {
				lanes.compute(key, (k, lane) -> {
					next[0] = tasks.poll();
					return next[0] == null ? null : lane;
				});
				if (next[0] == null) {
					return;
				}
				runIsolated(next[0]);
			}
		}

		private void runIsolated(Runnable task) {
			try {
				task.run();
			}
			catch (RuntimeException | Error ex) {
				// The task reports its own failures; this only keeps the lane alive for the next event.
				log.error("Conversation task failed: {}", ex.getClass().getName());
			}
			finally {
				pending.decrementAndGet();
			}
		}
	}
}
