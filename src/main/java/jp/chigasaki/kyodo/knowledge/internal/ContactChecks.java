package jp.chigasaki.kyodo.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * Every phone number and web address a user is told must come from a source: it has to be among the {@code facts}
 * (or be the url) of a source the item lists, or of a source of the item's department. A department's own phone,
 * floor and web address must be backed by the department's sources. A wrong number is the costliest mistake the
 * bot can make, and an unbacked one is how it starts.
 */
final class ContactChecks {

	static final Pattern PHONE = Pattern.compile("0\\d{1,4}-\\d{1,4}-\\d{4}");
	static final Pattern URL = Pattern.compile("https?://[^\\s（）()「」『』、。，,]+");

	private final Problems problems;

	ContactChecks(Problems problems) {
		this.problems = problems;
	}

	void check(KnowledgeBase base) {
		if (base.sources().isEmpty()) {
			return; // reported once as a missing file
		}
		for (FaqEntry faq : base.faqs()) {
			check(base, faq.answer(), faq.sources(), faq.departmentId(), faq.location(), "entry '" + faq.id() + "'");
		}
		for (MenuItem item : base.menu()) {
			List<String> texts = new ArrayList<>(List.of(item.summary()));
			texts.addAll(item.can());
			texts.addAll(item.cannot());
			texts.addAll(item.unconfirmed());
			texts.addAll(item.conditions());
			check(base, String.join("\n", texts), item.sources(), item.departmentId(), item.location(),
					"menu item '" + item.id() + "'");
		}
		for (Department department : base.departments()) {
			String what = "department '" + department.id() + "'";
			for (String detail : new String[] { department.phone(), department.floor(), department.web() }) {
				if (detail != null && !backed(base, department.sources(), detail)) {
					report(department.location(), detail, what, department.sources());
				}
			}
			String note = department.note() == null ? "" : department.note();
			check(base, note, department.sources(), null, department.location(), what + " (note)");
		}
	}

	private void check(KnowledgeBase base, String text, List<String> sources, String departmentId, Location at,
			String what) {
		Set<String> allowed = new LinkedHashSet<>(sources);
		Optional<Department> department = departmentId == null ? Optional.empty() : base.department(departmentId);
		department.ifPresent(d -> allowed.addAll(d.sources()));
		for (String detail : details(text)) {
			if (!backed(base, allowed, detail)) {
				report(at, detail, what, allowed);
			}
		}
	}

	static Set<String> details(String text) {
		Set<String> found = new LinkedHashSet<>();
		for (Pattern pattern : List.of(PHONE, URL)) {
			Matcher matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add(matcher.group());
			}
		}
		return found;
	}

	private static boolean backed(KnowledgeBase base, Iterable<String> sourceIds, String detail) {
		for (String id : sourceIds) {
			if (base.source(id).map(source -> source.backs(detail)).orElse(false)) {
				return true;
			}
		}
		return false;
	}

	private void report(Location at, String detail, String what, Iterable<String> sources) {
		problems.add(at.file(), at.line(), "'" + detail + "' in " + what + " is not among the facts of its sources ("
				+ String.join(", ", sources) + "); add the source that states it, or list it under that source's facts");
	}
}
