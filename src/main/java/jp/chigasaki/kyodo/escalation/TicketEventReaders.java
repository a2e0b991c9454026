package jp.chigasaki.kyodo.escalation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.TicketEventStream;
import jp.chigasaki.kyodo.redis.StreamReads;

/**
 * One reader thread per {@link TicketSubscriber} on every instance: it waits for new ticket events with a blocking
 * read on a connection of its own, hands each to the
 * subscriber and acknowledges it only when the subscriber returned. Every {@code claim-idle / 2} it first takes over
 * the group's entries left unacknowledged for {@code claim-idle} (their instance died, or the subscriber failed), so
 * an event is done by some instance as long as one runs; readers gone for a day with nothing pending are then
 * forgotten, and a reader that stops forgets itself when it holds nothing. A read blocks for half of
 * {@code spring.data.redis.timeout} (Spring Data Redis gives up on any command after that timeout, a blocking one
 * too), so an idle reader sends about one cheap command per half timeout.
 */
class TicketEventReaders implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TicketEventReaders.class);
	private static final Duration GONE = Duration.ofDays(1);

	private final TicketEventStream stream;
	private final RedisConnectionFactory connections;
	private final ObjectProvider<TicketSubscriber> subscribers;
	private final EscalationProperties.Events settings;
	private final Duration block;
	private final String consumer = "i-" + UUID.randomUUID();
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;

	TicketEventReaders(TicketEventStream stream, RedisConnectionFactory connections,
			ObjectProvider<TicketSubscriber> subscribers, EscalationProperties.Events settings) {
		this.stream = stream;
		this.connections = connections;
		this.subscribers = subscribers;
		this.settings = settings;
		this.block = StreamReads.longestBlock(connections);
	}

	@Override
	public synchronized void start() {
		running = true;
		subscribers.orderedStream().forEach(subscriber -> {
			Thread thread = new Thread(() -> loop(subscriber), "ticket-events-" + subscriber.group());
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		});
	}

	/** Lets each reader finish the batch in hand; what is left unacknowledged is claimed by another reader later. */
	@Override
	public synchronized void stop() {
		running = false;
		long deadline = System.nanoTime() + block.plusSeconds(5).toNanos();
		for (Thread thread : threads) {
			try {
				thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop(TicketSubscriber subscriber) {
		String group = subscriber.group();
		RedisConnection connection = null;
		boolean grouped = false;
		long nextClaim = System.nanoTime();
		while (running) {
			try {
				if (!grouped) {
					stream.ensureGroup(group);
					grouped = true;
				}
				if (System.nanoTime() - nextClaim >= 0) {
					nextClaim = System.nanoTime() + settings.claimIdle().dividedBy(2).toNanos();
					handle(subscriber, stream.claimIdle(group, consumer, settings.claimIdle(), settings.batch()));
					stream.forget(group, null, GONE);
				}
				if (connection == null) {
					connection = connections.getConnection();
				}
				handle(subscriber, stream.read(connection, group, consumer, settings.batch(), block));
			}
			catch (RuntimeException ex) {
				if (!running) {
					break;
				}
				log.warn("Ticket events for {}: reading failed ({}); trying again", group, ex.getClass().getSimpleName());
				close(connection);
				connection = null;
				grouped = false;
				LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
			}
		}
		close(connection);
		try {
			stream.forget(group, consumer, Duration.ZERO);
		}
		catch (RuntimeException ex) {
			// Redis unavailable while stopping: the entry is forgotten by a live reader a day later.
		}
	}

	private void handle(TicketSubscriber subscriber, List<TicketEventStream.Entry> entries) {
		for (TicketEventStream.Entry entry : entries) {
			try {
				if (entry.event() == null) {
					log.warn("Ticket event {} cannot be read by this version; skipped by {}", entry.id(),
							subscriber.group());
				}
				else {
					subscriber.handle(entry.id(), entry.event());
				}
				stream.acknowledge(subscriber.group(), entry.id());
			}
			catch (RuntimeException ex) {
				log.warn("Ticket event {} not done by {} ({}); handled again after {}", entry.id(), subscriber.group(),
						ex.getClass().getSimpleName(), settings.claimIdle());
			}
		}
	}

	private static void close(RedisConnection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (RuntimeException ex) {
				// The connection is broken already; nothing to release.
			}
		}
	}
}
