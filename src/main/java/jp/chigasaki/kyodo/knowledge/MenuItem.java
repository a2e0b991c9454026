package jp.chigasaki.kyodo.knowledge;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One form of working with the city (できることメニュー): what the city can do, what it cannot do (true limits), what
 * is not known yet (ask the contact), and whom to ask.
 *
 * @param cannot true limits: things the city does not do
 * @param unconfirmed gaps in what the knowledge says (procedures, forms, deadlines not found in any source); kept
 * apart from {@code cannot} so that a user never reads a gap as a refusal
 * @param audience who may see the item: staff also see member items; members never see staff-only items
 * @param validUntil the last day the item's facts hold; null when they are not tied to a period
 * @param sameAs the FAQ entry that answers the same question from the other side (the menu's 共催 and the entry
 * 「共催とは何ですか？」): the two are one topic, never competing options; null when there is none
 * @param english the item's name in a short line of English, shown to people who write in English; null when none
 */
public record MenuItem(String id, String name, String summary, List<String> can, List<String> cannot,
		List<String> unconfirmed, List<String> conditions, String departmentId, List<String> phrasings,
		List<String> sources, Set<Audience> audience, LocalDate reviewed, LocalDate validUntil, Location location,
		String sameAs, String english) {

	/** An item without an English name. */
	public MenuItem(String id, String name, String summary, List<String> can, List<String> cannot,
			List<String> unconfirmed, List<String> conditions, String departmentId, List<String> phrasings,
			List<String> sources, Set<Audience> audience, LocalDate reviewed, LocalDate validUntil, Location location,
			String sameAs) {
		this(id, name, summary, can, cannot, unconfirmed, conditions, departmentId, phrasings, sources, audience,
				reviewed, validUntil, location, sameAs, null);
	}

	/** An item without a twin entry. */
	public MenuItem(String id, String name, String summary, List<String> can, List<String> cannot,
			List<String> unconfirmed, List<String> conditions, String departmentId, List<String> phrasings,
			List<String> sources, Set<Audience> audience, LocalDate reviewed, LocalDate validUntil, Location location) {
		this(id, name, summary, can, cannot, unconfirmed, conditions, departmentId, phrasings, sources, audience,
				reviewed, validUntil, location, null);
	}

	/** An item for everyone, with nothing unconfirmed and no period. */
	public MenuItem(String id, String name, String summary, List<String> can, List<String> cannot,
			List<String> conditions, String departmentId, List<String> phrasings, List<String> sources,
			LocalDate reviewed, Location location) {
		this(id, name, summary, can, cannot, List.of(), conditions, departmentId, phrasings, sources,
				EnumSet.allOf(Audience.class), reviewed, null, location);
	}

	public boolean visibleTo(Audience viewer) {
		return Audience.sees(viewer, audience);
	}
}
