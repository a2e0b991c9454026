package jp.chigasaki.kyodo.conversation;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

import jp.chigasaki.kyodo.escalation.ChatMessenger;
import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;

/**
 * A closed ticket gives the conversation back to the bot and tells the member, in the chat, that the coordinator
 * resolved it or handed it back. The push carries a retry key made from the ticket, so LINE shows it once; the
 * record is changed with the same compare-and-set as a turn (and a turn that meets a closed ticket switches to the
 * bot by itself, should this event be lost with its instance).
 */
class TicketNotices {

	private static final Logger log = LoggerFactory.getLogger(TicketNotices.class);

	private final Handovers handovers;
	private final ConversationStore store;
	private final ChatMessenger messenger;
	private final java.time.Clock clock;

	TicketNotices(Handovers handovers, ConversationStore store, ChatMessenger messenger, java.time.Clock clock) {
		this.handovers = handovers;
		this.store = store;
		this.messenger = messenger;
		this.clock = clock;
	}

	@EventListener
	void closed(TicketEvent.Closed event) {
		handovers.find(event.ticketId()).ifPresent(ticket -> {
			giveBack(ticket);
			tell(ticket, event.state());
		});
	}

	private void giveBack(Ticket ticket) {
		String key = store.conversationKey(ticket.chat());
		for (int attempt = 0; attempt < 3; attempt++) {
			ConversationStore.Loaded loaded = store.load(key);
			ConversationRecord record = loaded.record();
			if (record.mode() != ConversationRecord.Mode.HUMAN || !Long.valueOf(ticket.id()).equals(record.ticketId())
					|| store.save(key, loaded.version(), record.backToBot(clock.instant()))) {
				return;
			}
		}
	}

	private void tell(Ticket ticket, Ticket.State state) {
		String text = state == Ticket.State.RESOLVED
				? "受付番号 #" + ticket.id() + " のご相談は、担当者が対応を終えました。ご利用ありがとうございました。\n"
						+ "ほかにご質問があれば、このトークでいつでもどうぞ。自動応答がお答えします。"
				: "受付番号 #" + ticket.id() + " のご相談は、自動応答に戻りました。\n"
						+ "ご質問を送っていただければ自動応答がお答えします。担当者への相談が必要なときは「担当者に相談」と送ってください。";
		String retryKey = UUID.nameUUIDFromBytes(("closed:" + ticket.id()).getBytes(StandardCharsets.UTF_8))
			.toString();
		try {
			messenger.push(ticket.chat(), Replies.text(text), retryKey);
		}
		catch (ChatMessenger.DeliveryException ex) {
			log.warn("Member not told that ticket {} was closed", ticket.id());
		}
	}
}
