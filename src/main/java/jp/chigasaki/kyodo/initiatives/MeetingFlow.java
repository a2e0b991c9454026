package jp.chigasaki.kyodo.initiatives;

import java.util.List;

import jp.chigasaki.kyodo.meetings.Meetings;

/**
 * The answer buttons under a 事前打ち合わせ proposal ({@code mtg:ID:g|d:OPTION|D}): one turn, answered by
 * {@link Meetings#answerFromLine}, which checks that the one who taps is a side of the meeting. A repeated tap after
 * the meeting is settled is answered with its status and changes nothing.
 */
final class MeetingFlow implements Flow {

	private final Meetings meetings;

	MeetingFlow(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public String name() {
		return "meeting";
	}

	@Override
	public String prefix() {
		return "mtg:";
	}

	@Override
	public boolean enabled() {
		return meetings.enabled();
	}

	@Override
	public boolean starts(Turn turn) {
		return turn.tapped(prefix());
	}

	@Override
	public Step step(Turn turn, String state) {
		return Step.done(meetings.answerFromLine(turn.userId(), turn.data()).orElse("このボタンは使えません。"), List.of());
	}
}
