package jp.chigasaki.kyodo.escalation;

/**
 * A feature that must not miss a ticket event (the member's chat, the city's figures): a Spring bean implementing
 * this reads every event through its own consumer group of the ticket event stream, from whichever instance is
 * alive. Delivery is at least once: an event whose handling failed, or whose instance died before it was done, is
 * handled again (by any instance, after {@code kyodo.escalation.events.claim-idle}), so every effect must be keyed by
 * {@code eventId} (a LINE retry key made from it, a "counted" mark set in the same script as the counter). Events of
 * different tickets may arrive out of order after such a retry. Listeners that may lose an event with their instance
 * (in-process figures) can keep listening to the Spring application event instead.
 */
public interface TicketSubscriber {

	/** The consumer group: one per feature and stable (a new name reads every event the stream still keeps). */
	String group();

	/**
	 * Does the event's effects; returning acknowledges it, throwing leaves it to be handled again.
	 *
	 * @param eventId the event's stream id, the same on every delivery
	 */
	void handle(String eventId, TicketEvent event);
}
