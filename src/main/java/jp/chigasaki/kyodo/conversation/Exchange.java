package jp.chigasaki.kyodo.conversation;

import java.time.Instant;

/**
 * One event being applied to a conversation: what came in, the record as loaded, and the time of the turn.
 *
 * @param thinking called before the dialogue's CPU work (the transport shows a "typing" indicator), never when the
 *        bot stays silent
 */
record Exchange(Inbound in, ConversationRecord record, Instant now, Runnable thinking, String conversationKey) {

	Exchange with(ConversationRecord next) {
		return new Exchange(in, next, now, thinking, conversationKey);
	}

	/** What the turn leads to: the record to save and the reply to send. */
	record Outcome(ConversationRecord record, jp.chigasaki.kyodo.dialogue.Reply reply) {
	}
}
