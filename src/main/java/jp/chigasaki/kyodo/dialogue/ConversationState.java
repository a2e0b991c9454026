package jp.chigasaki.kyodo.dialogue;

import java.util.List;

/**
 * What the dialogue remembers between two messages of one conversation (kept in Redis with a TTL by the conversation
 * owner, as JSON: a plain record; a record stored before {@code lastDepartmentId} existed reads it as null).
 *
 * @param offered candidate ids offered in the last clarify, empty otherwise
 * @param misses consecutive messages the bot could not answer
 * @param lastFaqId the last entry answered, for follow-ups (「それの締め切りは？」) and feedback; null when none
 * @param lastDepartmentId the department of the last answer or the last department named, for follow-ups
 * (「その課の電話は？」); null when none
 * @param english the last message was written in English: the answer to an option tapped next is led by an English
 * line too. Boxed so that a record stored before this existed (no such property: null, which Jackson 3 will not put
 * into a primitive) reads as false; never null here
 */
public record ConversationState(List<String> offered, int misses, String lastFaqId, String lastDepartmentId,
		Boolean english) {

	public static final ConversationState NEW = new ConversationState(List.of(), 0, null, null, false);

	public ConversationState {
		offered = List.copyOf(offered);
		english = Boolean.TRUE.equals(english);
	}

	/** A state of a conversation in Japanese. */
	public ConversationState(List<String> offered, int misses, String lastFaqId, String lastDepartmentId) {
		this(offered, misses, lastFaqId, lastDepartmentId, false);
	}

	/** A state without a remembered department (the form before follow-ups used one). */
	public ConversationState(List<String> offered, int misses, String lastFaqId) {
		this(offered, misses, lastFaqId, null);
	}

	/** Whether the conversation remembers an entry answered or a department named, for a follow-up to lean on. */
	boolean remembersAnswer() {
		return lastFaqId != null || lastDepartmentId != null;
	}

	/** The same memory of the last answer, with these offers and this count of misses. */
	ConversationState next(List<String> offered, int misses) {
		return new ConversationState(offered, misses, lastFaqId, lastDepartmentId, english);
	}

	/** The same, remembering whether the last message was written in English. */
	ConversationState inEnglish(boolean written) {
		return written == english.booleanValue() ? this
				: new ConversationState(offered, misses, lastFaqId, lastDepartmentId, written);
	}
}
