package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which items need an editor's eye: facts past their {@code valid-until} (a fiscal year has ended), items not
 * {@code reviewed} for longer than the review period, and a menu item whose {@code same-as} names no FAQ entry (the
 * link does nothing). These are warnings, never load errors: the bot keeps answering (its replies name the fiscal
 * year), and the editors get a list, oldest problem first.
 */
public final class Freshness {

	private Freshness() {
	}

	/** One warning per stale item, as {@code file:line: message}, sorted by file and line. */
	public static List<KnowledgeProblem> warnings(KnowledgeBase base, LocalDate today, int reviewDays) {
		List<KnowledgeProblem> warnings = new ArrayList<>();
		for (FaqEntry faq : base.faqs()) {
			check(warnings, "entry '" + faq.id() + "'", faq.validUntil(), faq.reviewed(), faq.location(), today,
					reviewDays);
		}
		for (MenuItem item : base.menu()) {
			check(warnings, "menu item '" + item.id() + "'", item.validUntil(), item.reviewed(), item.location(),
					today, reviewDays);
			if (item.sameAs() != null && base.faq(item.sameAs()).isEmpty()) {
				warnings.add(new KnowledgeProblem(item.location().file(), item.location().line(), "'same-as' of menu item '"
						+ item.id() + "' names '" + item.sameAs() + "', which is no FAQ entry: the link does nothing"));
			}
		}
		for (Department department : base.departments()) {
			check(warnings, "department '" + department.id() + "'", null, department.reviewed(),
					department.location(), today, reviewDays);
		}
		warnings.sort(Comparator.comparing(KnowledgeProblem::file).thenComparingInt(KnowledgeProblem::line));
		return warnings;
	}

	private static void check(List<KnowledgeProblem> warnings, String what, LocalDate validUntil, LocalDate reviewed,
			Location at, LocalDate today, int reviewDays) {
		if (validUntil != null && validUntil.isBefore(today)) {
			warnings.add(new KnowledgeProblem(at.file(), at.line(), "the facts of " + what + " were valid until "
					+ validUntil + ": check them against the current year's source and update valid-until"));
		}
		long age = ChronoUnit.DAYS.between(reviewed, today);
		if (age > reviewDays) {
			warnings.add(new KnowledgeProblem(at.file(), at.line(), what + " was last reviewed on " + reviewed + " ("
					+ age + " days ago, more than " + reviewDays + "): read it against its sources and update reviewed"));
		}
	}
}
