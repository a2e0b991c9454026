package jp.chigasaki.kyodo.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jp.chigasaki.kyodo.escalation.Turn;
import tools.jackson.databind.JsonNode;

/**
 * Everything kept about one conversation, as one JSON document (see {@link ConversationStore} for the key).
 *
 * @param mode who has the conversation
 * @param ticketId the open ticket while {@link Mode#HUMAN}, null otherwise
 * @param dialogue the dialogue's state as JSON, kept as a tree so fields the dialogue adds carry over unchanged
 * @param dialogueAt when the dialogue state was last written (it expires sooner than the record)
 * @param intake the running intake's answers ({@link Intake}), empty outside {@link Mode#INTAKE}
 * @param recent recent turns in bot and intake mode (user text), copied into a ticket's transcript when one opens
 * @param flow the running guided flow's name while {@link Mode#FLOW}, its opaque JSON state in {@code flowState}
 * @param handled the last webhook events applied to this record, newest last: a turn that runs again is skipped
 * @param answer what the last of them was answered, for sending it again with its reply token; null when silent
 */
record ConversationRecord(Mode mode, Long ticketId, JsonNode dialogue, Instant dialogueAt, Map<String, String> intake,
		Instant changedAt, List<Turn> recent, String flow, String flowState, List<String> handled, Answer answer) {

	static final int HANDLED_KEPT = 32;

	static final ConversationRecord NEW = new ConversationRecord(Mode.BOT, null, null, null, Map.of(), null, List.of(),
			null, null, List.of(), null);

	/** Who has the conversation. */
	enum Mode {
		/** The dialogue answers. */
		BOT,
		/** The intake questions before a ticket. */
		INTAKE,
		/** A coordinator: the bot is silent and messages go to the ticket. */
		HUMAN,
		/** A guided flow of another feature. */
		FLOW
	}

	ConversationRecord {
		mode = mode == null ? Mode.BOT : mode;
		intake = intake == null ? Map.of() : Map.copyOf(intake);
		recent = recent == null ? List.of() : List.copyOf(recent);
		handled = handled == null ? List.of() : List.copyOf(handled);
	}

	boolean handled(String eventKey) {
		return handled.contains(eventKey);
	}

	/** The event applied, and its answer kept for a second run (null when the event was answered with nothing). */
	ConversationRecord withHandled(String eventKey, Answer answered) {
		List<String> next = new ArrayList<>(handled);
		next.add(eventKey);
		List<String> kept = next.size() > HANDLED_KEPT ? next.subList(next.size() - HANDLED_KEPT, next.size()) : next;
		return new ConversationRecord(mode, ticketId, dialogue, dialogueAt, intake, changedAt, recent, flow, flowState,
				kept, answered);
	}

	ConversationRecord bot(JsonNode dialogue, Instant at) {
		return new ConversationRecord(Mode.BOT, null, dialogue, at, Map.of(), at, recent, null, null, handled, answer);
	}

	ConversationRecord intake(Map<String, String> answers, Instant at) {
		return new ConversationRecord(Mode.INTAKE, null, dialogue, dialogueAt, answers, at, recent, null, null,
				handled, answer);
	}

	/** A ticket opened: its transcript took the recent turns. */
	ConversationRecord human(long ticket, Instant at) {
		return new ConversationRecord(Mode.HUMAN, ticket, null, null, Map.of(), at, List.of(), null, null, handled,
				answer);
	}

	ConversationRecord flow(String name, String state, Instant at) {
		return new ConversationRecord(Mode.FLOW, null, dialogue, dialogueAt, Map.of(), at, recent, name, state,
				handled, answer);
	}

	/** Bot mode with the dialogue kept; for the end of an intake or a flow, or a ticket that closed. */
	ConversationRecord backToBot(Instant at) {
		return new ConversationRecord(Mode.BOT, null, dialogue, dialogueAt, Map.of(), at, recent, null, null, handled,
				answer);
	}

	ConversationRecord withTurns(List<Turn> turns, int kept) {
		List<Turn> next = new ArrayList<>(recent);
		next.addAll(turns);
		List<Turn> capped = next.size() > kept ? next.subList(next.size() - kept, next.size()) : next;
		return new ConversationRecord(mode, ticketId, dialogue, dialogueAt, intake, changedAt, capped, flow, flowState,
				handled, answer);
	}

	ConversationRecord withoutTurns(Predicate<Turn> drop) {
		return new ConversationRecord(mode, ticketId, dialogue, dialogueAt, intake, changedAt,
				recent.stream().filter(drop.negate()).toList(), flow, flowState, handled, answer);
	}

	/** Whether the state of the current mode was left alone for longer than {@code timeout}. */
	boolean idleFor(Duration timeout, Instant now) {
		return changedAt != null && changedAt.plus(timeout).isBefore(now);
	}


	@Override
	public String toString() {
		return "ConversationRecord[" + mode + ", " + ticketId + ", " + flow + "]";
	}
}
