package jp.chigasaki.kyodo.escalation;

import java.util.Optional;
import java.util.Set;

/**
 * Who acts on a ticket: a console account. {@code queues} are the queues the account may see and act on;
 * {@code admin} may also act on tickets claimed by someone else.
 */
public record Coordinator(String username, String displayName, Set<Ticket.Queue> queues, boolean admin) {

	public Coordinator {
		queues = Set.copyOf(queues);
	}

	public boolean mayAccess(Ticket.Queue queue) {
		return queues.contains(queue);
	}

	/** Finds the coordinator behind a LINE user id (a 「担当する」 tap in the coordinator group). */
	@FunctionalInterface
	public interface Directory {

		Optional<Coordinator> byLineUserId(String lineUserId);
	}
}
