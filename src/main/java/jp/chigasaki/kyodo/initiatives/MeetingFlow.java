package jp.chigasaki.kyodo.initiatives;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meeting;
import jp.chigasaki.kyodo.meetings.Meetings;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/**
 * The answer buttons under a 事前打ち合わせ proposal ({@code mtg:ID:g|d:OPTION|D}): one turn, answered by
 * {@link Meetings#answerFromLine}, which checks that the one who taps is a side of the meeting. A repeated tap after
 * the meeting is settled is answered with its status and changes nothing. 「打ち合わせの確認」 lists one's own.
 */
final class MeetingFlow implements Flow {

	private final Meetings meetings;
	private final Groups groups;
	private final Needs needs;

	MeetingFlow(Meetings meetings, Groups groups, Needs needs) {
		this.meetings = meetings;
		this.groups = groups;
		this.needs = needs;
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
		return turn.tapped(prefix()) || turn.said("打ち合わせの確認");
	}

	@Override
	public Step step(Turn turn, String state) {
		if (turn.data() == null) {
			return Step.done(mine(turn), List.of());
		}
		return Step.done(meetings.answerFromLine(turn.userId(), turn.data()).orElse("このボタンは使えません。"), List.of());
	}

	/** A group's members see their group's meetings; a staff member those of the needs they posted; no one else's. */
	private String mine(Turn turn) {
		Set<Long> ownNeeds = needs.postedBy(turn.userId()).stream().map(Need::id).collect(Collectors.toSet());
		Long groupId = groups.of(turn.userId()).map(Group::id).orElse(null);
		List<Meeting> mine = meetings.all()
			.stream()
			.filter(m -> Long.valueOf(m.groupId()).equals(groupId) || ownNeeds.contains(m.needId()))
			.toList();
		if (mine.isEmpty()) {
			return "現在、事前打ち合わせはありません。";
		}
		StringBuilder text = new StringBuilder("【事前打ち合わせ】");
		for (Meeting meeting : mine) {
			String title = needs.find(meeting.needId()).map(n -> n.draft().title()).orElse("協働の種");
			text.append("\n#").append(meeting.id()).append(" ").append(title).append("：").append(meeting.status().label());
		}
		return text.toString();
	}
}
