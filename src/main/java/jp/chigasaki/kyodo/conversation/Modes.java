package jp.chigasaki.kyodo.conversation;

import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.Reply;

/** Hands a turn to the mode that has the conversation; the events without a user turn are answered here. */
final class Modes {

	private final BotMode bot;
	private final IntakeMode intake;
	private final HumanMode human;
	private final FlowMode flows;
	private final ConversationProperties properties;

	Modes(BotMode bot, IntakeMode intake, HumanMode human, FlowMode flows, ConversationProperties properties) {
		this.bot = bot;
		this.intake = intake;
		this.human = human;
		this.flows = flows;
		this.properties = properties;
	}

	Exchange.Outcome take(Exchange turn) {
		ConversationRecord record = turn.record();
		return switch (turn.in().kind()) {
			case TEXT, POSTBACK -> converse(turn);
			case FOLLOW -> new Exchange.Outcome(record, bot.welcome(turn));
			case JOIN -> new Exchange.Outcome(record, bot.joined(turn));
			case OTHER_MESSAGE -> new Exchange.Outcome(record, bot.nonText(turn));
			case UNSEND -> unsend(turn);
			case LEAVE -> new Exchange.Outcome(ConversationRecord.NEW, Replies.SILENT);
		};
	}

	private Exchange.Outcome converse(Exchange turn) {
		boolean text = turn.in().kind() == Inbound.Kind.TEXT;
		ConversationRecord record = turn.record();
		switch (record.mode()) {
			case HUMAN -> {
				return text ? human.text(turn) : human.postback(turn);
			}
			case INTAKE -> {
				if (!record.idleFor(properties.intakeTimeout(), turn.now())) {
					return text ? intake.text(turn) : intake.postback(turn);
				}
				turn = turn.with(record.backToBot(turn.now()));
			}
			case FLOW -> {
				Optional<Exchange.Outcome> step = flows.running(turn);
				if (step.isPresent()) {
					return step.get();
				}
				turn = turn.with(record.backToBot(turn.now()));
			}
			case BOT -> {
			}
		}
		return botTurn(turn, text);
	}

	private Exchange.Outcome botTurn(Exchange turn, boolean text) {
		Optional<GuidedFlow> starting = flows.starting(turn);
		if (starting.isPresent()) {
			return flows.start(turn, starting.get());
		}
		if (text) {
			return bot.text(turn);
		}
		if (flows.ownsPostback(turn.in().data())) {
			return new Exchange.Outcome(turn.record(), FlowMode.stale());
		}
		return bot.postback(turn);
	}

	private Exchange.Outcome unsend(Exchange turn) {
		String messageId = turn.in().messageId();
		human.unsent(turn.record(), messageId);
		Reply nothing = Replies.SILENT;
		return new Exchange.Outcome(turn.record().withoutTurns(t -> messageId.equals(t.messageId())), nothing);
	}
}
