package jp.chigasaki.kyodo.dialogue;

import jp.chigasaki.kyodo.matching.Candidate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the bot sends back, and why. {@code intent}, {@code faqId} and {@code departmentId} are null when they do not
 * apply. An empty {@code messages} list means: send nothing.
 *
 * @param next the conversation state to keep for the next message
 * @param handoff why an {@link Decision#ESCALATE} reply hands over to a coordinator; null for other decisions
 */
public record Reply(Decision decision, String intent, String faqId, String departmentId, double confidence,
		List<ReplyMessage> messages, List<QuickReply> quickReplies, List<Candidate> candidates,
		ConversationState next, Handoff handoff) {

	/** LINE allows at most 13 quick-reply buttons and 5 messages per reply. */
	public static final int MAX_QUICK_REPLIES = 13;
	public static final int MAX_MESSAGES = 5;

	public Reply {
		messages = List.copyOf(messages);
		quickReplies = List.copyOf(quickReplies.size() > MAX_QUICK_REPLIES
				? quickReplies.subList(0, MAX_QUICK_REPLIES) : quickReplies);
		candidates = List.copyOf(candidates);
		if (messages.size() > MAX_MESSAGES) {
			throw new IllegalArgumentException("a reply has at most " + MAX_MESSAGES + " messages");
		}
	}

	/** A reply that hands over to nobody (every decision but {@link Decision#ESCALATE}). */
	public Reply(Decision decision, String intent, String faqId, String departmentId, double confidence,
			List<ReplyMessage> messages, List<QuickReply> quickReplies, List<Candidate> candidates,
			ConversationState next) {
		this(decision, intent, faqId, departmentId, confidence, messages, quickReplies, candidates, next, null);
	}

	/** The full text the user would see, messages joined by a newline (the {@code ask} contract's {@code text}). */
	public String text() {
		return messages.stream().map(ReplyMessage::plainText).collect(Collectors.joining("\n"));
	}

	public boolean silent() {
		return messages.isEmpty();
	}

	/** The same reply with other messages. */
	Reply withMessages(List<ReplyMessage> changed) {
		return new Reply(decision, intent, faqId, departmentId, confidence, changed, quickReplies, candidates, next,
				handoff);
	}

	/** The same reply, read as answering {@code understood} (an {@link Intent}). */
	Reply withIntent(String understood) {
		return new Reply(decision, understood, faqId, departmentId, confidence, messages, quickReplies, candidates, next,
				handoff);
	}

	/** The same reply keeping another state for the next message. */
	Reply withNext(ConversationState changed) {
		return new Reply(decision, intent, faqId, departmentId, confidence, messages, quickReplies, candidates, changed,
				handoff);
	}

	/**
	 * Why the bot hands a conversation to a coordinator. The names equal those of
	 * {@code jp.chigasaki.kyodo.escalation.EscalationTrigger}, so the LINE layer maps one to the other with
	 * {@code EscalationTrigger.valueOf(handoff.name())} (the dialogue may not depend on the escalation feature).
	 */
	public enum Handoff {
		/** The user accepted the offer of a coordinator after the bot could not answer. */
		LOW_CONFIDENCE,
		/** 「担当者に相談」 or the talk-to-human intent. */
		ASKED_FOR_HUMAN,
		/** 「どれも違う」 after a clarify. */
		NONE_MATCHED,
		/** Two misses in a row. */
		REPEATED_MISSES
	}
}
