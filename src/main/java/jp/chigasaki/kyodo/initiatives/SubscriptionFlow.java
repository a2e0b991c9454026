package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;

/**
 * 周知 subscriptions in LINE (試行): 「お知らせ設定」 shows the fields one receives news of, one button per field to
 * switch it on or off, and 「すべて停止」. Every tap is one turn; SADD and SREM make a repeated tap harmless.
 */
final class SubscriptionFlow implements Flow {

	static final String PREFIX = "ann:";

	private final Announcements announcements;

	SubscriptionFlow(Announcements announcements) {
		this.announcements = announcements;
	}

	@Override
	public String name() {
		return "notices";
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public boolean enabled() {
		return announcements.enabled();
	}

	@Override
	public boolean starts(Turn turn) {
		return !turn.groupChat() && (turn.said("お知らせ設定", "お知らせ") || turn.tapped(PREFIX));
	}

	@Override
	public Step step(Turn turn, String state) {
		String action = turn.answer(PREFIX);
		String done = null;
		if (action.equals("stop")) {
			announcements.unsubscribeAll(turn.userId());
			done = "すべてのお知らせを停止しました。";
		}
		else if (action.startsWith("on:") || action.startsWith("off:")) {
			Field field = Field.parse(action.substring(action.indexOf(':') + 1)).orElse(null);
			if (field != null && action.startsWith("on:")) {
				announcements.subscribe(turn.userId(), field);
				done = "「" + field.label() + "」のお知らせを受け取ります。";
			}
			else if (field != null) {
				announcements.unsubscribe(turn.userId(), field);
				done = "「" + field.label() + "」のお知らせを停止しました。";
			}
		}
		return show(turn.userId(), done);
	}

	private Step show(String userId, String done) {
		Set<Field> mine = announcements.subscriptions(userId);
		String current = mine.isEmpty() ? "現在、受け取っているお知らせはありません。"
				: "受け取り中: " + mine.stream().map(Field::label).collect(Collectors.joining("、"));
		List<QuickReply> buttons = new ArrayList<>();
		for (Field field : Field.values()) {
			boolean on = mine.contains(field);
			buttons.add(QuickReply.postback((on ? "✓" : "") + field.label(),
					PREFIX + (on ? "off:" : "on:") + field.name()));
		}
		buttons.add(QuickReply.postback("すべて停止", PREFIX + "stop"));
		String intro = "【お知らせ設定（試行）】選んだ分野の協働の種・イベント・協働の事例をLINEでお知らせします。ボタンで受け取る／止めるを切り替えられます（✓は受け取り中）。";
		return Step.done(done == null ? List.of(intro + "\n" + current) : List.of(done + "\n" + current), buttons);
	}
}
