package jp.chigasaki.kyodo.meetings;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.announcements.Notices;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/**
 * 事前打ち合わせ (試行): a coordinator proposes a meeting between a need's department and a group with date options;
 * both sides answer in LINE (buttons {@code mtg:ID:g|d:OPTION|D}); the status follows from both answers. Publishes
 * {@link MatchProposed} and {@link MeetingStatusChanged}.
 */
public class Meetings {

	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("M月d日 H:mm");
	static final String POSTBACK = "mtg:";
	private static final int MAX_OPTIONS = 3;

	private final MeetingStore store;
	private final Needs needs;
	private final Groups groups;
	private final Notices notices;
	private final MeetingsProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Meetings(MeetingStore store, Needs needs, Groups groups, Notices notices, MeetingsProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.needs = needs;
		this.groups = groups;
		this.notices = notices;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	public boolean enabled() {
		return properties.enabled();
	}

	/** Proposes a meeting and asks both sides in LINE (the department only when its need was posted in LINE). */
	public Meeting propose(long needId, long groupId, List<LocalDateTime> options, String coordinator) {
		checkOptions(options);
		Need need = needs.get(needId);
		Group group = groups.get(groupId);
		Instant now = clock.instant();
		long id = store.create(needId, groupId, options, coordinator, now);
		events.publishEvent(new MatchProposed(now, id, needId, groupId));
		events.publishEvent(new MeetingStatusChanged(now, id, Meeting.Status.PROPOSED));
		Meeting meeting = get(id);
		askBoth(meeting, need, group);
		return meeting;
	}

	private void askBoth(Meeting meeting, Need need, Group group) {
		ask(meeting, group.memberIds(), "g", "「" + need.draft().title() + "」（" + need.draft().department()
				+ "）について、事前打ち合わせのご提案です。市民自治推進課が間に入ります。");
		if (need.posterId() != null) {
			ask(meeting, Set.of(need.posterId()),
					"d", "「" + need.draft().title() + "」に関心のある団体「" + group.name() + "」との事前打ち合わせのご提案です。");
		}
	}

	/**
	 * One side's answer (from LINE, or entered by a coordinator).
	 *
	 * @param option the accepted option's index, or -1 to decline
	 */
	public Meeting answer(long id, Meeting.Side side, int option) {
		Meeting meeting = get(id);
		if (option < -1 || option >= meeting.options().size()) {
			throw new IllegalArgumentException("その候補はありません。");
		}
		String result = store.answer(id, side, option < 0 ? "D" : Integer.toString(option), clock.instant());
		if (result == null) {
			throw notFound(id);
		}
		if (result.startsWith("STATE:")) {
			throw new IllegalStateException("この打ち合わせはすでに「"
					+ Meeting.Status.valueOf(result.substring(6)).label() + "」です。");
		}
		String[] change = result.split(">");
		if (!change[0].equals(change[1])) {
			events.publishEvent(new MeetingStatusChanged(clock.instant(), id, Meeting.Status.valueOf(change[1])));
		}
		return get(id);
	}

	/**
	 * Answers a button tap in LINE: {@code mtg:ID:g|d:OPTION|D}. Only a member of the group (side g) or the need's
	 * poster (side d) may answer.
	 *
	 * @return the text to reply, empty when the data is not a meeting answer
	 */
	public Optional<String> answerFromLine(String userId, String data) {
		if (data == null || !data.startsWith(POSTBACK)) {
			return Optional.empty();
		}
		String[] parts = data.substring(POSTBACK.length()).split(":");
		if (parts.length != 3) {
			return Optional.empty();
		}
		try {
			Meeting meeting = get(Long.parseLong(parts[0]));
			Meeting.Side side = "g".equals(parts[1]) ? Meeting.Side.GROUP : Meeting.Side.DEPARTMENT;
			if (!mayAnswer(meeting, side, userId)) {
				return Optional.of("この打ち合わせにお答えできるのは当事者の方のみです。");
			}
			Meeting after = answer(meeting.id(), side, "D".equals(parts[2]) ? -1 : Integer.parseInt(parts[2]));
			return Optional.of(reply(after));
		}
		catch (NoSuchElementException | IllegalArgumentException | IllegalStateException ex) {
			return Optional.of(ex.getMessage() == null ? "お答えを受け付けられませんでした。" : ex.getMessage());
		}
	}

	/** A coordinator's change: a new status and/or note, or new date options (both sides are asked again). */
	public Meeting change(long id, Meeting.Status status, String note, List<LocalDateTime> options) {
		if (options != null) {
			checkOptions(options);
		}
		Instant now = clock.instant();
		Meeting.Status target = options != null && status == null ? Meeting.Status.PROPOSED : status;
		Meeting.Status before = store.change(id, target, note, options, now).orElseThrow(() -> notFound(id));
		if (target != null && target != before) {
			events.publishEvent(new MeetingStatusChanged(now, id, target));
		}
		Meeting meeting = get(id);
		if (options != null) {
			// New dates: both sides answer again, with new buttons (the notice key carries the change time).
			askBoth(meeting, needs.get(meeting.needId()), groups.get(meeting.groupId()));
		}
		return meeting;
	}

	public Meeting get(long id) {
		return store.find(id).orElseThrow(() -> notFound(id));
	}

	public List<Meeting> all() {
		return store.all();
	}

	/** A group's own meetings (groups see only their own). */
	public List<Meeting> ofGroup(long groupId) {
		return all().stream().filter(meeting -> meeting.groupId() == groupId).toList();
	}

	private boolean mayAnswer(Meeting meeting, Meeting.Side side, String userId) {
		if (side == Meeting.Side.GROUP) {
			return groups.find(meeting.groupId()).map(group -> group.memberIds().contains(userId)).orElse(false);
		}
		return needs.find(meeting.needId()).map(need -> userId.equals(need.posterId())).orElse(false);
	}

	private void ask(Meeting meeting, Set<String> to, String side, String intro) {
		List<Notices.Button> buttons = new ArrayList<>();
		StringBuilder text = new StringBuilder(intro).append("\nご都合のよい日時をお選びください。");
		for (int i = 0; i < meeting.options().size(); i++) {
			String shown = SHOWN.format(meeting.options().get(i));
			text.append("\n・").append(shown);
			buttons.add(new Notices.Button(shown, POSTBACK + meeting.id() + ":" + side + ":" + i));
		}
		buttons.add(new Notices.Button("今回は見送る", POSTBACK + meeting.id() + ":" + side + ":D"));
		notices.push(to, "meeting:" + meeting.id() + ":" + meeting.updatedAt().toEpochMilli(), text.toString(),
				buttons);
	}

	private static void checkOptions(List<LocalDateTime> options) {
		if (options == null || options.isEmpty() || options.size() > MAX_OPTIONS) {
			throw new IllegalArgumentException("候補日時を1〜" + MAX_OPTIONS + "件指定してください。");
		}
	}

	static String reply(Meeting meeting) {
		return switch (meeting.status()) {
			case CONFIRMED -> "打ち合わせは " + SHOWN.format(meeting.options().get(meeting.chosen()))
					+ " で確定しました。詳細は市民自治推進課からご連絡します。";
			case DECLINED -> "今回の打ち合わせは見送りとなりました。ご回答ありがとうございました。";
			default -> "ご回答ありがとうございます。相手の方のお返事を待っています（日程調整中）。";
		};
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("打ち合わせ " + id + " は見つかりません。");
	}
}
