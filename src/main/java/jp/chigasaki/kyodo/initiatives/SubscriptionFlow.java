package jp.chigasaki.kyodo.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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

	/**
	 * A request about the notices themselves, in a short message: to stop, resume or change them, or to receive some
	 * only (「お知らせ止めて」「お知らせ再開したい」「通知多すぎ。イベントのお知らせだけにできる？」「分野別のお知らせ、福祉と環境
	 * だけ受け取れますか」). Asked as questions, these were the centre's newsletter or a greeting; the settings are the answer.
	 */
	private static final Pattern ABOUT_NOTICES = Pattern.compile("(?:お知らせ|おしらせ|通知|配信)[^。？?！!]{0,12}?"
			+ "(?:設定|停止|止め|止まら|とめ|やめ|解除|再開|受け取|うけと|受信|変更|切り替|オフ|オン|いらない|要らない|不要|多すぎ|だけ)"
			+ "|(?:止めたい|停止したい|やめたい|解除したい)[^。？?！!]{0,6}?(?:お知らせ|通知|配信)");

	/** The longest message read as a request about the notices. */
	private static final int NOTICE_REQUEST_LONGEST = 60;

	@Override
	public boolean starts(Turn turn) {
		return !turn.groupChat() && (turn.said("お知らせ設定", "お知らせ") || turn.tapped(PREFIX)
				|| turn.text() != null && turn.text().strip().length() <= NOTICE_REQUEST_LONGEST
						&& ABOUT_NOTICES.matcher(turn.text()).find());
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
