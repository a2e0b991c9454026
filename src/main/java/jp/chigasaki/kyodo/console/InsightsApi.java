package jp.chigasaki.kyodo.console;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.insights.InsightsReport;

/** {@code GET /api/insights?from=YYYY-MM-DD&to=YYYY-MM-DD}: the report as JSON (keys in docs/insights.md). */
@RestController
class InsightsApi {

	private final Insights insights;

	InsightsApi(Insights insights) {
		this.insights = insights;
	}

	@GetMapping("/api/insights")
	InsightsReport report(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		Period period = Period.of(insights, from, to);
		return insights.report(period.from(), period.to());
	}

	/** A requested period; without dates the last seven days up to today, with one date a single day. */
	record Period(LocalDate from, LocalDate to) {

		static Period of(Insights insights, LocalDate from, LocalDate to) {
			LocalDate end = to != null ? to : from != null ? from : insights.today();
			LocalDate start = from != null ? from : end.minusDays(6);
			return new Period(start, end);
		}
	}
}
