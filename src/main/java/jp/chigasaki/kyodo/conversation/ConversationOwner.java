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
 * remembers the last events applied and the last answer, so an event that runs again after a crash changes nothing
 * and only offers its answer again (the transport sends it with the same reply token, which LINE takes once);
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
	 * What to send for an event.
	 *
	 * @param reply the messages; {@link Reply#silent()} for nothing
	 * @param again true when the event had been applied before (a second run after a crash): send it only with the
	 *        event's reply token, never by push, since the first run may have sent it already
	 */
	public record Answered(Reply reply, boolean again) {
	}

	/**
	 * Applies one event to its conversation.
	 *
	 * @param thinking run just before the dialogue's CPU work, so the transport can show a "typing" indicator only
	 *        when the bot will answer
	 */
	public Answered handle(Inbound in, Runnable thinking) {
		if (in.kind() == Inbound.Kind.POSTBACK && Handovers.isGroupAction(in.data())) {
			return new Answered(handovers.claimFromGroup(in.chat(), in.data()), false);
		}
		String key = store.conversationKey(in.chat());
		if (in.kind() == Inbound.Kind.LEAVE) {
			store.forget(key);
			return new Answered(Replies.SILENT, false);
		}
		for (int attempt = 1;; attempt++) {
			ConversationStore.Loaded loaded = store.load(key);
			if (loaded.record().handled(in.eventKey())) {
				log.info("Event was applied before; its answer is offered again");
				Answer last = loaded.record().answer();
				return new Answered(last != null && last.event().equals(in.eventKey()) ? last.reply() : Replies.SILENT,
						true);
			}
			Exchange turn = new Exchange(in, loaded.record(), clock.instant(), thinking, key);
			Exchange.Outcome outcome = modes.take(turn);
			Answer answer = outcome.reply().silent() ? null : Answer.of(in.eventKey(), outcome.reply());
			if (store.save(key, loaded.version(), outcome.record().withHandled(in.eventKey(), answer))) {
				TurnCompletion.of(turn, outcome).ifPresent(events::publishEvent);
				return new Answered(outcome.reply(), false);
			}
			if (attempt == ATTEMPTS) {
				throw new IllegalStateException("the conversation changed during " + ATTEMPTS + " attempts of a turn");
			}
			log.info("Conversation changed during the turn; taking it again");
		}
	}
}
