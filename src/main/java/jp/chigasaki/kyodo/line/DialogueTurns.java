package jp.chigasaki.kyodo.line;

import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatRef;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.HumanHandoff;

/**
 * One bot-mode exchange: the conversation's state goes into the dialogue, its next state is kept, and an
 * {@link Decision#ESCALATE escalate} decision is handed to the coordinators, whose reply the user gets instead. The
 * trigger is the dialogue's {@link Reply#handoff()} (same names as {@link EscalationTrigger}); when the dialogue gives
 * none, the caller's fallback decides.
 */
@Component
class DialogueTurns {

	private final DialogueStateStore conversations;
	private final HumanHandoff handoff;
	private final Semaphore cpu;

	DialogueTurns(DialogueStateStore conversations, HumanHandoff handoff, LineProperties properties) {
		this.conversations = conversations;
		this.handoff = handoff;
		this.cpu = new Semaphore(properties.workers().dialogueConcurrency(), true);
	}

	Reply take(ChatRef chat, Function<ConversationState, Reply> dialogue, Function<Reply, EscalationTrigger> fallback) {
		ConversationState state = conversations.load(chat);
		Reply reply = think(() -> dialogue.apply(state));
		conversations.save(chat, reply.next());
		if (reply.decision() != Decision.ESCALATE) {
			return reply;
		}
		EscalationTrigger trigger = reply.handoff() == null ? fallback.apply(reply)
				: EscalationTrigger.valueOf(reply.handoff().name());
		return handoff.escalate(chat, trigger);
	}

	/**
	 * Matching is the one CPU-heavy step; the workers otherwise wait on Redis and LINE. Bounding it leaves CPU for the
	 * callback's acknowledgements under load, while the waiting parts still overlap.
	 */
	private Reply think(Supplier<Reply> work) {
		cpu.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			cpu.release();
		}
	}
}
