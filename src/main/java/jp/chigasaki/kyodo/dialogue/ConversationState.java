package jp.chigasaki.kyodo.dialogue;

import java.util.List;

/**
 * What the dialogue remembers between two messages of one conversation (kept in Redis with a TTL by the LINE layer).
 *
 * @param offered candidate ids offered in the last clarify, empty otherwise
 * @param misses consecutive messages the bot could not answer
 * @param lastFaqId the last entry answered, for follow-ups and feedback; null when none
 */
public record ConversationState(List<String> offered, int misses, String lastFaqId) {

	public static final ConversationState NEW = new ConversationState(List.of(), 0, null);

	public ConversationState {
		offered = List.copyOf(offered);
	}
}
