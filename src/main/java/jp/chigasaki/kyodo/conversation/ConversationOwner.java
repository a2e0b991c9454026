package jp.chigasaki.kyodo.conversation;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.Handovers;

/**
 * The one owner of a conversation. For each event: load the conversation's one record, let its mode (bot, intake,
 * human, a guided flow) take the turn, save the record once (compare-and-set: a concurrent change makes the turn run
 * again on the fresh record), publish {@link TurnCompleted} for a user's turn, and return what to send. The record
 * remembers the last events applied, so an event that runs again after a crash changes nothing and sends nothing;
 * effects outside the record (a ticket, a line in its transcript) are keyed by the event as well.
 */
public class ConversationOwner {

	private static final Logger log = LoggerFactory.getLogger(ConversationOwner.class);
	private static final int ATTEMPTS = 3;

	private final ConversationStore store;
	private final Modes modes;
	private final Handovers handovers;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	ConversationOwner(ConversationStore store, Modes modes, Handovers handovers, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.modes = modes;
		this.handovers = handovers;
		this.events = events;
		this.clock = clock;
	}

	/** The keyed hash that names the chat's conversation (Redis keys, events, inbox partitions); never a LINE id. */
	public String conversationKey(ChatRef chat) {
		return store.conversationKey(chat);
	}

	/**
	 * Applies one event to its conversation.
	 *
	 * @param thinking run just before the dialogue's CPU work, so the transport can show a "typing" indicator only
	 *        when the bot will answer
	 * @return what to send in the chat; {@link Reply#silent()} for nothing
	 */
	public Reply handle(Inbound in, Runnable thinking) {
		if (in.kind() == Inbound.Kind.POSTBACK && Handovers.isGroupAction(in.data())) {
			return handovers.claimFromGroup(in.chat(), in.data());
		}
		String key = store.conversationKey(in.chat());
		if (in.kind() == Inbound.Kind.LEAVE) {
			store.forget(key);
			return Replies.SILENT;
		}
		for (int attempt = 1;; attempt++) {
			ConversationStore.Loaded loaded = store.load(key);
			if (loaded.record().handled(in.eventKey())) {
				log.info("Event was applied before; nothing more to do");
				return Replies.SILENT;
			}
			Exchange turn = new Exchange(in, loaded.record(), clock.instant(), thinking, key);
			Exchange.Outcome outcome = modes.take(turn);
			if (store.save(key, loaded.version(), outcome.record().withHandled(in.eventKey()))) {
				TurnCompletion.of(turn, outcome).ifPresent(events::publishEvent);
				return outcome.reply();
			}
			if (attempt == ATTEMPTS) {
				throw new IllegalStateException("the conversation changed during " + ATTEMPTS + " attempts of a turn");
			}
			log.info("Conversation changed during the turn; taking it again");
		}
	}
}
