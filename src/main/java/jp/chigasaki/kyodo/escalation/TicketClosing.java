package jp.chigasaki.kyodo.escalation;

import jp.chigasaki.kyodo.escalation.internal.ConversationStore;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/** After resolve or return to the bot: out of the queue index, and the conversation is the bot's again. */
class TicketClosing {

	private final TicketStore store;
	private final ConversationStore conversations;

	TicketClosing(TicketStore store, ConversationStore conversations) {
		this.store = store;
		this.conversations = conversations;
	}

	void closed(Ticket ticket) {
		store.unindex(ticket.queue(), ticket.id());
		conversations.releasePointer(ticket.chat(), ticket.id());
	}
}
