package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * One indexed unit: an FAQ entry or a menu item, with the text of each field and who may see it.
 *
 * @param twin the other record of the same topic (a menu item and the FAQ entry it names as {@code same-as}), or null
 */
record Entry(String id, String title, String question, List<String> phrasings, String answer, List<String> topics,
		Set<Audience> visibleTo, String twin) {

	/** What the menu items are called as a whole; people ask for 「共催メニュー」 or 「できることメニューの寄付」. */
	private static final String MENU = "できることメニュー";

	static List<Entry> of(KnowledgeBase base) {
		List<Entry> entries = new ArrayList<>();
		Map<String, String> twins = new HashMap<>();
		base.menu().stream().filter(item -> item.sameAs() != null).forEach(item -> twins.put(item.sameAs(), item.id()));
		for (FaqEntry faq : base.faqs()) {
			Set<Audience> visible = EnumSet.noneOf(Audience.class);
			for (Audience audience : Audience.values()) {
				if (faq.visibleTo(audience)) {
					visible.add(audience);
				}
			}
			List<String> topics = new ArrayList<>(topics(base, faq.departmentId()));
			if (faq.category() != null) {
				topics.add(faq.category());
			}
			entries.add(new Entry(faq.id(), faq.question(), faq.question(), faq.phrasings(), faq.answer(), topics,
					visible, twins.get(faq.id())));
		}
		for (MenuItem item : base.menu()) {
			List<String> answer = new ArrayList<>(List.of(item.summary()));
			answer.addAll(item.can());
			answer.addAll(item.cannot());
			answer.addAll(item.unconfirmed());
			answer.addAll(item.conditions());
			Set<Audience> visible = EnumSet.noneOf(Audience.class);
			Stream.of(Audience.values()).filter(item::visibleTo).forEach(visible::add);
			entries.add(new Entry(item.id(), item.name(), item.name() + " " + MENU, item.phrasings(),
					String.join("\n", answer), topics(base, item.departmentId()), visible, item.sameAs()));
		}
		return entries;
	}

	private static List<String> topics(KnowledgeBase base, String departmentId) {
		List<String> topics = new ArrayList<>();
		if (departmentId == null) {
			return topics;
		}
		base.department(departmentId).ifPresent(department -> addTopics(department, topics));
		return topics;
	}

	private static void addTopics(Department department, List<String> topics) {
		topics.add(department.name());
		topics.addAll(department.handles());
		topics.addAll(department.keywords());
	}
}
