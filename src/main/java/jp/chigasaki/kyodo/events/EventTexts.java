package jp.chigasaki.kyodo.events;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an event's time is written for people (LINE, pages). */
final class EventTexts {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日（E）H:mm", Locale.JAPANESE);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private EventTexts() {
	}

	static String when(Event event) {
		return DAY.format(event.startsAt()) + "〜" + TIME.format(event.endsAt());
	}
}
