package jp.chigasaki.kyodo.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.RedisSystemException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.ByteRecord;
import org.springframework.data.redis.connection.stream.Consumer;
import org.springframework.data.redis.connection.stream.ReadOffset;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.connection.stream.StreamReadOptions;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Reading a Redis Stream through a consumer group, as the webhook inbox and the ticket event stream both do: the group
 * created when missing, and blocking reads on a connection the reading thread holds, so the wait holds up no one else.
 */
public final class StreamReads {

	/** One entry as read: its stream id and its fields as text. */
	public record Read(String id, Map<String, String> fields) {
	}

	private StreamReads() {
	}

	/** Creates the group (and the stream) when missing, reading from the oldest entry kept. */
	public static void ensureGroup(StringRedisTemplate redis, String stream, String group) {
		try {
			redis.opsForStream().createGroup(stream, ReadOffset.from("0-0"), group);
		}
		catch (RedisSystemException ex) {
			String reason = ex.getMostSpecificCause().getMessage();
			if (reason == null || !reason.contains("BUSYGROUP")) {
				throw ex;
			}
		}
	}

	/**
	 * The longest a blocking read may wait: half the client's command timeout, which bounds a blocking command too
	 * (it would fail as timed out beyond it).
	 */
	public static Duration longestBlock(RedisConnectionFactory connections) {
		return connections instanceof LettuceConnectionFactory lettuce
				? lettuce.getClientConfiguration().getCommandTimeout().dividedBy(2) : Duration.ofMillis(500);
	}

	/**
	 * XREADGROUP … BLOCK of new entries on {@code connection} (Spring Data Redis sends a blocking read over that
	 * connection's dedicated one).
	 */
	public static List<Read> read(RedisConnection connection, String stream, String group, String consumer, int count,
			Duration block) {
		List<ByteRecord> records = connection.streamCommands()
			.xReadGroup(Consumer.from(group, consumer), StreamReadOptions.empty().count(count).block(block),
					StreamOffset.create(stream.getBytes(StandardCharsets.UTF_8), ReadOffset.lastConsumed()));
		List<Read> reads = new ArrayList<>();
		for (ByteRecord record : records == null ? List.<ByteRecord>of() : records) {
			reads.add(new Read(record.getId().getValue(), text(record.getValue())));
		}
		return reads;
	}

	/** A stream entry's fields (as Redis returns them, bytes) as text. */
	public static Map<String, String> text(Map<byte[], byte[]> fields) {
		Map<String, String> text = new HashMap<>();
		fields.forEach((field, value) -> text.put(string(field), string(value)));
		return text;
	}

	private static String string(byte[] value) {
		return value == null ? null : new String(value, StandardCharsets.UTF_8);
	}
}
