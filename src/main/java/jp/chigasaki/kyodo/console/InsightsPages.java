package jp.chigasaki.kyodo.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jp.chigasaki.kyodo.insights.Insights;
import jp.chigasaki.kyodo.insights.InsightsReport;

/** {@code /console/insights}: the figures of a period beside the previous one, charts, and a CSV of every table. */
@Controller
@RequestMapping("/console/insights")
class InsightsPages {

	private final Insights insights;
	private final TicketViews views;

	InsightsPages(Insights insights, TicketViews views) {
		this.insights = insights;
		this.views = views;
	}

	@GetMapping
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication user, Model model) {
		InsightsApi.Period period = InsightsApi.Period.of(insights, from, to);
		InsightsReport report = insights.report(period.from(), period.to());
		InsightsReport.Figures now = report.figures();
		model.addAttribute("report", report);
		model.addAttribute("tables", InsightsTables.all(report));
		model.addAttribute("trend", SvgCharts.trend(report.daily()));
		model.addAttribute("charts", List.of(
				chart("よく聞かれたエントリ",
						now.entries().stream().filter(e -> e.asked() > 0).limit(10)
							.map(e -> new SvgCharts.Bar(e.title(), e.asked())).toList()),
				chart("案内した担当課",
						now.departments().stream().limit(10)
							.map(d -> new SvgCharts.Bar(d.name(), d.count())).toList()),
				chart("受付の理由", now.escalations().byReason().entrySet().stream()
					.map(e -> new SvgCharts.Bar(InsightsTables.REASONS.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
					.toList())));
		model.addAttribute("selfResolution", InsightsTables.percent(now.selfResolution().rate()));
		model.addAttribute("presets", presets(insights.today()));
		model.addAttribute("me", views.coordinator(user));
		return "console/insights";
	}

	@GetMapping("/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		InsightsApi.Period period = InsightsApi.Period.of(insights, from, to);
		InsightsTables.Table found = InsightsTables.find(insights.report(period.from(), period.to()), table);
		if (found == null) {
			throw new Insights.InvalidRequest("「" + table + "」という表はありません。");
		}
		return download(InsightsTables.csv(found), table + "-" + period.from() + "-" + period.to() + ".csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	static ResponseEntity<String> download(String body, String filename, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

	/** A breakdown chart; {@code svg} is null when there is nothing to draw yet. */
	record Chart(String title, String svg) {
	}

	private static Chart chart(String title, List<SvgCharts.Bar> bars) {
		boolean empty = bars.stream().allMatch(bar -> bar.value() == 0);
		return new Chart(title, empty ? null : SvgCharts.bars(title, bars));
	}

	/** The usual periods: last 7, 30 and 90 days up to today. */
	record Preset(String label, LocalDate from, LocalDate to) {
	}

	static List<Preset> presets(LocalDate today) {
		return List.of(new Preset("直近7日", today.minusDays(6), today), new Preset("直近30日", today.minusDays(29), today),
				new Preset("直近90日", today.minusDays(89), today));
	}
}
