package jp.chigasaki.kyodo.conversation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.escalation.ChatMessenger;
import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.escalation.TicketSubscriber;

/**
 * A closed ticket gives the conversation back to the bot and tells the member, in the chat, that the coordinator
 * resolved it or handed it back. Read through the {@value #GROUP} group of the durable ticket event stream, so the
 * notice is sent by whichever instance is alive, also when the one that closed the ticket died right after. Every
 * effect survives a second delivery: the record is changed with the same compare-and-set as a turn and only while it
 * still points at this ticket, and the push carries a retry key made from the event id, so LINE shows it once. LINE
 * keeps a retry key for 24 hours ({@link #NOTICE_WINDOW}); an older event (readers down longer than that) gives the
 * conversation back but is not told, rather than told twice.
 */
class TicketNotices implements TicketSubscriber {

	static final String GROUP = "conversation";
	static final Duration NOTICE_WINDOW = Duration.ofHours(24);

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

	@Override
	public String group() {
		return GROUP;
	}

	@Override
	public void handle(String eventId, TicketEvent event) {
		if (!(event instanceof TicketEvent.Closed closed)) {
			return;
		}
		handovers.find(closed.ticketId()).ifPresent(ticket -> {
			giveBack(ticket);
			if (closed.at().plus(NOTICE_WINDOW).isAfter(clock.instant())) {
				tell(ticket, closed.state(), eventId);
			}
			else {
				log.info("Ticket {} closed more than {} ago; the member is not told any more", ticket.id(),
						NOTICE_WINDOW);
			}
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

	private void tell(Ticket ticket, Ticket.State state, String eventId) {
		String text = state == Ticket.State.RESOLVED
				? "受付番号 #" + ticket.id() + " のご相談は、担当者が対応を終えました。ご利用ありがとうございました。\n"
						+ "ほかにご質問があれば、このトークでいつでもどうぞ。自動応答がお答えします。"
				: "受付番号 #" + ticket.id() + " のご相談は、自動応答に戻りました。\n"
						+ "ご質問を送っていただければ自動応答がお答えします。担当者への相談が必要なときは「担当者に相談」と送ってください。";
		String retryKey = UUID.nameUUIDFromBytes(("ticket-event:" + eventId).getBytes(StandardCharsets.UTF_8))
			.toString();
		try {
			messenger.push(ticket.chat(), Replies.text(text), retryKey);
		}
		catch (ChatMessenger.DeliveryException ex) {
			log.warn("Member not told that ticket {} was closed", ticket.id());
		}
	}
}
