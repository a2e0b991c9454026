package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.api.async.RedisStreamAsyncCommands;
import io.lettuce.core.models.stream.ClaimedMessages;
import jp.chigasaki.kyodo.redis.LuaScripts;
import jp.chigasaki.kyodo.redis.StreamReads;

/**
 * The reading side of the inbox's streams (key schema in {@link WebhookInbox}): partition leases, reading through
 * the consumer group, taking over entries another consumer left pending, and acknowledging.
 */
class InboxStreams {

	/** One entry: its stream id, the event key, the conversation key (empty for none) and the event JSON. */
	record Entry(int partition, String id, String key, String conversation, String json) {

		@Override
		public String toString() {
			return "Entry[" + partition + ", " + id + "]";
		}
	}

	/** What {@link #begin} found: run the entry, wait (another instance runs it), or skip it (done already). */
	enum Start {
		RUN, BUSY, DONE
	}

	private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(5);

	private final StringRedisTemplate redis;
	private final String consumer;
	private final RedisScript<Long> renew = script("lease-renew");
	private final RedisScript<Long> release = script("lease-release");
	private final RedisScript<Long> ack = script("inbox-ack");
	private final RedisScript<Long> begin = script("inbox-begin");
	private final RedisScript<Long> renewRunning = script("inbox-running-renew");

	/** Half the client's command timeout, which bounds a blocking read too (it would fail as timed out beyond it). */
	private final Duration longestBlock;

	InboxStreams(StringRedisTemplate redis, String consumer) {
		this.redis = redis;
		this.consumer = consumer;
		this.longestBlock = StreamReads.longestBlock(redis.getRequiredConnectionFactory());
	}

	String consumer() {
		return consumer;
	}

	/** Takes or keeps the partition's lease; true while this instance holds it. */
	boolean holdLease(int partition, Duration lease) {
		Long held = redis.execute(renew, List.of(WebhookInbox.lease(partition)), consumer,
				Long.toString(lease.toMillis()));
		return held != null && held == 1;
	}

	void releaseLease(int partition) {
		redis.execute(release, List.of(WebhookInbox.lease(partition)), consumer);
	}

	/** Creates the stream and the consumer group when missing. */
	void ensureGroup(int partition) {
		StreamReads.ensureGroup(redis, WebhookInbox.stream(partition), WebhookInbox.GROUP);
	}

	/** A connection of the reader's own: its blocking reads must not hold up the shared one. */
	RedisConnection connect() {
		return redis.getRequiredConnectionFactory().getConnection();
	}

	/**
	 * New entries of the partition for this consumer, waiting up to {@code block} (at most half the command timeout)
	 * for the first one. Blocking, so it runs on {@code connection} (Spring Data Redis sends a blocking read over that
	 * connection's dedicated one).
	 */
	List<Entry> readBlocking(RedisConnection connection, int partition, int count, Duration block) {
		Duration wait = block.compareTo(longestBlock) > 0 ? longestBlock : block;
		List<Entry> entries = new ArrayList<>();
		for (StreamReads.Read read : StreamReads.read(connection, WebhookInbox.stream(partition), WebhookInbox.GROUP,
				consumer, count, wait)) {
			entries.add(entry(partition, read.id(), read.fields()));
		}
		return entries;
	}

	/**
	 * XAUTOCLAIM: entries of the partition read by any consumer and idle for at least {@code minIdle} become this
	 * consumer's, oldest first. Spring Data Redis has no call for it yet, so it goes through Lettuce's own typed
	 * command (on a cluster connection Lettuce routes it to the node of the stream's slot).
	 */
	@SuppressWarnings("unchecked")
	List<Entry> claimIdle(int partition, Duration minIdle, int count) {
		byte[] stream = bytes(WebhookInbox.stream(partition));
		XAutoClaimArgs<byte[]> args = XAutoClaimArgs.Builder
			.xautoclaim(io.lettuce.core.Consumer.from(bytes(WebhookInbox.GROUP), bytes(consumer)), minIdle, "0-0")
			.count(count);
		ClaimedMessages<byte[], byte[]> claimed = redis.execute((RedisCallback<ClaimedMessages<byte[], byte[]>>) connection -> {
			var commands = (RedisStreamAsyncCommands<byte[], byte[]>) connection.getNativeConnection();
			try {
				return commands.xautoclaim(stream, args).get(CLAIM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new QueryTimeoutException("interrupted while claiming", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new QueryTimeoutException("XAUTOCLAIM did not answer", ex);
			}
		});
		List<Entry> entries = new ArrayList<>();
		for (StreamMessage<byte[], byte[]> message : claimed == null ? List.<StreamMessage<byte[], byte[]>>of()
				: claimed.getMessages()) {
			entries.add(entry(partition, message.getId(), StreamReads.text(message.getBody())));
		}
		return entries;
	}

	/**
	 * Marks the entry as running here for {@code mark}, unless it is done already or another instance's mark stands.
	 * An instance that lost its partition while an event ran (starved of CPU, its lease not renewed in time) still
	 * runs that event; the new holder claimed it at once and must not run it a second time.
	 */
	Start begin(Entry entry, Duration mark) {
		Long found = redis.execute(begin,
				List.of(WebhookInbox.stream(entry.partition()), WebhookInbox.running(entry.partition(), entry.id())),
				entry.id(), consumer, Long.toString(mark.toMillis()));
		if (found == null) {
			throw new QueryTimeoutException("inbox-begin.lua gave no answer");
		}
		return found > 0 ? Start.RUN : found == 0 ? Start.BUSY : Start.DONE;
	}

	/** Keeps this instance's marks on the partition's entries alive for another {@code mark}. */
	void renewRunning(int partition, List<String> ids, Duration mark) {
		List<String> keys = ids.stream().map(id -> WebhookInbox.running(partition, id)).toList();
		redis.execute(renewRunning, keys, consumer, Long.toString(mark.toMillis()));
	}

	/** The entry's effects are done: XACK and XDEL in one script, which removes its running mark too. */
	void acknowledge(Entry entry) {
		redis.execute(ack,
				List.of(WebhookInbox.stream(entry.partition()), WebhookInbox.running(entry.partition(), entry.id())),
				WebhookInbox.GROUP, entry.id());
	}

	/** Events waiting in a partition (read or not), for the backlog gauge. */
	long backlog(int partition) {
		try {
			Long size = redis.opsForStream().size(WebhookInbox.stream(partition));
			return size == null ? 0 : size;
		}
		catch (DataAccessException ex) {
			return -1;
		}
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static Entry entry(int partition, String id, Map<String, String> fields) {
		return new Entry(partition, id, fields.get("k"), fields.get("c"), fields.get("e"));
	}

	private static RedisScript<Long> script(String name) {
		return LuaScripts.of("line/" + name + ".lua", Long.class);
	}
}
