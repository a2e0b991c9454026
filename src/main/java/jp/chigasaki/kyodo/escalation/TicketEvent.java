package jp.chigasaki.kyodo.escalation;

import java.time.Instant;

/**
 * What happened to a ticket; carries no LINE id and no user text. The script that stores the change writes the event
 * into the durable ticket event stream in the same step; features that must not miss one (the member's notice, the
 * city's figures) read it as a {@link TicketSubscriber}. It is also published as a Spring application event on the
 * instance that made the change, after the change is stored, for in-process listeners that may lose it with that
 * instance.
 */
public sealed interface TicketEvent {

	long ticketId();

	Instant at();

	Ticket.Queue queue();

	/** A conversation was handed over ({@code trigger} why, {@code topicKey} the intake topic or {@code other}). */
	record Opened(long ticketId, Instant at, Ticket.Queue queue, EscalationTrigger trigger, String topicKey,
			String kind) implements TicketEvent {
	}

	/** A coordinator took the ticket; {@code waited} is the time since it was opened. */
	record Claimed(long ticketId, Instant at, Ticket.Queue queue, String coordinator, java.time.Duration waited)
			implements TicketEvent {
	}

	/** A coordinator's reply was delivered (or queued for retry) to the chat. */
	record Replied(long ticketId, Instant at, Ticket.Queue queue, String coordinator, boolean first)
			implements TicketEvent {
	}

	/** Moved to the other organisation's queue; {@code queue} is the new one. */
	record Transferred(long ticketId, Instant at, Ticket.Queue queue, Ticket.Queue from) implements TicketEvent {
	}

	/**
	 * Closed: resolved by a coordinator, returned to the bot, or expired. {@code open} is the time since it was
	 * opened; {@code slaBreached} whether the due time passed without a coordinator reply.
	 */
	record Closed(long ticketId, Instant at, Ticket.Queue queue, Ticket.State state, java.time.Duration open,
			boolean slaBreached) implements TicketEvent {
	}
}
