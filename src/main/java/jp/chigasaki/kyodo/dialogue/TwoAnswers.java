package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.List;

/** Replies made of other replies: two answers to a message that asked two questions. */
final class TwoAnswers {

	private TwoAnswers() {
	}

	/**
	 * Both answers, the first's department card dropped when LINE's five bubbles would not hold everything. The first
	 * answer's id, buttons and candidates describe the reply; the state remembers the second (the last one said).
	 */
	static Reply both(Reply first, Reply second) {
		List<ReplyMessage> messages = new ArrayList<>(first.messages());
		if (messages.size() + second.messages().size() > Reply.MAX_MESSAGES) {
			messages.removeIf(ReplyMessage.DepartmentCard.class::isInstance);
		}
		messages.addAll(second.messages());
		return new Reply(Decision.ANSWER, first.intent(), first.faqId(), first.departmentId(),
				Math.min(first.confidence(), second.confidence()),
				messages.subList(0, Math.min(Reply.MAX_MESSAGES, messages.size())), first.quickReplies(),
				first.candidates(), second.next());
	}
}
