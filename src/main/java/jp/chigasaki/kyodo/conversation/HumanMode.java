package jp.chigasaki.kyodo.conversation;

import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.escalation.Turn;

/**
 * A coordinator has the conversation: the member's messages go into the ticket's transcript and the bot stays
 * silent; buttons are answered with the ticket number. Once the ticket is closed (the coordinator resolved it or
 * gave it back), the turn goes to the bot: the record learns it here even if the ticket's closing event was missed.
 */
final class HumanMode {

	private final Handovers handovers;
	private final BotMode bot;

	HumanMode(Handovers handovers, BotMode bot) {
		this.handovers = handovers;
		this.bot = bot;
	}

	Exchange.Outcome text(Exchange turn) {
		long ticket = turn.record().ticketId();
		Turn said = new Turn(turn.now(), Turn.Speaker.USER, turn.in().text(), turn.in().messageId());
		if (handovers.append(ticket, said, turn.in().eventKey())) {
			return new Exchange.Outcome(turn.record(), Replies.SILENT);
		}
		return bot.text(turn.with(turn.record().backToBot(turn.now())));
	}

	Exchange.Outcome postback(Exchange turn) {
		long ticket = turn.record().ticketId();
		boolean open = handovers.find(ticket).map(t -> t.state().open()).orElse(false);
		if (!open) {
			return bot.postback(turn.with(turn.record().backToBot(turn.now())));
		}
		return new Exchange.Outcome(turn.record(),
				Replies.text("受付番号 #" + ticket + " で担当者におつなぎしています。メッセージはそのまま担当者に届きます。"));
	}

	/** The member unsent a message: out of the ticket's transcript too. */
	void unsent(ConversationRecord record, String messageId) {
		if (record.mode() == ConversationRecord.Mode.HUMAN && record.ticketId() != null) {
			handovers.forgetMessage(record.ticketId(), messageId);
		}
	}
}
