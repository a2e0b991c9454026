package jp.chigasaki.kyodo.insights;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.insights.InsightsReport.Durations;
import jp.chigasaki.kyodo.insights.InsightsReport.Entry;
import jp.chigasaki.kyodo.insights.InsightsReport.Figures;
import jp.chigasaki.kyodo.insights.InsightsReport.Referral;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/** Turns summed day counters into the report's figures; entry titles and department names from the knowledge. */
final class FiguresBuilder {

	private FiguresBuilder() {
	}

	static Figures figures(DayCounts c, KnowledgeBase knowledge) {
		long answered = c.get("turn:answer");
		long clarify = c.get("turn:clarify");
		long fallback = c.get("turn:fallback");
		long escalate = c.get("turn:escalate");
		return new Figures(answered + clarify + fallback + escalate, answered, clarify, fallback, escalate,
				c.get("turn:greeting"), c.get("turn:menu"), selfResolution(c),
				filled(c.withPrefix("audience:"), List.of("member", "staff")),
				filled(c.withPrefix("chat:"), List.of("user", "group")),
				new InsightsReport.Feedback(sum(c.withPrefix("up:")), sum(c.withPrefix("down:"))), escalations(c),
				entries(c, knowledge), departments(c, knowledge),
				filled(c.withPrefix("question:"), List.of("fallback", "clarify", "disliked")),
				new TreeMap<>(c.withPrefix("initiative:")));
	}

	static InsightsReport.Day day(DayCounts c) {
		long answered = c.get("turn:answer");
		long clarify = c.get("turn:clarify");
		long fallback = c.get("turn:fallback");
		long escalate = c.get("turn:escalate");
		return new InsightsReport.Day(c.day(), answered + clarify + fallback + escalate, answered, clarify, fallback,
				escalate, c.get("ticket:opened"));
	}

	private static InsightsReport.SelfResolution selfResolution(DayCounts c) {
		long conversations = c.get("conv:answered");
		long resolved = c.get("conv:self-resolved");
		Double rate = conversations == 0 ? null : Math.round(1000.0 * resolved / conversations) / 1000.0;
		return new InsightsReport.SelfResolution(conversations, resolved, rate);
	}

	private static InsightsReport.Escalations escalations(DayCounts c) {
		return new InsightsReport.Escalations(c.get("ticket:opened"),
				filled(c.withPrefix("opened-queue:"), names(Ticket.Queue.values())),
				filled(c.withPrefix("opened-reason:"), names(EscalationTrigger.values())), c.get("ticket:claimed"),
				c.get("ticket:transferred"),
				filled(c.withPrefix("closed:"), List.of(Ticket.State.RESOLVED.name(), Ticket.State.RETURNED.name())),
				c.get("ticket:sla-breached"), durations(c.claimSeconds()), durations(c.resolveSeconds()));
	}

	/** Nearest rank: the value at position ceil(q × n) of the sorted list. */
	static Durations durations(List<Long> seconds) {
		if (seconds.isEmpty()) {
			return new Durations(0, null, null);
		}
		List<Long> sorted = seconds.stream().sorted().toList();
		return new Durations(sorted.size(), rank(sorted, 0.5), rank(sorted, 0.9));
	}

	private static long rank(List<Long> sorted, double quantile) {
		int position = (int) Math.ceil(quantile * sorted.size());
		return sorted.get(Math.max(0, position - 1));
	}

	private static List<Entry> entries(DayCounts c, KnowledgeBase knowledge) {
		Map<String, Long> asked = c.withPrefix("asked:");
		Map<String, Long> up = c.withPrefix("up:");
		Map<String, Long> down = c.withPrefix("down:");
		Set<String> ids = new HashSet<>(asked.keySet());
		ids.addAll(up.keySet());
		ids.addAll(down.keySet());
		List<Entry> entries = new ArrayList<>();
		for (String id : ids) {
			String title = knowledge.faq(id).map(f -> f.question()).orElse(id);
			entries.add(new Entry(id, title, asked.getOrDefault(id, 0L), up.getOrDefault(id, 0L),
					down.getOrDefault(id, 0L)));
		}
		entries.sort(Comparator.comparingLong(Entry::asked).reversed().thenComparing(Entry::faqId));
		return entries;
	}

	private static List<Referral> departments(DayCounts c, KnowledgeBase knowledge) {
		List<Referral> referrals = new ArrayList<>();
		c.withPrefix("dept:").forEach((id, count) -> referrals
			.add(new Referral(id, knowledge.department(id).map(d -> d.name()).orElse(id), count)));
		referrals.sort(Comparator.comparingLong(Referral::count).reversed().thenComparing(Referral::departmentId));
		return referrals;
	}

	private static Map<String, Long> filled(Map<String, Long> counts, List<String> keys) {
		Map<String, Long> result = new LinkedHashMap<>();
		keys.forEach(key -> result.put(key, counts.getOrDefault(key, 0L)));
		new TreeMap<>(counts).forEach(result::putIfAbsent);
		return result;
	}

	private static List<String> names(Enum<?>[] values) {
		return java.util.Arrays.stream(values).map(Enum::name).toList();
	}

	private static long sum(Map<String, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}
}
