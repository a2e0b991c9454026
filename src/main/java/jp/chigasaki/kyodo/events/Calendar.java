package jp.chigasaki.kyodo.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The published events as an iCalendar feed (RFC 5545): one VEVENT per event with a stable UID, times in UTC,
 * text escaped and lines folded at 75 octets.
 */
final class Calendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Calendar() {
	}

	static String of(List<Event> events, String baseUrl, String host, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Chigasaki kyodo-concierge//events//JA");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + escape("茅ヶ崎市 協働の発表会・交流会（試行）"));
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:event-" + event.id() + "@" + host);
			line(out, "DTSTAMP:" + UTC.format(now));
			line(out, "DTSTART:" + UTC.format(event.startsAt().atZone(EventStore.ZONE)));
			line(out, "DTEND:" + UTC.format(event.endsAt().atZone(EventStore.ZONE)));
			line(out, "SUMMARY:" + escape(event.title()));
			line(out, "LOCATION:" + escape(event.place()));
			line(out, "DESCRIPTION:" + escape(event.field().label() + "\n" + event.description()));
			line(out, "URL:" + baseUrl + "/events#event-" + event.id());
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n",
				"\\n");
	}

	/** Appends a content line folded at 75 octets (never inside a UTF-8 character), ended by CRLF. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}
}
