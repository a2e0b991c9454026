package jp.chigasaki.kyodo.conversation;

import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.matching.Band;

/** Builds the {@link TurnCompleted} of a user's turn (text or button) once its record is saved. */
final class TurnCompletion {

	private TurnCompletion() {
	}

	static Optional<TurnCompleted> of(Exchange turn, Exchange.Outcome outcome) {
		Inbound in = turn.in();
		if (in.kind() != Inbound.Kind.TEXT && in.kind() != Inbound.Kind.POSTBACK) {
			return Optional.empty();
		}
		Reply reply = outcome.reply();
		boolean silent = reply.silent();
		return Optional.of(new TurnCompleted(turn.now(), turn.conversationKey(), in.audience(), in.groupChat(),
				silent ? null : reply.decision(), reply.intent(), reply.faqId(), reply.departmentId(),
				reply.confidence(), silent ? null : band(reply), feedback(in), in.text()));
	}

	/** The band as the decision shows it: matching ran for answers, clarifications and misses. */
	private static Band band(Reply reply) {
		return switch (reply.decision()) {
			case ANSWER -> Band.ANSWER;
			case CLARIFY -> Band.CLARIFY;
			case FALLBACK -> Band.LOW;
			case ESCALATE, GREETING, MENU -> null;
		};
	}

	/** The dialogue's feedback buttons carry {@code dlg:feedback=up|down}. */
	private static TurnCompleted.Feedback feedback(Inbound in) {
		if (in.kind() != Inbound.Kind.POSTBACK || in.data() == null) {
			return null;
		}
		if (in.data().startsWith("dlg:feedback=up")) {
			return TurnCompleted.Feedback.HELPFUL;
		}
		return in.data().startsWith("dlg:feedback=down") ? TurnCompleted.Feedback.NOT_HELPFUL : null;
	}
}
