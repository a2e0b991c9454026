package jp.chigasaki.kyodo.conversation;

import java.util.List;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.dialogue.ReplyMessage;

/**
 * The last answer of a conversation, kept in its record with the event it answered, so an event that runs again
 * after a crash (its record saved, its answer perhaps not sent) can send the same answer with the same reply token:
 * LINE refuses a token used before, so the answer arrives once either way.
 *
 * @param parts each a text or a department card
 */
record Answer(String event, Decision decision, List<Part> parts, List<QuickReply> quickReplies) {

	/** One message: exactly one of {@code text} and {@code card}. */
	record Part(String text, ReplyMessage.DepartmentCard card) {
	}

	static Answer of(String event, Reply reply) {
		List<Part> parts = reply.messages()
			.stream()
			.map(message -> message instanceof ReplyMessage.DepartmentCard card ? new Part(null, card)
					: new Part(message.plainText(), null))
			.toList();
		return new Answer(event, reply.decision(), parts, reply.quickReplies());
	}

	Reply reply() {
		List<ReplyMessage> messages = parts.stream()
			.<ReplyMessage>map(part -> part.card() != null ? part.card() : new ReplyMessage.Text(part.text()))
			.toList();
		return new Reply(decision, null, null, null, 0, messages, quickReplies, List.of(), ConversationState.NEW);
	}

	@Override
	public String toString() {
		return "Answer[" + event + "]";
	}
}
