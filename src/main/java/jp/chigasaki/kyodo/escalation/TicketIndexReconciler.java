package jp.chigasaki.kyodo.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/**
 * At start-up, puts every ticket where its state says in the queue indexes: an open ticket in its queue's index, a
 * closed or expired one in none. Since tickets and indexes change in one script this finds nothing after a clean
 * history; it repairs what older versions (ticket and index written apart) or a restored backup left behind, and logs
 * the count. Every repair is one script per ticket, so it is safe while other instances serve.
 */
class TicketIndexReconciler {

	private static final Logger log = LoggerFactory.getLogger(TicketIndexReconciler.class);

	private final TicketStore store;

	TicketIndexReconciler(TicketStore store) {
		this.store = store;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			log.warn("Ticket index check at start-up failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** @return how many tickets had an index entry added or removed */
	int reconcile() {
		long last = store.lastId();
		int repaired = 0;
		for (long id = 1; id <= last; id++) {
			repaired += store.reindex(id) ? 1 : 0;
		}
		for (Ticket.Queue queue : Ticket.Queue.values()) {
			for (long id : store.indexed(queue)) {
				if (id > last) {
					repaired += store.reindex(id) ? 1 : 0;
				}
			}
		}
		log.info("Ticket index check: {} tickets, {} repaired", last, repaired);
		return repaired;
	}
}
