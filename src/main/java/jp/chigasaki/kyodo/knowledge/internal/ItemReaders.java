package jp.chigasaki.kyodo.knowledge.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.knowledge.Source;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/** Turns one YAML node into one knowledge record, or null after reporting why it cannot. */
final class ItemReaders {

	/** LINE's limit for one text message. */
	static final int MAX_ANSWER_CHARS = 5000;
	static final int MIN_PHRASINGS = 3;
	static final int MIN_EXAMPLES = 15;
	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
	private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9-]+");

	private final Problems problems;

	ItemReaders(Problems problems) {
		this.problems = problems;
	}

	FaqEntry faq(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "an FAQ entry", Set.of("id", "question", "phrasings", "answer",
				"audience", "category", "department", "related", "sources", "reviewed", "unknown"));
		String id = id(map, file, ID);
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
		boolean unknown = map.flag("unknown");
		if (question == null || answer == null || audience.isEmpty() || category == null || department == null
				|| reviewed == null) {
			return null;
		}
		return new FaqEntry(id, question, phrasings, answer, audience, category, department, related, sources,
				reviewed, unknown, new Location(file, map.line()));
	}

	Department department(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a department", Set.of("id", "name", "parent", "handles",
				"keywords", "phone", "floor", "web", "note", "sources", "reviewed"));
		String id = id(map, file, ID);
		String name = map.string("name", true);
		String parent = map.string("parent", false);
		List<String> handles = map.strings("handles", 1);
		List<String> keywords = map.strings("keywords", 0);
		String phone = map.string("phone", false);
		String floor = map.string("floor", false);
		String web = map.string("web", false);
		String note = map.string("note", false);
		List<String> sources = map.strings("sources", 1);
		LocalDate reviewed = map.date("reviewed", true);
		if (phone != null && !phone.matches("[0-9][0-9-]{8,12}[0-9]")) {
			problems.add(file, map.line("phone"), "phone '" + phone + "' is not a Japanese phone number like 0467-81-7126");
		}
		if (web != null && !web.matches("https?://\\S+")) {
			problems.add(file, map.line("web"), "web '" + web + "' must be an http(s) address");
		}
		if (id == null || name == null || reviewed == null) {
			return null;
		}
		return new Department(id, name, parent, handles, keywords, phone, floor, web, note, sources, reviewed,
				new Location(file, map.line()));
	}

	MenuItem menuItem(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a menu item", Set.of("id", "name", "summary", "can",
				"cannot", "conditions", "department", "phrasings", "sources", "reviewed"));
		String id = id(map, file, ID);
		if (id != null && !id.startsWith("menu-")) {
			problems.add(file, map.line("id"), "menu item id '" + id + "' must start with 'menu-'");
		}
		String name = map.string("name", true);
		String summary = map.string("summary", true);
		List<String> can = map.strings("can", 1);
		List<String> cannot = map.strings("cannot", 1);
		List<String> conditions = map.strings("conditions", 0);
		String department = map.string("department", true);
		List<String> phrasings = map.strings("phrasings", MIN_PHRASINGS);
		List<String> sources = map.strings("sources", 1);
		LocalDate reviewed = map.date("reviewed", true);
		if (id == null || name == null || summary == null || department == null || reviewed == null) {
			return null;
		}
		return new MenuItem(id, name, summary, can, cannot, conditions, department, phrasings, sources, reviewed,
				new Location(file, map.line()));
	}

	Source source(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a source", Set.of("id", "title", "url", "date"));
		String id = id(map, file, SOURCE_ID);
		String title = map.string("title", true);
		String url = map.string("url", false);
		LocalDate date = map.date("date", false);
		if (id == null || title == null) {
			return null;
		}
		return new Source(id, title, url, date, new Location(file, map.line()));
	}

	SynonymGroup synonyms(Node node, String file) {
		int line = YamlMap.lineOf(node);
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(file, line, "a synonym group must be a list like [協働, 共同]");
			return null;
		}
		List<String> words = sequence.getValue()
			.stream()
			.map(n -> n instanceof ScalarNode s ? s.getValue().strip() : "")
			.toList();
		if (words.stream().anyMatch(String::isEmpty)) {
			problems.add(file, line, "a synonym group has an empty or nested word");
			return null;
		}
		if (words.size() < 2) {
			problems.add(file, line, "a synonym group needs at least 2 words");
			return null;
		}
		return new SynonymGroup(words, new Location(file, line));
	}

	Intent intent(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "the intent", Set.of("id", "description", "examples"));
		String id = id(map, file, ID);
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

	private String id(YamlMap map, String file, Pattern pattern) {
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
