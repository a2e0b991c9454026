package jp.chigasaki.kyodo.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Due times counted in office hours (8:30–17:15 JST) over weekends, national holidays and 年末年始, real calendar. */
class BusinessHoursTests {

	private static final ZoneId JST = ZoneId.of("Asia/Tokyo");
	private static final Duration FOUR_HOURS = Duration.ofHours(4);

	private final BusinessHours hours = new BusinessHours(HolidayCalendar.load(Path.of("calendar/holidays-jp.yaml")),
			JST, LocalTime.of(8, 30), LocalTime.of(17, 15));

	private static Clock at(String localDateTime) {
		return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(JST).toInstant(), JST);
	}

	private static Instant jst(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(JST).toInstant();
	}

	@Test
	void withinOneOfficeDay() {
		assertThat(hours.plusOfficeTime(at("2026-12-02T09:00").instant(), FOUR_HOURS)).isEqualTo(jst("2026-12-02T13:00"));
	}

	@Test
	void askedBeforeOpeningCountsFromOpening() {
		assertThat(hours.plusOfficeTime(at("2026-12-01T07:00").instant(), FOUR_HOURS)).isEqualTo(jst("2026-12-01T12:30"));
	}

	@Test
	void skipsTheWeekendAndAHolidayMonday() {
		// Friday 16:00: 1h15 left that day; Monday 2026-01-12 is 成人の日; the rest (2h45) on Tuesday.
		assertThat(hours.plusOfficeTime(at("2026-01-09T16:00").instant(), FOUR_HOURS)).isEqualTo(jst("2026-01-13T11:15"));
	}

	@Test
	void skipsTheYearEndAndNewYearClosure() {
		// Monday 2026-12-28 15:00: 2h15 that day; 12/29–1/3 closed; the rest (1h45) on Monday 2027-01-04.
		assertThat(hours.plusOfficeTime(at("2026-12-28T15:00").instant(), FOUR_HOURS)).isEqualTo(jst("2027-01-04T10:15"));
	}

	@Test
	void skipsTheSilverWeekWithItsCitizensHoliday() {
		// Friday 2026-09-18 17:00: 15 min; 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日; the rest on Thursday.
		assertThat(hours.plusOfficeTime(at("2026-09-18T17:00").instant(), FOUR_HOURS)).isEqualTo(jst("2026-09-24T12:15"));
	}

	@Test
	void isOpenOnlyInOfficeHoursOfWorkingDays() {
		assertThat(hours.isOpen(jst("2026-12-01T08:30"))).isTrue();
		assertThat(hours.isOpen(jst("2026-12-01T17:15"))).isFalse();
		assertThat(hours.isOpen(jst("2026-11-28T10:00"))).isFalse();
		assertThat(hours.isOpen(jst("2026-11-23T10:00"))).isFalse();
		assertThat(hours.isOpen(jst("2027-01-03T10:00"))).isFalse();
	}

	@Test
	void acknowledgementSaysWhenItIsOutsideOfficeHours() {
		Acknowledgement acknowledgement = new Acknowledgement(hours);
		Instant saturday = at("2026-11-28T10:00").instant();
		Instant tuesday = at("2026-12-01T10:00").instant();

		String closed = acknowledgement.text(42, saturday, hours.plusOfficeTime(saturday, FOUR_HOURS));
		String open = acknowledgement.text(43, tuesday, hours.plusOfficeTime(tuesday, FOUR_HOURS));

		assertThat(closed).contains("受付番号は #42 です", "回答の目安: 11月30日(月) 12:30 ごろまで", "ただいま受付時間外です",
				"11月30日(月) 8:30 以降");
		assertThat(open).contains("回答の目安: 12月1日(火) 14:00 ごろまで").doesNotContain("受付時間外");
	}
}
