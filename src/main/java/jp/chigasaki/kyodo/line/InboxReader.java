package jp.chigasaki.kyodo.line;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;

/**
 * Each instance's reader of the inbox. Its own thread holds the leases of a fair share of the partitions (their count
 * divided by the live instances); for each partition held a {@link PartitionReader} reads new entries through the
 * consumer group (blocking, on a connection of its own) and hands them to the per-conversation lanes of
 * {@link ConversationWorkers}, in stream order. An entry is acknowledged after its effects are done. On taking a
 * partition over (its previous holder died or gave it back), the entries left pending there are claimed first
 * (XAUTOCLAIM), so they run before newer ones; entries of its own that stayed pending for {@code claim-idle} (a Redis
 * failure mid-event) are claimed again too. A partition is given up only after its reader has stopped, so nothing is
 * read from it here once another instance may hold it.
 * <p>
 * An event is marked running in Redis while its effects run here ({@link InboxStreams#begin}), and the mark is
 * renewed on every lease round. A partition's new holder claims what was left pending at once, but an event still
 * marked by another instance (one that lost the partition while it ran, for example starved of CPU past its lease)
 * waits in its lane until that mark goes: with the entry (done there: skipped here) or by expiring {@code claim-idle}
 * after its instance stopped renewing it (died: run here). So a slow instance does not get its events answered twice.
 */
