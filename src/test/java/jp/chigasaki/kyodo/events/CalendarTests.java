package jp.chigasaki.kyodo.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.groups.Field;

/** The iCalendar feed follows RFC 5545: UTC times, escaped text, CRLF lines folded at 75 octets. */
class CalendarTests {

	private static final Event EVENT = new Event(7, "福祉分野の発表会・交流会; 第1回, 試行", Field.WELFARE,
			LocalDateTime.parse("2026-07-01T14:00"), LocalDateTime.parse("2026-07-01T16:30"), "市民活動サポートセンター 会議室",
			30, "団体の活動発表と、市の担当課との意見交換を行います。".repeat(3), true, List.of("福祉政策課"), true);

	private final String feed = Calendar.of(List.of(EVENT), "https://kyodo.example.jp", "kyodo.example.jp",
			Instant.parse("2026-06-01T00:00:00Z"));

	@Test
	void writesOneEventWithUtcTimesAndAStableUid() {
		assertThat(feed).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(unfolded()).contains("UID:event-7@kyodo.example.jp", "DTSTART:20260701T050000Z",
				"DTEND:20260701T073000Z", "DTSTAMP:20260601T000000Z", "URL:https://kyodo.example.jp/events#event-7",
				"SUMMARY:福祉分野の発表会・交流会\\; 第1回\\, 試行");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
		for (String line : feed.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		assertThat(unfolded()).contains("DESCRIPTION:福祉\\n団体の活動発表と");
	}

	private String unfolded() {
		return String.join("\n", Arrays.asList(feed.replace("\r\n ", "").split("\r\n")));
	}
}
