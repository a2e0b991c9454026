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
 * JSON, TTL {@code retention}) and marked in the {@code kyodo:{esc}:outbox-pending} ZSET of ticket ids (score: last
 * reply accepted), both in the same script, so a reply that failed is pushed again with its original retry key and
 * LINE delivers it once. Key schema in {@link TicketStore}.
 */
public class ReplyOutbox {

	static final String OUTBOX_PENDING = "kyodo:{esc}:outbox-pending";

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
		List<String> keys = new ArrayList<>(ticketKeys(pending.ticketId(), "ticket", "outbox"));
		keys.add(OUTBOX_PENDING);
		return redis.execute(reply, keys, actor.username(), actor.admin() ? "1" : "0", queues(actor),
				pending.retryKey(), pending.toJson(), seconds(properties.retention()),
				Long.toString(pending.ticketId()), Long.toString(pending.at().toEpochMilli()));
	}

	/** Records a delivered reply once; the ticket's pending mark goes with its last undelivered reply. */
	public void delivered(PendingReply pending, Instant now) {
		Turn turn = new Turn(pending.at(), Turn.Speaker.COORDINATOR, pending.text());
		List<String> keys = new ArrayList<>(
				ticketKeys(pending.ticketId(), "ticket", "outbox", "transcript", "audit"));
		keys.add(OUTBOX_PENDING);
		keys.add(TicketStore.EVENTS);
		redis.execute(delivered, keys, pending.retryKey(), TurnJson.write(turn, pending.actor()),
				Long.toString(now.toEpochMilli()), pending.actor(), seconds(properties.retention()),
				seconds(properties.auditRetention()), Long.toString(pending.ticketId()),
				TicketStore.maxEvents(properties));
	}

	/**
	 * Every reply still waiting for delivery, of every ticket. A mark whose ticket expired (its retention passed) is
	 * dropped; a reply can no longer be added to a ticket that does not exist, so dropping it races with nothing.
	 */
	public List<PendingReply> pending(Instant now) {
		Set<String> ids = redis.opsForZSet().range(OUTBOX_PENDING, 0, -1);
		List<PendingReply> pending = new ArrayList<>();
		for (String id : ids == null ? Set.<String>of() : ids) {
			Map<Object, Object> outbox = redis.opsForHash().entries(TicketStore.key(Long.parseLong(id), "outbox"));
			if (outbox.isEmpty() && !Boolean.TRUE.equals(redis.hasKey(TicketStore.key(Long.parseLong(id), "ticket")))) {
				redis.opsForZSet().remove(OUTBOX_PENDING, id);
			}
			outbox.forEach((retryKey, json) -> pending
				.add(PendingReply.fromJson(Long.parseLong(id), (String) retryKey, (String) json)));
		}
		return pending;
	}
}
