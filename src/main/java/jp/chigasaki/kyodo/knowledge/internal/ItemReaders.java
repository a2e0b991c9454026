package jp.chigasaki.kyodo.knowledge.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/** Turns one YAML node into an FAQ entry, a menu item or an intent, or null after reporting why it cannot. */
final class ItemReaders {

	/** LINE's limit for one text message. */
	static final int MAX_ANSWER_CHARS = 5000;
	static final int MIN_PHRASINGS = 3;
	static final int MIN_EXAMPLES = 15;
	static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	static final int MAX_ENGLISH_CHARS = 80;
	/** Printable ASCII with a letter in it (a reply's English lines stay readable on any phone's fonts). */
	private static final Pattern ENGLISH = Pattern.compile("(?=.*[A-Za-z])[\\x20-\\x7E]+");

	private final Problems problems;

	ItemReaders(Problems problems) {
		this.problems = problems;
	}

	FaqEntry faq(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "an FAQ entry", Set.of("id", "question", "phrasings", "answer",
				"audience", "category", "department", "related", "sources", "reviewed", "valid-until", "unknown", "english"));
		String id = id(map, file, ID, problems);
		if (id == null) {
			return null;
		}
		String what = " in entry '" + id + "'";
		String question = map.string("question", true);
		List<String> phrasings = map.strings("phrasings", MIN_PHRASINGS);
		String answer = map.string("answer", true);
		if (answer != null && answer.length() > MAX_ANSWER_CHARS) {
			problems.add(file, map.line("answer"), "answer has %d characters, LINE allows %d%s"
				.formatted(answer.length(), MAX_ANSWER_CHARS, what));
		}
		Set<Audience> audience = audience(map, file, what);
		String category = map.string("category", true);
		String department = map.string("department", true);
		List<String> related = map.strings("related", 0);
		List<String> sources = map.strings("sources", 1);
		LocalDate reviewed = map.date("reviewed", true);
		LocalDate validUntil = map.date("valid-until", false);
		boolean unknown = map.flag("unknown");
		String english = english(map, file, what);
		if (question == null || answer == null || audience.isEmpty() || category == null || department == null
				|| reviewed == null) {
			problems.refused("entry", id);
			return null;
		}
		return new FaqEntry(id, question, phrasings, answer, audience, category, department, related, sources,
				reviewed, unknown, validUntil, new Location(file, map.line()), english);
	}

	MenuItem menuItem(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a menu item", Set.of("id", "name", "summary", "can",
				"cannot", "unconfirmed", "conditions", "department", "phrasings", "sources", "audience", "reviewed",
				"valid-until", "same-as", "english"));
		String id = id(map, file, ID, problems);
		if (id != null && !id.startsWith("menu-")) {
			problems.add(file, map.line("id"), "menu item id '" + id + "' must start with 'menu-'");
		}
		String name = map.string("name", true);
		String summary = map.string("summary", true);
		List<String> can = map.strings("can", 1);
		List<String> cannot = map.strings("cannot", 0);
		List<String> unconfirmed = map.strings("unconfirmed", 0);
		if (map.has("cannot") == map.has("unconfirmed") && cannot.isEmpty() && unconfirmed.isEmpty()) {
			problems.add(file, map.line(), "a menu item needs 'cannot' (what the city does not do) or 'unconfirmed'"
					+ " (what is not known yet), or both, in menu item '" + id + "'");
		}
		List<String> conditions = map.strings("conditions", 0);
		String department = map.string("department", true);
		List<String> phrasings = map.strings("phrasings", MIN_PHRASINGS);
		List<String> sources = map.strings("sources", 1);
		Set<Audience> audience = map.has("audience") ? audience(map, file, " in menu item '" + id + "'")
				: EnumSet.allOf(Audience.class);
		LocalDate reviewed = map.date("reviewed", true);
		LocalDate validUntil = map.date("valid-until", false);
		String sameAs = map.string("same-as", false);
		String english = english(map, file, " in menu item '" + id + "'");
		if (id == null || name == null || summary == null || department == null || reviewed == null
				|| audience.isEmpty()) {
			problems.refused("entry", id);
			return null;
		}
		return new MenuItem(id, name, summary, can, cannot, unconfirmed, conditions, department, phrasings, sources,
				audience, reviewed, validUntil, new Location(file, map.line()), sameAs, english);
	}

	/**
	 * The optional English title: one line of Latin script (an English reader cannot read a title in Japanese, and
	 * a Japanese one belongs in {@code question}), short enough to sit in front of an option.
	 */
	private String english(YamlMap map, String file, String what) {
		String english = map.string("english", false);
		if (english == null) {
			return null;
		}
		if (english.length() > MAX_ENGLISH_CHARS) {
			problems.add(file, map.line("english"), "english has %d characters, at most %d%s"
				.formatted(english.length(), MAX_ENGLISH_CHARS, what));
			return null;
		}
		if (!ENGLISH.matcher(english).matches()) {
			problems.add(file, map.line("english"), "english must be one line of printable ASCII (no kana, kanji,"
					+ " full-width letters or typographic quotes)" + what);
			return null;
		}
		return english;
	}

	Intent intent(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "the intent", Set.of("id", "description", "examples"));
		String id = id(map, file, ID, problems);
		if (id != null && !Intent.KNOWN.contains(id)) {
			problems.add(file, map.line("id"), "unknown intent '" + id + "' (known: " + String.join(", ", Intent.KNOWN) + ")");
		}
		String description = map.string("description", true);
		List<String> examples = map.strings("examples", MIN_EXAMPLES);
		if (id == null || description == null) {
			return null;
		}
		return new Intent(id, description, examples, new Location(file, map.line()));
	}

	static String id(YamlMap map, String file, Pattern pattern, Problems problems) {
		String id = map.string("id", true);
		if (id != null && !pattern.matcher(id).matches()) {
			problems.add(file, map.line("id"), "id '" + id + "' may only use a-z, 0-9 and '-'");
		}
		return id;
	}

	private Set<Audience> audience(YamlMap map, String file, String what) {
		Set<Audience> audience = EnumSet.noneOf(Audience.class);
		for (String key : map.strings("audience", 1)) {
			try {
				audience.add(Audience.fromKey(key));
			}
			catch (IllegalArgumentException ex) {
				problems.add(file, map.line("audience"), ex.getMessage() + what);
			}
		}
		return audience;
	}
}
