package jp.chigasaki.kyodo.escalation;

/** Why an operation on a ticket was refused. Messages are Japanese and safe to show to coordinators. */
public abstract sealed class TicketException extends RuntimeException {

	private final long ticketId;

	TicketException(long ticketId, String message) {
		super(message);
		this.ticketId = ticketId;
	}

	public long ticketId() {
		return ticketId;
	}

	/** No such ticket (or it expired). */
	public static final class NotFound extends TicketException {

		public NotFound(long ticketId) {
			super(ticketId, "受付番号 #" + ticketId + " は見つかりません。");
		}
	}

	/** The ticket is in another state, or claimed by someone else: already claimed, already resolved … */
	public static final class Conflict extends TicketException {

		public Conflict(long ticketId, String message) {
			super(ticketId, message);
		}
	}

	/** The coordinator's input is not usable (an empty reply, a transfer without a reason). */
	public static final class Invalid extends TicketException {

		public Invalid(long ticketId, String message) {
			super(ticketId, message);
		}
	}

	/** The ticket is in a queue the coordinator may not see. */
	public static final class OtherQueue extends TicketException {

		public OtherQueue(long ticketId) {
			super(ticketId, "受付番号 #" + ticketId + " は担当外の窓口の相談です。");
		}
	}
}
