package jp.chigasaki.kyodo.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.chigasaki.kyodo.insights.Insights;

/**
 * {@code /console/unanswered}: the learning loop. Groups of similar unanswered questions; a coordinator marks a group
 * out of scope, links it to an existing entry (new phrasings to paste) or starts a new entry (a YAML draft to paste),
 * which also labels its questions; the labelled questions download as a new eval/ file. Nothing here edits faq/.
 */
@Controller
@RequestMapping("/console/unanswered")
class UnansweredPages {

	private final Insights insights;
	private final TicketViews views;

	UnansweredPages(Insights insights, TicketViews views) {
		this.insights = insights;
		this.views = views;
	}

	@GetMapping
	String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Authentication user, Model model) {
		InsightsApi.Period period = InsightsApi.Period.of(insights, from, to);
		model.addAttribute("period", period);
		model.addAttribute("groups", insights.unanswered(period.from(), period.to()));
		model.addAttribute("labelled", insights.labelled(period.from(), period.to()).size());
		model.addAttribute("presets", InsightsPages.presets(insights.today()));
		model.addAttribute("me", views.coordinator(user));
		return "console/unanswered";
	}

	@PostMapping("/out-of-scope")
	String outOfScope(@RequestParam List<String> ids, @RequestParam LocalDate from, @RequestParam LocalDate to,
			RedirectAttributes flash) {
		int count = insights.label(ids, "escalate");
		flash.addFlashAttribute("notice", count + " 件を対象外（担当者へ案内）にしました。評価用ファイルに含まれます。");
		return "redirect:/console/unanswered?from=" + from + "&to=" + to;
	}

	@PostMapping("/link")
	String link(@RequestParam List<String> ids, @RequestParam String faqId, @RequestParam LocalDate from,
			@RequestParam LocalDate to, Authentication user, Model model) {
		String yaml = insights.phrasingsDraft(faqId.strip(), ids);
		int count = insights.label(ids, faqId.strip());
		return draft(model, user, "既存のエントリに言い回しを追加", count + " 件に「" + faqId.strip() + "」のラベルを付けました。",
				yaml, from, to);
	}

	@PostMapping("/new-entry")
	String newEntry(@RequestParam List<String> ids, @RequestParam String entryId, @RequestParam LocalDate from,
			@RequestParam LocalDate to, Authentication user, Model model) {
		String yaml = insights.newEntryDraft(entryId.strip(), ids);
		int count = insights.label(ids, entryId.strip());
		return draft(model, user, "新しいエントリの下書き", count + " 件に「" + entryId.strip() + "」のラベルを付けました。", yaml,
				from, to);
	}

	@GetMapping("/eval.yaml")
	ResponseEntity<String> evalFile(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		return InsightsPages.download(insights.evalFile(from, to), "labelled-unanswered-" + from + "-" + to + ".yaml",
				new MediaType("application", "yaml", StandardCharsets.UTF_8));
	}

	@GetMapping("/questions.csv")
	ResponseEntity<String> csv(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		List<List<String>> rows = insights.unanswered(from, to)
			.stream()
			.flatMap(g -> g.questions()
				.stream()
				.map(q -> List.of(g.id(), q.id(), q.reason(), q.text(), g.best() == null ? "" : g.best().faqId())))
			.toList();
		InsightsTables.Table table = new InsightsTables.Table("questions", "未回答の質問", 5,
				List.of("グループ", "質問ID", "理由", "質問（伏せ字済み）", "近い既存エントリ"), rows);
		return InsightsPages.download(InsightsTables.csv(table), "unanswered-" + from + "-" + to + ".csv",
				new MediaType("text", "csv", StandardCharsets.UTF_8));
	}

	private String draft(Model model, Authentication user, String title, String notice, String yaml, LocalDate from,
			LocalDate to) {
		model.addAttribute("title", title);
		model.addAttribute("notice", notice);
		model.addAttribute("yaml", yaml);
		model.addAttribute("period", new InsightsApi.Period(from, to));
		model.addAttribute("me", views.coordinator(user));
		return "console/draft";
	}
}
