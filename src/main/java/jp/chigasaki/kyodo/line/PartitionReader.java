package jp.chigasaki.kyodo.line;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;

/**
 * Reads one partition of the inbox while this instance holds its lease: a blocking {@code XREADGROUP} on a
 * connection of its own, so an entry is read the moment it is appended (by any instance) and an idle partition costs
 * one read per {@code inbox.block}. While the workers are full it stops reading and the entries wait in Redis.
 */
final class PartitionReader {

	private static final Logger log = LoggerFactory.getLogger(PartitionReader.class);
	private static final long FULL_WAIT_MILLIS = 10;
	private static final long LONGEST_PAUSE_MILLIS = 5_000;
	private static final int FAILURES_PER_LOG_LINE = 12;

	private final int partition;
	private final InboxStreams streams;
	private final LineProperties.Inbox settings;
	private final BooleanSupplier room;
	private final Consumer<List<InboxStreams.Entry>> dispatch;
	private final Thread thread;
	private volatile boolean reading = true;
	/** Reads failed in a row; only the reader's own thread touches it. */
	private int failures;

	/**
	 * @param room true while the workers can take more entries
	 * @param dispatch hands read entries to the workers
	 */
	PartitionReader(int partition, InboxStreams streams, LineProperties.Inbox settings, BooleanSupplier room,
			Consumer<List<InboxStreams.Entry>> dispatch) {
		this.partition = partition;
		this.streams = streams;
		this.settings = settings;
		this.room = room;
		this.dispatch = dispatch;
		this.thread = new Thread(this::loop, "inbox-partition-" + partition);
		this.thread.setDaemon(true);
	}

	PartitionReader start() {
		thread.start();
		return this;
	}

	/**
	 * Stops reading and waits until the read under way has returned and what it read was handed over, so nothing is
	 * read from the partition after this returns (its lease can be given up then).
	 */
	void stop() {
		reading = false;
		try {
			thread.join(settings.block().plusSeconds(5).toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (thread.isAlive()) {
			log.warn("Inbox partition {} reader did not stop in time", partition);
		}
	}

	private void loop() {
		while (reading) {
			try (RedisConnection connection = streams.connect()) {
				read(connection);
			}
			catch (DataAccessException ex) {
				failed(ex);
			}
			catch (java.util.concurrent.RejectedExecutionException ex) {
				// The workers are shut down: this instance is going away and its leases lapse or are given up.
				log.warn("Inbox partition {}: the workers are shut down; reading stops", partition);
				reading = false;
			}
			catch (RuntimeException ex) {
				log.error("Inbox partition {} reader failed: {}", partition, ex.getClass().getName());
				pause(settings.block().toMillis());
			}
		}
	}

	/**
	 * Redis failed: the first failure is logged, then one line a minute while it lasts (with Redis down every reader
	 * fails every time); the wait doubles from {@code inbox.block} up to {@link #LONGEST_PAUSE_MILLIS}.
	 */
	private void failed(DataAccessException ex) {
		if (failures == 0 || failures % FAILURES_PER_LOG_LINE == 0) {
			// Redis' own error text names commands and keys (hashes, no user data), which says what went wrong.
			log.warn("Inbox partition {}: Redis failed ({}: {}); reading again on a new connection{}", partition,
					ex.getClass().getSimpleName(), ex.getMostSpecificCause().getMessage(),
					failures == 0 ? "" : " (" + failures + " failures so far)");
		}
		pause(Math.min(LONGEST_PAUSE_MILLIS, settings.block().toMillis() << Math.min(failures, 4)));
		failures++;
	}

	private void read(RedisConnection connection) {
		while (reading) {
			if (!room.getAsBoolean()) {
				pause(FULL_WAIT_MILLIS);
				continue;
			}
			List<InboxStreams.Entry> entries = streams.readBlocking(connection, partition, settings.batch(),
					settings.block());
			if (failures > 0) {
				log.info("Inbox partition {}: reading again after {} failed attempts", partition, failures);
				failures = 0;
			}
			if (!entries.isEmpty()) {
				dispatch.accept(entries);
			}
		}
	}

	private static void pause(long millis) {
		try {
			TimeUnit.MILLISECONDS.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
