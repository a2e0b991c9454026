package jp.chigasaki.kyodo.escalation.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.redis.LuaScripts;

/**
 * Tickets in Redis. Every key of the escalation feature carries the one hash tag {@code {esc}}, so a ticket, both
 * queue indexes, the sequence and the outbox marks live in one Cluster slot and every script below changes a ticket
 * together with its indexes, atomically. Coordinator tickets are few (a city's hand-overs, not its chat traffic), so
 * one slot is plenty; the conversations and the inbox, which carry the traffic, spread over the cluster.
 * <ul>
 * <li>{@code kyodo:{esc}:seq} STRING, INCR: the last ticket number. No TTL (a number, no user data).</li>
 * <li>{@code kyodo:{esc}:t:ID:ticket} HASH: state, queue, chat (type, id, member), trigger, intake answers, times
 * as epoch millis, assignee, transfer reason, SLA flag (see {@link TicketHash}). TTL {@code retention}, renewed on
 * every change.</li>
 * <li>{@code kyodo:{esc}:t:ID:transcript} LIST of JSON turns, oldest first, bot answers included ({@link TurnJson}).
 * TTL {@code retention}.</li>
 * <li>{@code kyodo:{esc}:t:ID:audit} STREAM, append-only: {@code action} (create, claim, reply, transfer, resolve,
 * return), {@code actor}, {@code at}, {@code reason}, {@code retryKey}; no user text. TTL {@code audit-retention}.</li>
 * <li>{@code kyodo:{esc}:t:ID:outbox} HASH retry key → JSON reply not yet accepted by LINE. TTL {@code retention}.</li>
 * <li>{@code kyodo:{esc}:q:QUEUE} ZSET ticket id → waiting since (epoch millis): the open tickets (WAITING or
 * CLAIMED) of the CITY or CENTER queue. Ids only, no TTL. Written only by the scripts that change a ticket's state
 * or queue ({@code create}, {@code transition}) and repaired by {@code reindex} at start-up.</li>
 * <li>{@code kyodo:{esc}:outbox-pending} ZSET of ticket ids with undelivered replies, by time accepted. Ids only.</li>
 * <li>{@code kyodo:{esc}:appended:EVENT} STRING {@code 1}: the webhook event whose message was added to a
 * transcript, so it is added once. TTL {@code retention}.</li>
 * <li>{@code kyodo:{esc}:opened:EVENT} STRING ticket id: the ticket a webhook event opened, so a redelivered or
 * re-run event never opens a second one. TTL {@code retention}.</li>
 * <li>{@code kyodo:{esc}:events} STREAM of ticket events, written by the script that makes the change, so a change
 * and its event are one step: {@code type} (opened, claimed, replied, transferred, closed), {@code ticket} id,
 * {@code at} epoch millis, {@code queue}, and by type {@code trigger}, {@code topic}, {@code kind} (the intake's
 * choices), {@code actor} (the coordinator's account), {@code waited} / {@code open} (millis), {@code first},
 * {@code from}, {@code state}, {@code sla}. Ids and choices only: no user text, no LINE id, so no TTL; bounded to
 * {@code events.max-length} entries (exact MAXLEN: a city's few hundred events a day make it cheap and
 * predictable). One consumer group per reacting feature reads it ({@link TicketEventStream}).</li>
 * </ul>
 * State changes are Lua scripts under {@code src/main/resources/escalation/}.
 */
public class TicketStore {

	static final String SEQUENCE = "kyodo:{esc}:seq";
	static final String EVENTS = "kyodo:{esc}:events";
	private static final int MAX_TRANSCRIPT = 500;

	private final StringRedisTemplate redis;
	private final EscalationProperties properties;
	private final RedisScript<Long> create = script("create", Long.class);
	private final RedisScript<String> claim = script("claim", String.class);
	private final RedisScript<String> transition = script("transition", String.class);
	private final RedisScript<String> append = script("append", String.class);
	private final RedisScript<Long> slaMark = script("sla-mark", Long.class);
	private final RedisScript<Long> reindex = script("reindex", Long.class);

