package jp.chigasaki.kyodo.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.escalation.internal.PendingReply;
import jp.chigasaki.kyodo.escalation.internal.Replies;
import jp.chigasaki.kyodo.escalation.internal.ReplyOutbox;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/**
 * What coordinators do with tickets, from the console or the coordinator LINE group. Every rule (queue access,
 * legal transitions, one assignee) is checked inside the Redis script that makes the change, so the console, the
 * JSON API and LINE follow the same rules.
 */
public class EscalationQueue {

	private static final Logger log = LoggerFactory.getLogger(EscalationQueue.class);

	/** A coordinator reply is at most one LINE text message. */
	public static final int MAX_REPLY_LENGTH = 5000;

	/** How a reply went: accepted by LINE, or kept in the outbox and retried with the same retry key. */
	public enum Delivery {
		SENT, QUEUED
	}

	private final TicketStore store;
	private final ReplyOutbox outbox;
	private final ChatMessenger messenger;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	EscalationQueue(TicketStore store, ReplyOutbox outbox, ChatMessenger messenger, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.outbox = outbox;
		this.messenger = messenger;
		this.events = events;
		this.clock = clock;
	}

	/** @throws TicketException.NotFound or {@link TicketException.OtherQueue} */
	public Ticket find(long id, Coordinator actor) {
		Ticket ticket = store.find(id).orElseThrow(() -> new TicketException.NotFound(id));
		if (!actor.mayAccess(ticket.queue())) {
			throw new TicketException.OtherQueue(id);
		}
		return ticket;
	}

	/** The open (waiting or claimed) tickets of a queue, longest waiting first. */
	public List<Ticket> openTickets(Ticket.Queue queue) {
		return store.indexed(queue)
			.stream()
			.map(store::find)
			.flatMap(Optional::stream)
			.filter(ticket -> ticket.state().open() && ticket.queue() == queue)
			.toList();
	}

	public List<Turn> transcript(long id, Coordinator actor) {
		find(id, actor);
		return store.transcript(id);
	}

	public Ticket claim(long id, Coordinator actor) {
		check(id, store.claim(id, actor, clock.instant()));
		log.info("Ticket {} claimed", id);
		Ticket ticket = store.find(id).orElseThrow(() -> new TicketException.NotFound(id));
		events.publishEvent(new TicketEvent.Claimed(id, ticket.claimedAt(), ticket.queue(), actor.username(),
				Duration.between(ticket.createdAt(), ticket.claimedAt())));
		return ticket;
	}

	/** Pushes a reply into the ticket's chat; a failed push stays in the outbox (see {@link #retryPendingReplies}). */
	public Delivery reply(long id, Coordinator actor, String text) {
		if (text == null || text.isBlank() || text.length() > MAX_REPLY_LENGTH) {
			throw new TicketException.Invalid(id, "返信は1〜" + MAX_REPLY_LENGTH + "文字で入力してください。");
		}
		PendingReply pending = new PendingReply(id, UUID.randomUUID().toString(), text.strip(), actor.username(),
				clock.instant());
		check(id, outbox.accept(pending, actor));
		return deliver(pending) ? Delivery.SENT : Delivery.QUEUED;
	}

	public Ticket transfer(long id, Coordinator actor, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new TicketException.Invalid(id, "転送の理由を入力してください。");
		}
		Ticket before = find(id, actor);
		Ticket.Queue target = before.queue().other();
		String result = store.transition(id, new TicketStore.Move("transfer", ",WAITING,CLAIMED,",
				Ticket.State.WAITING, target, reason.strip()), actor, clock.instant());
		check(id, result);
		log.info("Ticket {} transferred to {}", id, target);
		events.publishEvent(new TicketEvent.Transferred(id, clock.instant(), target, before.queue()));
		return store.find(id).orElseThrow(() -> new TicketException.NotFound(id));
	}

	public Ticket resolve(long id, Coordinator actor) {
		return close(id, actor, "resolve", ",CLAIMED,", Ticket.State.RESOLVED);
	}

	/** Hands the conversation back to the bot without an answer from a coordinator. */
	public Ticket returnToBot(long id, Coordinator actor) {
		return close(id, actor, "return", ",WAITING,CLAIMED,", Ticket.State.RETURNED);
	}

	/** Pushes every reply still in an outbox again, each with its own original retry key. */
	public int retryPendingReplies() {
		int sent = 0;
		for (PendingReply pending : outbox.pending(clock.instant())) {
			sent += deliver(pending) ? 1 : 0;
		}
		return sent;
	}

	private Ticket close(long id, Coordinator actor, String action, String from, Ticket.State to) {
		Instant now = clock.instant();
		check(id, store.transition(id, new TicketStore.Move(action, from, to, null, null), actor, now));
		Ticket ticket = store.find(id).orElseThrow(() -> new TicketException.NotFound(id));
		log.info("Ticket {} {}", id, to);
		Instant answered = ticket.repliedAt() == null ? now : ticket.repliedAt();
		events.publishEvent(new TicketEvent.Closed(id, now, ticket.queue(), to,
				Duration.between(ticket.createdAt(), now), answered.isAfter(ticket.dueAt())));
		return ticket;
	}

	private boolean deliver(PendingReply pending) {
		Optional<Ticket> ticket = store.find(pending.ticketId());
		if (ticket.isEmpty()) {
			return false;
		}
		String text = "【" + ticket.get().queue().label() + " 担当者より】\n" + pending.text();
		try {
			messenger.push(ticket.get().chat(), Replies.text(text), pending.retryKey());
		}
		catch (ChatMessenger.DeliveryException ex) {
			log.warn("Reply to ticket {} not delivered, kept for retry: {}", pending.ticketId(),
					ex.getClass().getSimpleName());
			return false;
		}
		outbox.delivered(pending, clock.instant());
		events.publishEvent(new TicketEvent.Replied(pending.ticketId(), clock.instant(), ticket.get().queue(),
				pending.actor(), ticket.get().repliedAt() == null));
		return true;
	}

	private static void check(long id, String result) {
		if (result == null || result.startsWith("OK")) {
			return;
		}
		switch (result) {
			case "NOT_FOUND" -> throw new TicketException.NotFound(id);
			case "OTHER_QUEUE" -> throw new TicketException.OtherQueue(id);
			case "NOT_ASSIGNEE" -> throw new TicketException.Conflict(id, "受付番号 #" + id + " は他の担当者が対応中です。");
			default -> throw new TicketException.Conflict(id, stateMessage(id, result.substring("STATE:".length())));
		}
	}

	private static String stateMessage(long id, String state) {
		return "受付番号 #" + id + switch (Ticket.State.valueOf(state)) {
			case WAITING -> " はまだ担当者が決まっていません。先に「担当する」を押してください。";
			case CLAIMED -> " はすでに担当者が決まっています。";
			case RESOLVED -> " は解決済みです。";
			case RETURNED -> " は自動応答に戻されています。";
		};
	}
}
