package jp.chigasaki.kyodo.escalation.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns an invalid holiday calendar into Boot's short "APPLICATION FAILED TO START" report, one {@code file:line:
 * message} per problem, instead of a stack trace through the bean that needed it.
 */
public final class CalendarFailureAnalyzer extends AbstractFailureAnalyzer<HolidayCalendar.Invalid> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, HolidayCalendar.Invalid cause) {
		return new FailureAnalysis("The holiday calendar has " + cause.problems().size() + " problem(s):\n  "
				+ String.join("\n  ", cause.problems()),
				"Fix the lines named above (calendar/README.md describes the format) and start again.", cause);
	}
}
