package jp.chigasaki.kyodo.line;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.async.RedisScriptingAsyncCommands;
import jp.chigasaki.kyodo.conversation.ConversationOwner;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * The durable inbox between the webhook and the workers: every accepted event is in Redis (with
 * {@code appendfsync always}: on disk) before LINE gets its 200, and leaves only when its effects are done.
 * <p>
 * Key schema, per partition {@code P} (0 ≤ P &lt; {@code kyodo.line.inbox.partitions}; a conversation's partition is
 * its conversation key modulo the count, so one conversation's events stay in one stream, in order):
 * <ul>
 * <li>{@code kyodo:{inbox:P}:events} STREAM, entries {@code k} (event key: webhookEventId or a hash of the event),
 * {@code c} (conversation key, empty for none) and {@code e} (the event JSON as LINE sent it: user text, ids). Consumer group {@value #GROUP}, one consumer per
 * instance. An entry is deleted (XACK + XDEL) once done, so the length is the backlog; no TTL, the entries are the
 * work itself.</li>
 * <li>{@code kyodo:{inbox:P}:seen:KEY} STRING {@code 1}: the event was accepted; a redelivery is skipped. TTL
 * {@code kyodo.line.dedupe-ttl}.</li>
 * <li>{@code kyodo:{inbox:P}:lease} STRING: the instance reading the partition now. PX {@code inbox.lease}.</li>
 * <li>{@code kyodo:{inbox:P}:running:ID} STRING: the instance running entry {@code ID}'s effects now. PX
 * {@code inbox.claim-idle}, renewed while it runs; deleted with the entry.</li>
 * </ul>
 * One webhook body is one round trip: one {@code inbox-append.lua} per partition it touches, pipelined.
 */
class WebhookInbox {

	static final String GROUP = "workers";

	/** Within LINE's 2 s, with room for the answer to travel back. */
	private static final java.time.Duration ANSWER_WITHIN = java.time.Duration.ofSeconds(1);

	private final StringRedisTemplate redis;
	private final ConversationOwner owner;
	private final LineProperties properties;
	private final byte[] append = script("inbox-append");
	WebhookInbox(StringRedisTemplate redis, ConversationOwner owner, LineProperties properties) {
		this.redis = redis;
		this.owner = owner;
		this.properties = properties;
	}

	static String stream(int partition) {
		return "kyodo:{inbox:" + partition + "}:events";
	}

	static String seen(int partition, String eventKey) {
		return "kyodo:{inbox:" + partition + "}:seen:" + eventKey;
	}

	static String lease(int partition) {
		return "kyodo:{inbox:" + partition + "}:lease";
	}

	static String running(int partition, String entryId) {
		return "kyodo:{inbox:" + partition + "}:running:" + entryId;
	}

	private String conversationOf(WebhookBody.RawEvent event) {
		return event.chat().map(owner::conversationKey).orElse("");
	}

	int partitionOf(String conversationKey) {
		return conversationKey.isEmpty() ? 0
				: Integer.parseUnsignedInt(conversationKey.substring(0, 7), 16) % properties.inbox().partitions();
	}

	/**
	 * Appends the events; those seen before are skipped.
	 *
	 * @throws Unavailable when Redis does not answer or a partition's backlog is full: the caller answers 503 so
	 *         LINE redelivers (what was appended is skipped then as seen)
	 */
	void accept(List<WebhookBody.RawEvent> events) {
		if (events.isEmpty()) {
			return;
		}
		Map<Integer, List<String[]>> byPartition = new LinkedHashMap<>();
		for (WebhookBody.RawEvent event : events) {
			String conversation = conversationOf(event);
			byPartition.computeIfAbsent(partitionOf(conversation), p -> new ArrayList<>())
				.add(new String[] { event.key(), conversation, event.json() });
		}
		List<Long> results;
		try {
			results = redis.execute((RedisCallback<List<Long>>) connection -> appendAll(connection, byPartition));
		}
		catch (DataAccessException ex) {
			throw new Unavailable("Redis did not answer");
		}
		if (results == null || results.stream().anyMatch(added -> added == null || added < 0)) {
			throw new Unavailable("inbox backlog full");
		}
	}

	/**
	 * One script per partition, all sent before any answer is awaited: one round trip on the shared connection
	 * (Spring's pipelining would open a dedicated connection per call). On a cluster Lettuce sends each to the node
	 * of its partition's slot.
	 */
	@SuppressWarnings("unchecked")
	private List<Long> appendAll(RedisConnection connection, Map<Integer, List<String[]>> byPartition) {
		var commands = (RedisScriptingAsyncCommands<byte[], byte[]>) connection.getNativeConnection();
		List<RedisFuture<Long>> sent = new ArrayList<>();
		byPartition.forEach((partition, batch) -> {
			byte[][] all = arguments(partition, batch);
			byte[][] keys = java.util.Arrays.copyOfRange(all, 0, batch.size() + 1);
			byte[][] args = java.util.Arrays.copyOfRange(all, batch.size() + 1, all.length);
			sent.add(commands.eval(append, ScriptOutputType.INTEGER, keys, args));
		});
		List<Long> results = new ArrayList<>();
		for (RedisFuture<Long> future : sent) {
			try {
				results.add(future.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new QueryTimeoutException("interrupted while appending", ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new QueryTimeoutException("the inbox did not answer", ex);
			}
		}
		return results;
	}

	/** Keys, then arguments, as {@code inbox-append.lua} reads them; each event is {key, conversation, json}. */
	private byte[][] arguments(int partition, List<String[]> batch) {
		List<String> args = new ArrayList<>();
		args.add(stream(partition));
		batch.forEach(event -> args.add(seen(partition, event[0])));
		args.add(Integer.toString(properties.inbox().maxBacklog()));
		args.add(Long.toString(Math.max(1, properties.dedupeTtl().toSeconds())));
		batch.forEach(event -> args.addAll(List.of(event)));
		return args.stream().map(arg -> arg.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
	}

	static byte[] script(String name) {
		return LuaScripts.text("line/" + name + ".lua").getBytes(StandardCharsets.UTF_8);
	}

	/** The events could not be taken now; the callback answers 503. */
	static final class Unavailable extends RuntimeException {

		Unavailable(String reason) {
			super(reason, null, false, false);
		}
	}
}
