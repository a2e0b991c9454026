package jp.chigasaki.kyodo.dialogue;

import java.util.List;

import jp.chigasaki.kyodo.knowledge.Audience;

/** Small readers of replies for the tests. */
final class Replies {

	private Replies() {
	}

	static DialoguePolicy policy(ScriptedClassifier classifier) {
		return new DialoguePolicy(TestKnowledge::base, classifier, DialogueProperties.defaults());
	}

	static Reply ask(DialoguePolicy policy, String question) {
		return policy.answer(question, Audience.MEMBER, ConversationState.NEW);
	}

	static List<String> labels(Reply reply) {
		return reply.quickReplies().stream().map(QuickReply::label).toList();
	}

	static List<String> postbacks(Reply reply) {
		return reply.quickReplies().stream().map(QuickReply::postbackData).toList();
	}

	static List<String> cardIds(Reply reply) {
		return reply.messages()
			.stream()
			.filter(ReplyMessage.DepartmentCard.class::isInstance)
			.map(m -> ((ReplyMessage.DepartmentCard) m).departmentId())
			.toList();
	}
}
