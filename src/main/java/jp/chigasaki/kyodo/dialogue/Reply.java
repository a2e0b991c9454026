package jp.chigasaki.kyodo.dialogue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What the bot sends back, and why. {@code intent}, {@code faqId} and {@code departmentId} are null when they do not
 * apply. An empty {@code messages} list means: send nothing.
 *
 * @param next the conversation state to keep for the next message
 */
public record Reply(Decision decision, String intent, String faqId, String departmentId, double confidence,
		List<ReplyMessage> messages, List<QuickReply> quickReplies, List<Candidate> candidates,
		ConversationState next) {

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

	/** The full text the user would see, messages joined by a newline (the {@code ask} contract's {@code text}). */
	public String text() {
		return messages.stream().map(ReplyMessage::plainText).collect(Collectors.joining("\n"));
	}

	public boolean silent() {
		return messages.isEmpty();
	}
}
