package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;

/**
 * 分野別発表会・交流会 in LINE (試行): 「イベント」 lists the upcoming events with buttons to apply to attend or to
 * present (with one's group), 「申込の確認」 lists one's applications with buttons to cancel. Every step is one turn.
 */
final class EventFlow implements Flow {

	static final String PREFIX = "evt:";
	private static final int SHOWN = 5;

	private final Events events;
	private final Groups groups;

	EventFlow(Events events, Groups groups) {
		this.events = events;
		this.groups = groups;
	}

	@Override
	public String name() {
		return "event";
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public boolean enabled() {
		return events.enabled();
	}

	@Override
	public boolean starts(Turn turn) {
		return turn.said("イベント", "発表会", "交流会", "申込の確認") || turn.tapped(PREFIX);
	}

	@Override
	public Step step(Turn turn, String state) {
		String action = turn.answer(PREFIX);
		if (turn.said("申込の確認") || action.equals("mine")) {
			return mine(turn);
		}
		String[] parts = action.split(":");
		if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
			long id = Long.parseLong(parts[1]);
			return switch (parts[0]) {
				case "apply" -> apply(turn, id, Event.Role.ATTEND);
				case "present" -> apply(turn, id, Event.Role.PRESENT);
				case "cancel" -> Step.done(events.cancel(id, turn.userId()) ? "お申し込みを取り消しました。"
						: "取り消すお申し込みはありませんでした。", List.of());
				default -> list();
			};
		}
		return list();
	}

	private Step list() {
		List<Event> upcoming = events.upcoming().stream().limit(SHOWN).toList();
		if (upcoming.isEmpty()) {
			return Step.done("現在ご案内できるイベントはありません。新しいイベントのお知らせを受け取るには「お知らせ設定」と送ってください。", List.of());
		}
		List<String> texts = new ArrayList<>();
		List<QuickReply> buttons = new ArrayList<>();
		StringBuilder text = new StringBuilder("【分野別発表会・交流会（試行）】");
		for (Event event : upcoming) {
			long left = event.capacity() - events.taken(event.id());
			text.append("\n\n#").append(event.id()).append(" ").append(event.title()).append("\n")
				.append(event.when()).append("\n場所: ").append(event.place()).append("\n残り ")
				.append(Math.max(0, left)).append("名");
			if (!event.departments().isEmpty()) {
				text.append("\n説明担当課: ").append(String.join("、", event.departments()));
			}
			buttons.add(QuickReply.postback("参加申込 #" + event.id(), PREFIX + "apply:" + event.id()));
			if (event.presentations()) {
				buttons.add(QuickReply.postback("発表申込 #" + event.id(), PREFIX + "present:" + event.id()));
			}
		}
		texts.add(text.toString());
		buttons.add(QuickReply.postback("申込の確認", PREFIX + "mine"));
		return Step.done(texts, buttons);
	}

	private Step apply(Turn turn, long id, Event.Role role) {
		Optional<Group> group = groups.enabled() ? groups.of(turn.userId()) : Optional.empty();
		if (role == Event.Role.PRESENT && group.isEmpty()) {
			return Step.done("発表のお申し込みには団体登録が必要です。「団体登録」と送って登録してください。",
					List.of(QuickReply.message("団体登録", "団体登録")));
		}
		Events.Outcome outcome = events.apply(id, turn.userId(), role, group.map(Group::id).orElse(null));
		String title = events.find(id).map(Event::title).orElse("イベント");
		return Step.done(switch (outcome) {
			case APPLIED -> "「" + title + "」に" + role.label() + "のお申し込みを受け付けました。前日にLINEでご案内します。取り消すときは「申込の確認」と送ってください。";
			case ALREADY -> "「" + title + "」にはすでにお申し込みいただいています。";
			case FULL -> "申し訳ありません。「" + title + "」は定員に達しました。";
			case NO_PRESENTATIONS -> "「" + title + "」では発表のお申し込みを受け付けていません。";
			case CLOSED, NOT_FOUND -> "このイベントは現在お申し込みを受け付けていません。";
		}, List.of());
	}

	private Step mine(Turn turn) {
		List<Event> applied = events.appliedBy(turn.userId());
		if (applied.isEmpty()) {
			return Step.done("現在お申し込み中のイベントはありません。", List.of(QuickReply.message("イベント", "イベント")));
		}
		StringBuilder text = new StringBuilder("【お申し込み中のイベント】");
		List<QuickReply> buttons = new ArrayList<>();
		for (Event event : applied) {
			text.append("\n#").append(event.id()).append(" ").append(event.title()).append("（")
				.append(event.when()).append("）");
			buttons.add(QuickReply.postback("取消 #" + event.id(), PREFIX + "cancel:" + event.id()));
		}
		return Step.done(text.toString(), buttons);
	}
}
