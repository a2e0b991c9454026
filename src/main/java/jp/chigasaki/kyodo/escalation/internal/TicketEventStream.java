package jp.chigasaki.kyodo.escalation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.redis.LuaScripts;
import jp.chigasaki.kyodo.redis.StreamReads;

/**
 * The reading side of the ticket event stream ({@code kyodo:{esc}:events}, key schema in {@link TicketStore}): one
 * consumer group per reacting feature, created at the stream's start so a group sees every event still kept;
 * blocking reads on the caller's own connection; taking over entries another reader left pending (XAUTOCLAIM in
 * {@code events-claim.lua}); acknowledging.
 */
public class TicketEventStream {

	/** One event as read: its stream id (the same on every delivery) and the event, null when it cannot be read. */
	public record Entry(String id, TicketEvent event) {
	}

	@SuppressWarnings("rawtypes")
	private static final RedisScript<List> CLAIM = LuaScripts.of("escalation/events-claim.lua", List.class);

	private static final RedisScript<Long> FORGET = LuaScripts.of("escalation/events-forget.lua", Long.class);

	private final StringRedisTemplate redis;

	public TicketEventStream(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** Creates the group (and the stream) when missing, reading from the oldest event kept. */
	public void ensureGroup(String group) {
		StreamReads.ensureGroup(redis, TicketStore.EVENTS, group);
	}

	/** XREADGROUP … BLOCK on {@code connection} (held by one reader thread, so the wait blocks no one else). */
	public List<Entry> read(RedisConnection connection, String group, String consumer, int count, Duration block) {
		List<Entry> entries = new ArrayList<>();
		for (StreamReads.Read read : StreamReads.read(connection, TicketStore.EVENTS, group, consumer, count, block)) {
			entries.add(new Entry(read.id(), decode(read.fields())));
		}
		return entries;
	}

	/** Entries of the group read by any reader and not acknowledged for {@code minIdle}, now this consumer's. */
	public List<Entry> claimIdle(String group, String consumer, Duration minIdle, int count) {
		List<?> flat = redis.execute(CLAIM, List.of(TicketStore.EVENTS), group, consumer,
				Long.toString(minIdle.toMillis()), Integer.toString(count));
		List<Entry> entries = new ArrayList<>();
		int i = 0;
		while (flat != null && i < flat.size()) {
			String id = (String) flat.get(i);
			int size = Integer.parseInt((String) flat.get(i + 1));
			Map<String, String> fields = new HashMap<>();
			for (int f = i + 2; f < i + 2 + size; f += 2) {
				fields.put((String) flat.get(f), (String) flat.get(f + 1));
			}
			entries.add(new Entry(id, decode(fields)));
			i += 2 + size;
		}
		return entries;
	}

	/**
	 * Deletes readers of the group that hold no pending entry: {@code consumer} when given (an instance stopping), else
	 * every one idle for {@code minIdle} (instances that are gone).
	 */
	public long forget(String group, String consumer, Duration minIdle) {
		Long deleted = redis.execute(FORGET, List.of(TicketStore.EVENTS), group, Long.toString(minIdle.toMillis()),
				consumer == null ? "" : consumer);
		return deleted == null ? 0 : deleted;
	}

	public void acknowledge(String group, String id) {
		redis.opsForStream().acknowledge(TicketStore.EVENTS, group, id);
	}

	/** The event the fields describe, or null for one this version cannot read (it is skipped, not retried). */
	static TicketEvent decode(Map<String, String> f) {
		try {
			long ticket = Long.parseLong(f.get("ticket"));
			Instant at = Instant.ofEpochMilli(Long.parseLong(f.get("at")));
			Ticket.Queue queue = Ticket.Queue.valueOf(f.get("queue"));
			return switch (f.get("type")) {
				case "opened" -> new TicketEvent.Opened(ticket, at, queue, EscalationTrigger.valueOf(f.get("trigger")),
						f.get("topic"), blankToNull(f.get("kind")));
				case "claimed" -> new TicketEvent.Claimed(ticket, at, queue, f.get("actor"), millis(f.get("waited")));
				case "replied" -> new TicketEvent.Replied(ticket, at, queue, f.get("actor"), "1".equals(f.get("first")));
				case "transferred" -> new TicketEvent.Transferred(ticket, at, queue, Ticket.Queue.valueOf(f.get("from")));
				case "closed" -> new TicketEvent.Closed(ticket, at, queue, Ticket.State.valueOf(f.get("state")),
						millis(f.get("open")), "1".equals(f.get("sla")));
				default -> null;
			};
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	private static Duration millis(String value) {
		return Duration.ofMillis(Long.parseLong(value));
	}

	private static String blankToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}
}
