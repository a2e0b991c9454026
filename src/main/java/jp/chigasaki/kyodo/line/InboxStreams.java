package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisClusterConnection;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

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

	private final StringRedisTemplate redis;
	private final String consumer;
	private final RedisScript<Long> renew = script("lease-renew");
	private final RedisScript<Long> release = script("lease-release");
	private final RedisScript<Long> ack = script("inbox-ack");

	InboxStreams(StringRedisTemplate redis, String consumer) {
		this.redis = redis;
		this.consumer = consumer;
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
		try {
			redis.opsForStream().createGroup(WebhookInbox.stream(partition), ReadOffset.from("0-0"), WebhookInbox.GROUP);
		}
		catch (RedisSystemException ex) {
			String reason = ex.getMostSpecificCause().getMessage();
			if (reason == null || !reason.contains("BUSYGROUP")) {
				throw ex;
			}
		}
	}

	List<Entry> readNew(int partition, int count) {
		List<MapRecord<String, Object, Object>> records = redis.opsForStream()
			.read(Consumer.from(WebhookInbox.GROUP, consumer), StreamReadOptions.empty().count(count),
					StreamOffset.create(WebhookInbox.stream(partition), ReadOffset.lastConsumed()));
		List<Entry> entries = new ArrayList<>();
		for (MapRecord<String, Object, Object> record : records == null ? List.<MapRecord<String, Object, Object>>of()
				: records) {
			Map<Object, Object> fields = record.getValue();
			entries.add(new Entry(partition, record.getId().getValue(), (String) fields.get("k"),
					(String) fields.get("c"), (String) fields.get("e")));
		}
		return entries;
	}

	/**
	 * XAUTOCLAIM: entries of the partition read by any consumer and idle for at least {@code minIdle} become this
	 * consumer's, oldest first (Spring Data Redis has no typed call for it yet).
	 */
	List<Entry> claimIdle(int partition, Duration minIdle, int count) {
		byte[] stream = bytes(WebhookInbox.stream(partition));
		List<byte[]> args = List.of(bytes(WebhookInbox.GROUP), bytes(consumer), bytes(Long.toString(minIdle.toMillis())),
				bytes("0-0"), bytes("COUNT"), bytes(Integer.toString(count)));
		// On a cluster the command goes to the node that holds the stream's slot.
		Object reply = redis.execute((RedisCallback<Object>) connection -> connection instanceof RedisClusterConnection cluster
				? cluster.execute("XAUTOCLAIM", stream, args)
				: connection.execute("XAUTOCLAIM", concat(stream, args)));
		List<Entry> entries = new ArrayList<>();
		if (!(reply instanceof List<?> parts) || parts.size() < 2 || !(parts.get(1) instanceof List<?> claimed)) {
			return entries;
		}
		for (Object each : claimed) {
			if (each instanceof List<?> entry && entry.size() == 2 && entry.get(1) instanceof List<?> fields) {
				Map<String, String> values = new java.util.HashMap<>();
				for (int i = 0; i + 1 < fields.size(); i += 2) {
					values.put(string(fields.get(i)), string(fields.get(i + 1)));
				}
				entries.add(new Entry(partition, string(entry.get(0)), values.get("k"), values.get("c"),
						values.get("e")));
			}
		}
		return entries;
	}

	/** The entry's effects are done: XACK and XDEL in one script. */
	void acknowledge(Entry entry) {
		redis.execute(ack, List.of(WebhookInbox.stream(entry.partition())), WebhookInbox.GROUP, entry.id());
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

	private static byte[][] concat(byte[] first, List<byte[]> rest) {
		List<byte[]> all = new ArrayList<>(List.of(first));
		all.addAll(rest);
		return all.toArray(byte[][]::new);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	private static String string(Object value) {
		return value instanceof byte[] raw ? new String(raw, StandardCharsets.UTF_8) : value == null ? null
				: value.toString();
	}

	private static RedisScript<Long> script(String name) {
		return RedisScript.of(new ClassPathResource("line/" + name + ".lua"), Long.class);
	}
}
