package jp.chigasaki.kyodo.escalation.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed days from {@code calendar/holidays-jp.yaml} (format in {@code calendar/README.md}): national holidays of
 * the covered years and the periods closed every year (年末年始). Weekends are not listed; {@link BusinessHours}
 * adds them.
 */
public record HolidayCalendar(Set<Integer> years, Map<LocalDate, String> holidays, List<Period> closedEveryYear) {

	public HolidayCalendar {
		years = Set.copyOf(years);
		holidays = Map.copyOf(holidays);
		closedEveryYear = List.copyOf(closedEveryYear);
	}

	/** A period closed every year; {@code to} before {@code from} wraps the new year (12-29 … 01-03). */
	public record Period(MonthDay from, MonthDay to, String name) {

		boolean contains(MonthDay day) {
			return from.isAfter(to) ? !day.isBefore(from) || !day.isAfter(to)
					: !day.isBefore(from) && !day.isAfter(to);
		}
	}

	public boolean closed(LocalDate date) {
		MonthDay day = MonthDay.from(date);
		return holidays.containsKey(date) || closedEveryYear.stream().anyMatch(period -> period.contains(day));
	}

	public boolean covers(int year) {
		return years.contains(year);
	}

	/** The calendar file has problems, each {@code file:line: message}; start-up reports them without a stack trace. */
	public static final class Invalid extends IllegalStateException {

		private final List<String> problems;

		Invalid(List<String> problems, Throwable cause) {
			super("holiday calendar is invalid:\n" + String.join("\n", problems), cause);
			this.problems = List.copyOf(problems);
		}

		public List<String> problems() {
			return problems;
		}
	}

	/**
	 * Reads and checks the file.
	 * @throws Invalid listing every problem as {@code file:line: message}
	 */
	public static HolidayCalendar load(Path file) {
		return HolidayFile.parse(file);
	}
}
