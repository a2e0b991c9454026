package jp.chigasaki.kyodo.line;

import java.util.function.Function;

import org.springframework.stereotype.Component;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.HumanHandoff;

/**
 * One bot-mode exchange: the conversation's state goes into the dialogue, its next state is kept, and an
 * {@link Decision#ESCALATE escalate} decision is handed to the coordinators, whose reply the user gets instead.
 */
@Component
class DialogueTurns {

	private final DialogueStateStore conversations;
	private final HumanHandoff handoff;

	DialogueTurns(DialogueStateStore conversations, HumanHandoff handoff) {
		this.conversations = conversations;
		this.handoff = handoff;
	}

	Reply take(ChatRef chat, Function<ConversationState, Reply> dialogue, Function<Reply, EscalationTrigger> why) {
		Reply reply = dialogue.apply(conversations.load(chat));
		conversations.save(chat, reply.next());
		return reply.decision() == Decision.ESCALATE ? handoff.escalate(chat, why.apply(reply)) : reply;
	}
}
