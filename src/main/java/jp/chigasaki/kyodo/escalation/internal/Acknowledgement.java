package jp.chigasaki.kyodo.escalation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What the user is told when a ticket is created: its number and when to expect an answer, in office hours. */
public final class Acknowledgement {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日(E) H:mm", Locale.JAPANESE);

	private final BusinessHours hours;

	public Acknowledgement(BusinessHours hours) {
		this.hours = hours;
	}

	public String format(Instant at) {
		return WHEN.format(at.atZone(hours.zone()));
	}

	public String text(long ticketId, Instant now, Instant due) {
		StringBuilder text = new StringBuilder();
		text.append("担当者におつなぎしました。受付番号は #").append(ticketId).append(" です。\n");
		text.append("回答の目安: ").append(format(due)).append(" ごろまで\n");
		text.append("（受付時間は平日 ").append(time(hours.opens())).append("〜").append(time(hours.closes()));
		text.append("。土日・祝日・年末年始 12/29〜1/3 はお休みです）\n");
		if (!hours.isOpen(now)) {
			text.append("ただいま受付時間外です。担当者は ").append(format(hours.nextOpening(now)))
				.append(" 以降に確認します。\n");
		}
		text.append("担当者が対応する間、自動応答はお休みします。このトークに送ったメッセージは担当者に届きます。");
		return text.toString();
	}

	private static String time(java.time.LocalTime time) {
		return time.getHour() + ":" + String.format("%02d", time.getMinute());
	}
}