	public TicketStore(StringRedisTemplate redis, EscalationProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	static String key(long id, String part) {
		return "kyodo:{esc}:t:" + id + ":" + part;
	}

	static String waitingKey(Ticket.Queue queue) {
		return "kyodo:{esc}:q:" + queue.name();
	}

	static String openedKey(String eventKey) {
		return "kyodo:{esc}:opened:" + eventKey;
	}

	static List<String> indexKeys() {
		return List.of(waitingKey(Ticket.Queue.CITY), waitingKey(Ticket.Queue.CENTER));
	}

	public long nextId() {
		return redis.opsForValue().increment(SEQUENCE);
	}

	/**
	 * Stores a new ticket (the id in {@code ticket} is only a proposal) with its first transcript lines and puts it in
	 * its queue's index, in one script. Keyed by {@code eventKey}: for an event that already opened a ticket nothing
	 * is written and that ticket's id comes back.
	 *
	 * @return the id of the ticket the event opened, and whether this call created it
	 */
	public Created create(Ticket ticket, List<Turn> transcript, String eventKey) {
		Map<String, String> hash = TicketHash.write(ticket);
		List<String> args = new ArrayList<>(List.of(seconds(properties.retention()),
				seconds(properties.auditRetention()), Long.toString(ticket.createdAt().toEpochMilli()),
				Long.toString(ticket.id()), Integer.toString(hash.size()), maxEvents(properties)));
		hash.forEach((field, value) -> {
			args.add(field);
			args.add(value);
		});
		transcript.forEach(turn -> args.add(TurnJson.write(turn)));
		List<String> keys = new ArrayList<>(ticketKeys(ticket.id(), "ticket", "transcript", "audit"));
		keys.add(waitingKey(ticket.queue()));
		keys.add(openedKey(eventKey));
		keys.add(EVENTS);
		Long id = redis.execute(create, keys, args.toArray());
		if (id == null || id < 0) {
			throw new IllegalStateException("ticket id " + ticket.id() + " is taken");
		}
		return new Created(id, id == ticket.id());
	}

	/** What {@link #create} did: the event's ticket, and whether it is new. */
	public record Created(long id, boolean fresh) {
	}

	public Optional<Ticket> find(long id) {
		Map<Object, Object> hash = redis.opsForHash().entries(key(id, "ticket"));
		if (hash.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> fields = hash.entrySet()
			.stream()
			.collect(Collectors.toMap(entry -> (String) entry.getKey(), entry -> (String) entry.getValue()));
		return Optional.of(TicketHash.read(id, fields));
	}

	/** Ids in the queue's open index, longest waiting first. */
	public List<Long> indexed(Ticket.Queue queue) {
		Set<String> ids = redis.opsForZSet().range(waitingKey(queue), 0, -1);
		return ids == null ? List.of() : ids.stream().map(Long::valueOf).toList();
	}

	/** How many tickets are open in the queue (ZCARD of its index: the same figure on every instance). */
	public long openCount(Ticket.Queue queue) {
		Long size = redis.opsForZSet().zCard(waitingKey(queue));
		return size == null ? 0 : size;
	}

	/** Removes an unsent user message from a ticket's transcript (LREM of the exact stored entry). */
	public void forgetMessage(long id, String messageId) {
		TurnJson.removeMessage(redis.opsForList(), key(id, "transcript"), messageId);
	}

	public List<Turn> transcript(long id) {
		List<String> entries = redis.opsForList().range(key(id, "transcript"), 0, -1);
		return entries == null ? List.of() : entries.stream().map(TurnJson::read).toList();
	}

	/** @return OK, NOT_FOUND, OTHER_QUEUE or STATE:<state> (claim.lua) */
	public String claim(long id, Coordinator actor, Instant now) {
		List<String> keys = new ArrayList<>(ticketKeys(id, "ticket", "audit"));
		keys.add(EVENTS);
		return redis.execute(claim, keys, actor.username(), Long.toString(now.toEpochMilli()), queues(actor),
				seconds(properties.auditRetention()), Long.toString(id), maxEvents(properties));
	}

	/** @return OK:<queue before>, NOT_FOUND, OTHER_QUEUE, NOT_ASSIGNEE or STATE:<state> (transition.lua) */
	public String transition(long id, Move move, Coordinator actor, Instant now) {
		List<String> keys = new ArrayList<>(ticketKeys(id, "ticket", "audit"));
		keys.addAll(indexKeys());
		keys.add(EVENTS);
		return redis.execute(transition, keys, move.action(), actor.username(),
				actor.admin() ? "1" : "0", queues(actor), move.from(), move.to().name(),
				Long.toString(now.toEpochMilli()), move.newQueue() == null ? "" : move.newQueue().name(),
				move.reason() == null ? "" : move.reason(), seconds(properties.retention()),
				seconds(properties.auditRetention()), Long.toString(id), maxEvents(properties));
	}

	/**
	 * Puts the ticket back where its state says (reindex.lua): in its queue's index when open, in none otherwise.
	 *
	 * @return true when an index had to change
	 */
	public boolean reindex(long id) {
		List<String> keys = new ArrayList<>(List.of(key(id, "ticket")));
		keys.addAll(indexKeys());
		Long changed = redis.execute(reindex, keys, Long.toString(id));
		return changed != null && changed == 1;
	}

	/** The last ticket number handed out (0 before the first). */
	public long lastId() {
		String last = redis.opsForValue().get(SEQUENCE);
		return last == null ? 0 : Long.parseLong(last);
	}

	/** @return the ticket's state name (the turn was added only if open, once per event), or NOT_FOUND */
	public String append(long id, Turn turn, String eventKey) {
		return redis.execute(append, List.of(key(id, "ticket"), key(id, "transcript"), "kyodo:{esc}:appended:" + eventKey),
				TurnJson.write(turn), seconds(properties.retention()), Long.toString(turn.at().toEpochMilli()),
				Integer.toString(MAX_TRANSCRIPT));
	}

	/** Raises the SLA flag to {@code level} (1 warning, 2 breach); true for the one caller that raised it. */
	public boolean raiseSla(long id, int level) {
		Long raised = redis.execute(slaMark, List.of(key(id, "ticket")), Integer.toString(level));
		return raised != null && raised == 1;
	}

	/** The audit entries, oldest first, as field maps. */
	public List<Map<Object, Object>> audit(long id) {
		var records = redis.opsForStream().range(key(id, "audit"), org.springframework.data.domain.Range.unbounded());
		return records == null ? List.of() : records.stream().map(record -> record.getValue()).toList();
	}

	static List<String> ticketKeys(long id, String... parts) {
		return java.util.Arrays.stream(parts).map(part -> key(id, part)).toList();
	}

	static String queues(Coordinator actor) {
		return "," + actor.queues().stream().map(Enum::name).collect(Collectors.joining(",")) + ",";
	}

	static String maxEvents(EscalationProperties properties) {
		return Integer.toString(properties.events().maxLength());
	}

	static String seconds(Duration duration) {
		return Long.toString(Math.max(1, duration.toSeconds()));
	}

	static <T> RedisScript<T> script(String name, Class<T> type) {
		return LuaScripts.of("escalation/" + name + ".lua", type);
	}

	/** A state change for transition.lua: legal source states as {@code ",WAITING,CLAIMED,"}. */
	public record Move(String action, String from, Ticket.State to, Ticket.Queue newQueue, String reason) {
	}
}
