package jp.chigasaki.kyodo.conversation;

import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.Turn;
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
		TurnCompleted.Feedback feedback = feedback(in);
		// 役に立たなかった refers to the question answered before it: the record still holds it among its recent
		// turns (with the record's lifetime), so nobody needs to keep a copy of every answered question for it.
		String question = feedback == TurnCompleted.Feedback.NOT_HELPFUL ? lastQuestion(turn) : in.text();
		return Optional.of(new TurnCompleted(turn.now(), turn.conversationKey(), in.audience(), in.groupChat(),
				silent ? null : reply.decision(), reply.intent(), reply.faqId(), reply.departmentId(),
				reply.confidence(), silent ? null : band(reply), feedback, question));
	}

	/** The member's last message in the record before this turn; null when there is none. */
	private static String lastQuestion(Exchange turn) {
		List<Turn> recent = turn.record().recent();
		for (int i = recent.size() - 1; i >= 0; i--) {
			if (recent.get(i).speaker() == Turn.Speaker.USER) {
				return recent.get(i).text();
			}
		}
		return null;
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
