package jp.chigasaki.kyodo.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.junit.jupiter.api.io.TempDir;

/** The real calendar file is valid and complete for its rule-based holidays; broken files are named by line. */
class HolidayCalendarTests {

	private static final Path REAL = Path.of("calendar/holidays-jp.yaml");

	@TempDir
	Path dir;

	@Test
	void theRealFileCoversTwentyTwentyFiveToTwentyTwentySeven() {
		HolidayCalendar calendar = HolidayCalendar.load(REAL);

		assertThat(calendar.years()).containsExactlyInAnyOrder(2025, 2026, 2027);
		assertThat(calendar.closed(LocalDate.of(2026, 12, 29))).isTrue();
		assertThat(calendar.closed(LocalDate.of(2027, 1, 3))).isTrue();
		assertThat(calendar.closed(LocalDate.of(2027, 1, 4))).isFalse();
		assertThat(calendar.closed(LocalDate.of(2026, 12, 28))).isFalse();
	}

	@Test
	void theRealFileListsEveryHolidayFixedByDateOrByMonday() {
		HolidayCalendar calendar = HolidayCalendar.load(REAL);
		for (int year = 2025; year <= 2027; year++) {
			List<LocalDate> expected = new ArrayList<>();
			for (int[] monthDay : new int[][] { { 1, 1 }, { 2, 11 }, { 2, 23 }, { 4, 29 }, { 5, 3 }, { 5, 4 }, { 5, 5 },
					{ 8, 11 }, { 11, 3 }, { 11, 23 } }) {
				expected.add(LocalDate.of(year, monthDay[0], monthDay[1]));
			}
			expected.add(monday(year, 1, 2));
			expected.add(monday(year, 7, 3));
			expected.add(monday(year, 9, 3));
			expected.add(monday(year, 10, 2));
			assertThat(calendar.holidays().keySet()).as("holidays of %d", year).containsAll(expected);
		}
	}

	@Test
	void brokenEntriesAreNamedWithFileAndLine() throws IOException {
		Path file = write("""
				years: [2026]
				closed-every-year:
				  - from: 12-29
				    to: 01-03
				    name: 年末年始
				holidays:
				  - date: 2026-01-12
				    name: 成人の日
				  - date: 2026-01-01
				    name: 元日
				  - date: 2026-02-30
				    name: ありえない日
				  - date: 2027-01-01
				    name: 元日
				    note: unknown
				""");

		assertThatThrownBy(() -> HolidayCalendar.load(file)).hasMessageContaining(file + ":9: dates must be strictly ascending")
			.hasMessageContaining(file + ":11: date must be YYYY-MM-DD: 2026-02-30")
			.hasMessageContaining(file + ":13: 2027-01-01 is not in one of the years [2026]")
			.hasMessageContaining(file + ":15: unknown key 'note'");
	}

	@Test
	void aYearWithoutHolidaysAndABadPeriodAreRefused() throws IOException {
		Path file = write("""
				years: [2026, 2027]
				closed-every-year:
				  - from: 13-01
				    to: 01-03
				    name: 年末年始
				holidays:
				  - date: 2026-01-01
				    name: 元日
				""");

		assertThatThrownBy(() -> HolidayCalendar.load(file)).hasMessageContaining(file + ":3: must be MM-DD: 13-01")
			.hasMessageContaining(file + ":1: year 2027 has no holidays listed");
	}

	@Test
	void aFileThatIsNotUtf8IsRefused() throws IOException {
		Path file = dir.resolve("latin1.yaml");
		Files.write(file, "years: [2026]\nholidays:\n  - date: 2026-01-01\n    name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> HolidayCalendar.load(file)).hasMessageContaining(file + ":1: not valid UTF-8");
	}

	@Test
	void brokenYamlIsRefusedWithItsLine() throws IOException {
		Path file = write("""
				years: [2026]
				holidays:
				  - date: 2026-01-01
				    name: [元日
				""");

		assertThatThrownBy(() -> HolidayCalendar.load(file)).isInstanceOf(HolidayCalendar.Invalid.class)
			.hasMessageContaining(file + ":5: not valid YAML");
	}

	@Test
	void startUpReportsTheProblemsWithoutAStackTrace() throws IOException {
		Path file = write("""
				years: [2026]
				closed-every-year: []
				holidays:
				  - date: 2026-13-01
				    name: ありえない日
				""");
		Throwable failure = catchThrowable(() -> HolidayCalendar.load(file));

		FailureAnalysis analysis = new CalendarFailureAnalyzer()
			.analyze(new BeanCreationException("businessHours", "Factory method threw", failure));

		assertThat(analysis.getDescription()).startsWith("The holiday calendar has 2 problem(s):")
			.contains(file + ":4: date must be YYYY-MM-DD: 2026-13-01")
			.contains(file + ":1: year 2026 has no holidays listed");
		assertThat(analysis.getAction()).contains("calendar/README.md");
	}

	private static LocalDate monday(int year, int month, int ordinal) {
		return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, DayOfWeek.MONDAY));
	}

	private Path write(String text) throws IOException {
		Path file = dir.resolve("holidays.yaml");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}
}
