package jp.chigasaki.kyodo.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.dialogue.ConversationState;
import jp.chigasaki.kyodo.dialogue.Dialogue;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Handovers;
import jp.chigasaki.kyodo.escalation.Turn;
import jp.chigasaki.kyodo.escalation.Turn.Speaker;

/**
 * The intake: its questions one per turn, every answer and question into the recent turns, and at the end a ticket
 * (opened once per event) whose transcript takes those turns. Asking for a person during the intake (the dialogue
 * recognises it as such) skips the remaining questions.
 */
final class IntakeMode {

	private final Intake intake;
	private final Handovers handovers;
	private final Dialogue dialogue;
	private final ConversationProperties properties;

	IntakeMode(Intake intake, Handovers handovers, Dialogue dialogue, ConversationProperties properties) {
		this.intake = intake;
		this.handovers = handovers;
		this.dialogue = dialogue;
		this.properties = properties;
	}

	Exchange.Outcome start(Exchange turn, EscalationTrigger trigger) {
		Reply question = intake.question("topic");
		ConversationRecord next = turn.record()
			.intake(intake.start(trigger.name()), turn.now())
			.withTurns(List.of(bot(turn, question)), properties.recentTurnsKept());
		return new Exchange.Outcome(next, question);
	}

	Exchange.Outcome text(Exchange turn) {
		String text = turn.in().text();
		Intake.Answer answer = asksForPerson(turn, text)
				? new Intake.Answer(skipped(turn.record().intake()), java.util.Optional.of(text))
				: intake.typed(turn.record().intake(), text);
		return after(turn, answer);
	}

	Exchange.Outcome postback(Exchange turn) {
		String data = turn.in().data();
		Map<String, String> state = turn.record().intake();
		if (!data.startsWith(Intake.PREFIX)) {
			return new Exchange.Outcome(turn.record(), intake.again(state.get("step")));
		}
		Intake.Answer answer = intake.tapped(state, data);
		if (answer.said().isEmpty()) {
			return new Exchange.Outcome(turn.record(), intake.again(state.get("step")));
		}
		return after(turn, answer);
	}

	private Exchange.Outcome after(Exchange turn, Intake.Answer answer) {
		List<Turn> said = new ArrayList<>();
		answer.said()
			.ifPresent(text -> said.add(new Turn(turn.now(), Speaker.USER, text,
					turn.in().kind() == Inbound.Kind.TEXT ? turn.in().messageId() : null)));
		if (!Intake.done(answer.next())) {
			Reply question = intake.question(answer.next().get("step"));
			said.add(bot(turn, question));
			ConversationRecord next = turn.record()
				.intake(answer.next(), turn.now())
				.withTurns(said, properties.recentTurnsKept());
			return new Exchange.Outcome(next, question);
		}
		return open(turn, answer.next(), turn.record().withTurns(said, Integer.MAX_VALUE).recent());
	}

	private Exchange.Outcome open(Exchange turn, Map<String, String> answers, List<Turn> transcript) {
		Handovers.Opened opened = handovers.open(new Handovers.Request(turn.in().chat(),
				EscalationTrigger.valueOf(answers.get("trigger")), answers.getOrDefault("topicKey", "other"),
				answers.get("topicNote"), answers.get("groupName"), answers.get("kind"), transcript,
				turn.in().eventKey()));
		return new Exchange.Outcome(turn.record().human(opened.ticketId(), turn.now()),
				Replies.of(jp.chigasaki.kyodo.dialogue.Decision.ESCALATE, opened.acknowledgement(), List.of()));
	}

	/** 「担当者と話したい」 typed during the intake: the dialogue's own reading of the text decides. */
	private boolean asksForPerson(Exchange turn, String text) {
		Reply reading = dialogue.answer(text, turn.in().audience(), ConversationState.NEW);
		return reading.handoff() == Reply.Handoff.ASKED_FOR_HUMAN;
	}

	private static Map<String, String> skipped(Map<String, String> state) {
		Map<String, String> next = new java.util.HashMap<>(state);
		next.put("step", Intake.DONE);
		return next;
	}

	private static Turn bot(Exchange turn, Reply reply) {
		return new Turn(turn.now(), Speaker.BOT, reply.text());
	}
}