class InboxReader implements SmartLifecycle, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(InboxReader.class);

	/** How often an event marked by another instance is looked at again. */
	private static final Duration BUSY_POLL = Duration.ofMillis(200);

	private final InboxStreams streams;
	private final InboxInstances instances;
	private final ConversationWorkers lanes;
	private final EventRouter router;
	private final LineProperties.Inbox settings;
	private final int capacity;
	private final PartitionReader[] held;
	private final AtomicIntegerArray inFlight;
	private final Set<String> running = ConcurrentHashMap.newKeySet();
	/** The entries whose effects run here now, marked so in Redis: renewed each round. */
	private final Map<String, InboxStreams.Entry> marked = new ConcurrentHashMap<>();
	private final Semaphore wake = new Semaphore(0);
	private volatile boolean active;
	private Thread thread;
	private long nextClaim;

	InboxReader(InboxStreams streams, InboxInstances instances, ConversationWorkers lanes, EventRouter router,
			LineProperties properties) {
		this.streams = streams;
		this.instances = instances;
		this.lanes = lanes;
		this.router = router;
		this.settings = properties.inbox();
		this.capacity = properties.workers().capacity();
		this.held = new PartitionReader[settings.partitions()];
		this.inFlight = new AtomicIntegerArray(settings.partitions());
	}

	/** Nothing read and unfinished here, and nothing waiting in any partition. */
	boolean idle() {
		if (lanes.pending() > 0) {
			return false;
		}
		for (int partition = 0; partition < held.length; partition++) {
			if (streams.backlog(partition) != 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void start() {
		active = true;
		thread = new Thread(this::loop, "inbox-reader");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public void stop() {
		active = false;
		wake.release();
		try {
			thread.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		for (PartitionReader reader : held) {
			if (reader != null) {
				reader.stop();
			}
		}
		// The lanes stay open: a stopped context can be started again (Spring's test contexts are paused and resumed
		// that way). Events still running finish or, unacknowledged, are claimed again by whoever holds the partition.
		if (!lanes.awaitIdle(Duration.ofSeconds(10))) {
			log.warn("{} webhook events still running when the inbox reader stopped", lanes.pending());
		}
		releaseAll();
		instances.leave();
	}

	/**
	 * Shuts the lanes down when the context is destroyed, stopping first if no lifecycle stop came (a refresh that
	 * failed after the reader started): a reader left running would keep leases it cannot serve.
	 */
	@Override
	public void close() {
		if (active) {
			stop();
		}
		lanes.close();
	}

	private void releaseAll() {
		for (int partition = 0; partition < held.length; partition++) {
			if (held[partition] != null) {
				release(partition);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return active;
	}

	private void loop() {
		while (active) {
			try {
				round();
				wake.tryAcquire(settings.lease().dividedBy(3).toNanos(), TimeUnit.NANOSECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (DataAccessException ex) {
				// Redis' own error text names commands and keys (hashes, no user data), which says what went wrong.
				log.warn("Inbox reader: Redis failed ({}: {}); trying again", ex.getClass().getSimpleName(),
						ex.getMostSpecificCause().getMessage());
				pause();
			}
			catch (RejectedExecutionException ex) {
				// The workers are shut down, so this instance is going away: give its partitions to a live one.
				log.warn("Inbox reader: the workers are shut down; stopping and releasing the partitions");
				active = false;
				releaseAll();
			}
			catch (RuntimeException ex) {
				if (!active) {
					return;
				}
				log.error("Inbox reader failed: {}", ex.getClass().getName());
				pause();
			}
		}
	}

	/** Keeps the fair share of leases and claims what stayed pending too long in the partitions held. */
	private void round() {
		renewMarks();
		balanceLeases();
		long now = System.nanoTime();
		if (now - nextClaim >= 0) {
			nextClaim = now + settings.claimIdle().dividedBy(2).toNanos();
			for (int partition = 0; partition < held.length; partition++) {
				if (held[partition] != null) {
					dispatch(streams.claimIdle(partition, settings.claimIdle(), settings.batch()));
				}
			}
		}
	}

	private void renewMarks() {
		marked.values()
			.stream()
			.collect(Collectors.groupingBy(InboxStreams.Entry::partition,
					Collectors.mapping(InboxStreams.Entry::id, Collectors.toList())))
			.forEach((partition, ids) -> streams.renewRunning(partition, ids, settings.claimIdle()));
	}

	private void balanceLeases() {
		int live = instances.live();
		int share = (held.length + live - 1) / live;
		int holding = 0;
		for (int partition = 0; partition < held.length; partition++) {
			if (held[partition] != null && !streams.holdLease(partition, settings.lease())) {
				held[partition].stop();
				held[partition] = null;
				log.warn("Inbox partition {} lost to another instance", partition);
			}
			holding += held[partition] != null ? 1 : 0;
		}
		for (int partition = 0; partition < held.length && holding > share; partition++) {
			if (held[partition] != null && inFlight.get(partition) == 0) {
				release(partition);
				holding--;
			}
		}
		for (int partition = 0; partition < held.length && holding < share; partition++) {
			if (held[partition] == null && streams.holdLease(partition, settings.lease())) {
				takeOver(partition);
				holding++;
			}
		}
	}

	/** A new partition: what its previous holder left pending runs first, in stream order. */
	private void takeOver(int partition) {
		streams.ensureGroup(partition);
		List<InboxStreams.Entry> left;
		int claimed = 0;
		do {
			left = streams.claimIdle(partition, Duration.ZERO, settings.batch());
			claimed += dispatch(left);
		}
		while (left.size() == settings.batch());
		held[partition] = new PartitionReader(partition, streams, settings, () -> lanes.pending() < capacity,
				this::dispatch).start();
		log.info("Inbox partition {} taken; {} pending events claimed", partition, claimed);
	}

	private void release(int partition) {
		held[partition].stop();
		held[partition] = null;
		streams.releaseLease(partition);
	}

	private int dispatch(List<InboxStreams.Entry> entries) {
		int dispatched = 0;
		for (InboxStreams.Entry entry : entries) {
			if (!running.add(name(entry))) {
				continue;
			}
			inFlight.incrementAndGet(entry.partition());
			String lane = entry.conversation() == null || entry.conversation().isEmpty() ? "p" + entry.partition()
					: entry.conversation();
			lanes.submit(lane, () -> run(entry));
			dispatched++;
		}
		return dispatched;
	}

	private void run(InboxStreams.Entry entry) {
		String name = name(entry);
		try {
			if (begin(entry, name)) {
				router.route(entry);
				streams.acknowledge(entry);
			}
		}
		catch (DataAccessException ex) {
			// Left pending: claimed again after claim-idle, by this instance or whoever holds the partition then.
			log.warn("Event {} not finished ({}); it stays in the inbox", entry.key(), ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			marked.remove(name);
			running.remove(name);
			inFlight.decrementAndGet(entry.partition());
		}
	}

	/**
	 * The entry's name in {@link #running} and {@link #marked}: stream ids are per stream, so two partitions can hold
	 * the same id.
	 */
	private static String name(InboxStreams.Entry entry) {
		return entry.partition() + "/" + entry.id();
	}

	/**
	 * True once the entry is marked running here. While another instance's mark stands the lane waits, so the
	 * conversation's later events stay behind it; false when the entry turns out done, or this reader stops (the
	 * entry stays pending for whoever holds the partition next).
	 */
	private boolean begin(InboxStreams.Entry entry, String name) throws InterruptedException {
		boolean waited = false;
		while (true) {
			// Put first, so a round renewing the marks meanwhile cannot miss this one.
			marked.put(name, entry);
			InboxStreams.Start start = streams.begin(entry, settings.claimIdle());
			if (start == InboxStreams.Start.RUN) {
				return true;
			}
			marked.remove(name);
			if (start == InboxStreams.Start.DONE) {
				if (waited) {
					log.info("Event {} was finished by the instance running it; not run again here", entry.key());
				}
				return false;
			}
			if (!active) {
				return false;
			}
			if (!waited) {
				log.info("Event {} is still running on another instance; waiting for it", entry.key());
				waited = true;
			}
			Thread.sleep(BUSY_POLL.toMillis());
		}
	}

	private void pause() {
		try {
			wake.tryAcquire(settings.block().toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
