package jp.chigasaki.kyodo.escalation;

import java.time.Instant;

/**
 * A conversation handed to a coordinator. {@code topicNote} and {@code groupName} are what the user typed in the
 * intake (personal data, never logged); {@code topicKey} is a configured topic key or {@code other}.
 *
 * @param warnAt when the SLA warning starts (80% of the business time allowed)
 * @param dueAt when an answer is expected (the time told to the user)
 * @param repliedAt the first coordinator reply delivered, null before
 */
public record Ticket(long id, State state, Queue queue, ChatRef chat, EscalationTrigger trigger, String topicKey,
		String topicLabel, String topicNote, String groupName, String kind, Instant createdAt, Instant warnAt,
		Instant dueAt, String assignee, Instant claimedAt, Instant repliedAt, String transferReason) {

	/** The life of a ticket: WAITING → CLAIMED → RESOLVED; WAITING or CLAIMED → RETURNED (back to the bot). */
	public enum State {
		WAITING, CLAIMED, RESOLVED, RETURNED;

		public boolean open() {
			return this == WAITING || this == CLAIMED;
		}
	}

	/** The two organisations sharing the work: 市民自治推進課 協働推進担当 and the civic activity support center. */
	public enum Queue {
		CITY("市 協働推進担当"), CENTER("サポセン");

		private final String label;

		Queue(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}

		public Queue other() {
			return this == CITY ? CENTER : CITY;
		}
	}

	/** Where an open ticket without a coordinator reply stands against its due time. */
	public enum Sla {
		NONE, OK, WARNING, BREACH
	}

	public Sla sla(Instant now) {
		if (!state.open() || repliedAt != null) {
			return Sla.NONE;
		}
		if (!now.isBefore(dueAt)) {
			return Sla.BREACH;
		}
		return now.isBefore(warnAt) ? Sla.OK : Sla.WARNING;
	}

	@Override
	public String toString() {
		return "Ticket[" + id + ", " + state + ", " + queue + "]";
	}
}
