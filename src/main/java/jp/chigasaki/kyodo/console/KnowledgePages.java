package jp.chigasaki.kyodo.console;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jp.chigasaki.kyodo.knowledge.Knowledge;

/**
 * {@code /console/knowledge}: for editors, the answers due for a look: facts past their fiscal year
 * ({@code valid-until}) and items not reviewed for the configured number of days, with the file and line to open.
 * The same list as the warnings of {@code validate}; nothing here edits faq/.
 */
@Controller
class KnowledgePages {

	private final Knowledge knowledge;
	private final Clock clock;
	private final TicketViews views;

	KnowledgePages(Knowledge knowledge, Clock clock, TicketViews views) {
		this.knowledge = knowledge;
		this.clock = clock;
		this.views = views;
	}

	@GetMapping("/console/knowledge")
	String stale(Authentication user, Model model) {
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("today", today);
		model.addAttribute("days", knowledge.reviewDays());
		model.addAttribute("items", knowledge.stale(today));
		model.addAttribute("summary", knowledge.current().summary());
		model.addAttribute("me", views.coordinator(user));
		return "console/knowledge";
	}
}
