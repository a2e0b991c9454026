package jp.chigasaki.kyodo.escalation.internal;

import static jp.chigasaki.kyodo.escalation.internal.TicketStore.queues;
import static jp.chigasaki.kyodo.escalation.internal.TicketStore.script;
import static jp.chigasaki.kyodo.escalation.internal.TicketStore.seconds;
import static jp.chigasaki.kyodo.escalation.internal.TicketStore.ticketKeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.Turn;

/**
 * Coordinator replies between "accepted" and "LINE took it": kept in the ticket's {@code outbox} HASH (retry key →
 * JSON, TTL {@code retention}) and the {@code kyodo:esc:outbox-pending} ZSET of ticket ids (score: last reply accepted), so a reply that failed is
 * pushed again with its original retry key and LINE delivers it once. Key schema in {@link TicketStore}.
 */
public class ReplyOutbox {

	static final String OUTBOX_PENDING = "kyodo:esc:outbox-pending";
	static final java.time.Duration SETTLE = java.time.Duration.ofMinutes(5);

	private final StringRedisTemplate redis;
	private final EscalationProperties properties;
	private final RedisScript<String> reply = script("reply", String.class);
	private final RedisScript<Long> delivered = script("delivered", Long.class);

	public ReplyOutbox(StringRedisTemplate redis, EscalationProperties properties) {
		this.redis = redis;
		this.properties = properties;
	}

	/** @return OK, NOT_FOUND, OTHER_QUEUE, NOT_ASSIGNEE or STATE:<state> (reply.lua) */
	public String accept(PendingReply pending, Coordinator actor) {
		String result = redis.execute(reply, ticketKeys(pending.ticketId(), "ticket", "outbox"), actor.username(),
				actor.admin() ? "1" : "0", queues(actor), pending.retryKey(), pending.toJson(),
				seconds(properties.retention()));
		if ("OK".equals(result)) {
			redis.opsForZSet().add(OUTBOX_PENDING, Long.toString(pending.ticketId()), pending.at().toEpochMilli());
		}
		return result;
	}

	/** Records a delivered reply once (the pending mark is cleared later by {@link #pending}). */
	public void delivered(PendingReply pending, Instant now) {
		Turn turn = new Turn(pending.at(), Turn.Speaker.COORDINATOR, pending.text());
		redis.execute(delivered, ticketKeys(pending.ticketId(), "ticket", "outbox", "transcript", "audit"),
				pending.retryKey(), TurnJson.write(turn, pending.actor()), Long.toString(now.toEpochMilli()),
				pending.actor(), seconds(properties.retention()), seconds(properties.auditRetention()));
	}

	/**
	 * Every reply still waiting for delivery, of every ticket. Marks of empty outboxes are dropped only when older
	 * than {@link #SETTLE}: the mark and the outbox live in different slots, so a fresh mark may precede its reply.
	 */
	public List<PendingReply> pending(Instant now) {
		Set<String> ids = redis.opsForZSet().rangeByScore(OUTBOX_PENDING, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
		List<PendingReply> pending = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			Map<Object, Object> outbox = redis.opsForHash().entries(TicketStore.key(Long.parseLong(id), "outbox"));
			Double since = redis.opsForZSet().score(OUTBOX_PENDING, id);
			if (outbox.isEmpty() && since != null && since < now.minus(SETTLE).toEpochMilli()) {
				redis.opsForZSet().remove(OUTBOX_PENDING, id);
			}
			outbox.forEach((retryKey, json) -> pending
				.add(PendingReply.fromJson(Long.parseLong(id), (String) retryKey, (String) json)));
		}
		return pending;
	}
}
