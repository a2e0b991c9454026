package jp.chigasaki.kyodo.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.escalation.Turn.Speaker;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bot has the conversation: the dialogue answers, its next state is kept, and a reply with a
 * {@link Reply#handoff()} starts the intake instead of being sent. Buttons of an intake that is over, and a
 * 「どれも違う」 under a clarify that is no longer the latest, are answered politely and start nothing.
 */
final class BotMode {

	private static final Logger log = LoggerFactory.getLogger(BotMode.class);

	static final String DIALOGUE_PREFIX = "dlg:";
	static final String NONE_OF_THESE = "dlg:none";

	private final Dialogue dialogue;
	private final IntakeMode intake;
	private final JsonMapper json;
	private final ConversationProperties properties;
	private final Semaphore cpu;

	BotMode(Dialogue dialogue, IntakeMode intake, JsonMapper json, ConversationProperties properties) {
		this.dialogue = dialogue;
		this.intake = intake;
		this.json = json;
		this.properties = properties;
		this.cpu = new Semaphore(properties.dialogueConcurrency(), true);
	}

	Exchange.Outcome text(Exchange turn) {
		turn.thinking().run();
		Reply reply = think(() -> dialogue.answer(turn.in().text(), turn.in().audience(), state(turn)));
		List<Turn> said = new ArrayList<>();
		said.add(new Turn(turn.now(), Speaker.USER, turn.in().text(),
				turn.in().messageId()));
		if (!reply.silent()) {
			said.add(new Turn(turn.now(), Speaker.BOT, reply.text()));
		}
		return after(turn, reply, said);
	}

	Exchange.Outcome postback(Exchange turn) {
		String data = turn.in().data();
		if (data.startsWith(Intake.PREFIX)) {
			return new Exchange.Outcome(turn.record(), Replies.text(
					"この受付の手続きはすでに終わっています。担当者へのご相談は「担当者に相談」と送ってください。"));
		}
		if (!data.startsWith(DIALOGUE_PREFIX)) {
			log.info("Postback with an unknown prefix ignored");
			return new Exchange.Outcome(turn.record(), Replies.SILENT);
		}
		ConversationState state = state(turn);
		if (data.equals(NONE_OF_THESE) && state.offered().isEmpty()) {
			return new Exchange.Outcome(turn.record(), Replies.text(
					"申し訳ありません。前のご案内のボタンは使えなくなりました。お手数ですが、もう一度ご質問を送ってください。"));
		}
		Reply reply = think(() -> dialogue.postback(data, turn.in().audience(), state));
		return after(turn, reply, List.of());
	}

	Reply welcome(Exchange turn) {
		return dialogue.welcome(turn.in().audience());
	}

	Reply joined(Exchange turn) {
		return dialogue.joined(turn.in().text() == null ? "" : turn.in().text());
	}

	Reply nonText(Exchange turn) {
		return dialogue.nonText(turn.in().audience());
	}

	private Exchange.Outcome after(Exchange turn, Reply reply, List<Turn> said) {
		ConversationRecord next = turn.record()
			.bot(json.valueToTree(reply.next()), turn.now())
			.withTurns(said, properties.recentTurnsKept());
		if (reply.handoff() == null) {
			return new Exchange.Outcome(next, reply);
		}
		return intake.start(turn.with(next), trigger(reply.handoff()));
	}

	/**
	 * The dialogue names why it hands over; the ticket keeps it as an {@link EscalationTrigger} (the dialogue may not
	 * depend on the escalation feature). Exhaustive, so a reason the dialogue adds fails the build here.
	 */
	static EscalationTrigger trigger(Reply.Handoff why) {
		return switch (why) {
			case LOW_CONFIDENCE -> EscalationTrigger.LOW_CONFIDENCE;
			case ASKED_FOR_HUMAN -> EscalationTrigger.ASKED_FOR_HUMAN;
			case NONE_MATCHED -> EscalationTrigger.NONE_MATCHED;
			case REPEATED_MISSES -> EscalationTrigger.REPEATED_MISSES;
		};
	}

	/** The dialogue's state; afresh after {@code dialogue-ttl} without a message. */
	ConversationState state(Exchange turn) {
		JsonNode stored = turn.record().dialogue();
		if (stored == null || turn.record().dialogueAt() == null
				|| turn.record().dialogueAt().plus(properties.dialogueTtl()).isBefore(turn.now())) {
			return ConversationState.NEW;
		}
		try {
			return json.treeToValue(stored, ConversationState.class);
		}
		catch (RuntimeException ex) {
			log.warn("Unreadable dialogue state ({}): starting afresh", ex.getClass().getSimpleName());
			return ConversationState.NEW;
		}
	}

	/**
	 * Matching is the one CPU-heavy step; the rest of a turn waits on Redis and LINE. Bounding it leaves CPU for the
	 * webhook's acknowledgements under load, while the waiting parts still overlap.
	 */
	Reply think(Supplier<Reply> work) {
		cpu.acquireUninterruptibly();
		try {
			return work.get();
		}
		finally {
			cpu.release();
		}
	}
}
