package jp.chigasaki.kyodo.escalation.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Office hours in JST: weekdays from {@code opens} to {@code closes}, except the holidays and yearly closures of
 * the {@link HolidayCalendar}. Due times are counted in office time only, so a question asked on Friday evening
 * before a holiday Monday is due on Tuesday.
 */
public final class BusinessHours {

	private static final Logger log = LoggerFactory.getLogger(BusinessHours.class);

	/** More than a year of closed days in a row means the configuration is broken, not the calendar. */
	private static final int MAX_DAYS_SCANNED = 400;

	private final HolidayCalendar calendar;
	private final ZoneId zone;
	private final LocalTime opens;
	private final LocalTime closes;
	private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

	public BusinessHours(HolidayCalendar calendar, ZoneId zone, LocalTime opens, LocalTime closes) {
		this.calendar = calendar;
		this.zone = zone;
		this.opens = opens;
		this.closes = closes;
	}

	public ZoneId zone() {
		return zone;
	}

	public LocalTime opens() {
		return opens;
	}

	public LocalTime closes() {
		return closes;
	}

	public boolean isWorkingDay(LocalDate date) {
		if (!calendar.covers(date.getYear()) && warnedYears.add(date.getYear())) {
			log.warn("The holiday calendar does not list national holidays for {}: only weekends and yearly "
					+ "closures are counted", date.getYear());
		}
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !calendar.closed(date);
	}

	public boolean isOpen(Instant at) {
		ZonedDateTime local = at.atZone(zone);
		LocalTime time = local.toLocalTime();
		return isWorkingDay(local.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
	}

	/** The instant {@code amount} of office time after {@code start}; time outside office hours does not count. */
	public Instant plusOfficeTime(Instant start, Duration amount) {
		ZonedDateTime cursor = start.atZone(zone);
		Duration remaining = amount;
		for (int day = 0; day < MAX_DAYS_SCANNED; day++) {
			LocalDate date = cursor.toLocalDate();
			if (isWorkingDay(date) && cursor.toLocalTime().isBefore(closes)) {
				ZonedDateTime from = cursor.toLocalTime().isBefore(opens) ? date.atTime(opens).atZone(zone) : cursor;
				Duration available = Duration.between(from, date.atTime(closes).atZone(zone));
				if (remaining.compareTo(available) <= 0) {
					return from.plus(remaining).toInstant();
				}
				remaining = remaining.minus(available);
			}
			cursor = date.plusDays(1).atStartOfDay(zone);
		}
		throw new IllegalStateException("no office hours within " + MAX_DAYS_SCANNED + " days of " + start);
	}

	/** The next instant the office is open, {@code at} itself when it is open. */
	public Instant nextOpening(Instant at) {
		return plusOfficeTime(at, Duration.ZERO);
	}
}
