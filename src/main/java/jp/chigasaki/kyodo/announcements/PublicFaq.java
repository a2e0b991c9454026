package jp.chigasaki.kyodo.announcements;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Knowledge;
import jp.chigasaki.kyodo.matching.MatchingEngine;

/**
 * The public read-only FAQ for people not on LINE ({@code /faq}): the member-visible entries by category, and a
 * search box that uses the bot's own matching. Staff-only entries never appear.
 */
@Controller
class PublicFaq {

	private static final int MAX_QUERY = 200;
	private static final int RESULTS = 5;

	private final Knowledge knowledge;
	private final MatchingEngine engine;
	private final AnnouncementsProperties properties;

	PublicFaq(Knowledge knowledge, MatchingEngine engine, AnnouncementsProperties properties) {
		this.knowledge = knowledge;
		this.engine = engine;
		this.properties = properties;
	}

	@GetMapping("/faq")
	String faq(@RequestParam(required = false) String q, Model model) {
		if (!properties.publicPages()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		List<FaqEntry> visible = knowledge.current()
			.faqs()
			.stream()
			.filter(entry -> entry.audience().contains(Audience.MEMBER))
			.toList();
		String query = q == null ? "" : q.strip();
		if (query.length() > MAX_QUERY) {
			query = query.substring(0, MAX_QUERY);
		}
		if (!query.isEmpty()) {
			Map<String, FaqEntry> byId = visible.stream()
				.collect(Collectors.toMap(FaqEntry::id, entry -> entry));
			model.addAttribute("results", engine.classify(query, Audience.MEMBER)
				.candidates()
				.stream()
				.map(candidate -> byId.get(candidate.faqId()))
				.filter(entry -> entry != null)
				.limit(RESULTS)
				.toList());
		}
		model.addAttribute("q", query);
		model.addAttribute("categories",
				new TreeMap<>(visible.stream().collect(Collectors.groupingBy(FaqEntry::category))));
		return "public/faq";
	}
}
