package jp.chigasaki.kyodo.knowledge.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/**
 * Checks that span files: unique ids, and that every department, related entry and source named exists. A name of
 * an item that is written but was refused for its own problem is not reported again.
 */
final class CrossChecks {

	private final Problems problems;

	CrossChecks(Problems problems) {
		this.problems = problems;
	}

	void check(KnowledgeBase base) {
		// FAQ entries and menu items share one id space: both can be offered as candidates.
		Map<String, Location> answerIds = new HashMap<>();
		base.faqs().forEach(f -> unique(answerIds, f.id(), f.location(), "entry"));
		base.menu().forEach(m -> unique(answerIds, m.id(), m.location(), "menu item"));
		unique(base.departments(), d -> d.id(), d -> d.location(), "department");
		unique(base.sources(), s -> s.id(), s -> s.location(), "source");
		unique(base.intents(), Intent::id, Intent::location, "intent");
		for (FaqEntry faq : base.faqs()) {
			String in = " in entry '" + faq.id() + "'";
			department(base, faq.departmentId(), faq.location(), in);
			faq.related()
				.stream()
				.filter(id -> !answerIds.containsKey(id) && !problems.wasRefused("entry", id))
				.forEach(id -> add(faq.location(), "unknown related entry '" + id + "'" + in));
			faq.related()
				.stream()
				.filter(faq.id()::equals)
				.forEach(id -> add(faq.location(), "entry '" + id + "' names itself as related"));
			sources(base, faq.sources(), faq.location(), in);
		}
		Map<String, MenuItem> twinOf = new HashMap<>();
		for (MenuItem item : base.menu()) {
			String in = " in menu item '" + item.id() + "'";
			department(base, item.departmentId(), item.location(), in);
			sources(base, item.sources(), item.location(), in);
			sameAs(base, item, twinOf, in);
		}
		base.departments().forEach(d -> sources(base, d.sources(), d.location(), " in department '" + d.id() + "'"));
		for (String id : Intent.KNOWN) {
			if (base.intent(id).isEmpty() && !base.intents().isEmpty()) {
				add(new Location("intents/" + id + ".yaml", 1), "intent '" + id + "' is missing; the bot needs it");
			}
		}
		synonymsAreUnambiguous(base.synonyms());
	}

	// With departments.yaml or sources.yaml missing (reported once), every reference would fail: skip them.
	private void department(KnowledgeBase base, String id, Location at, String in) {
		if (!base.departments().isEmpty() && base.department(id).isEmpty() && !problems.wasRefused("department", id)) {
			add(at, "unknown department '" + id + "'" + in);
		}
	}

	/**
	 * A menu item's twin is an FAQ entry, and no other item's twin (one topic, two records, never three). A twin that
	 * names no entry at all only leaves the link idle (a menu copied into an import's target folder): `validate` warns
	 * about it ({@code Freshness}) instead of refusing the knowledge.
	 */
	private void sameAs(KnowledgeBase base, MenuItem item, Map<String, MenuItem> twinOf, String in) {
		String id = item.sameAs();
		if (id == null) {
			return;
		}
		if (base.menuItem(id).isPresent()) {
			add(item.location(), "'same-as' names menu item '" + id + "'; it names the FAQ entry on the same topic" + in);
			return;
		}
		if (base.faq(id).isEmpty()) {
			return;
		}
		MenuItem first = twinOf.putIfAbsent(id, item);
		if (first != null) {
			add(item.location(), "entry '" + id + "' is already the 'same-as' of menu item '" + first.id() + "' (at "
					+ first.location() + ")" + in);
		}
	}

	private void sources(KnowledgeBase base, List<String> ids, Location at, String in) {
		ids.stream()
			.filter(id -> !base.sources().isEmpty() && base.source(id).isEmpty() && !problems.wasRefused("source", id))
			.forEach(id -> add(at, "unknown source '" + id + "'" + in));
	}

	private void synonymsAreUnambiguous(List<SynonymGroup> groups) {
		Map<String, Location> seen = new HashMap<>();
		for (SynonymGroup group : groups) {
			Set<String> inGroup = new HashSet<>();
			for (String word : group.words()) {
				if (!inGroup.add(word)) {
					add(group.location(), "synonym '" + word + "' appears twice in its group");
				}
				else if (seen.containsKey(word)) {
					add(group.location(), "synonym '" + word + "' is already in the group at line " + seen.get(word).line());
				}
				else {
					seen.put(word, group.location());
				}
			}
		}
	}

	private <T> void unique(List<T> items, Function<T, String> id, Function<T, Location> at, String kind) {
		Map<String, Location> seen = new HashMap<>();
		items.forEach(item -> unique(seen, id.apply(item), at.apply(item), kind));
	}

	private void unique(Map<String, Location> seen, String id, Location at, String kind) {
		Location first = seen.putIfAbsent(id, at);
		if (first != null) {
			add(at, "duplicate " + kind + " id '" + id + "' (first at " + first + ")");
		}
	}

	private void add(Location at, String message) {
		problems.add(at.file(), at.line(), message);
	}
}
