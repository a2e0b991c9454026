package jp.chigasaki.kyodo.knowledge.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.knowledge.Source;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/** Reads what the entries refer to: departments, sources and synonym groups; null after reporting a problem. */
final class DirectoryReaders {

	private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9-]+");

	private final Problems problems;

	DirectoryReaders(Problems problems) {
		this.problems = problems;
	}

	Department department(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a department", Set.of("id", "name", "parent", "handles",
				"keywords", "phone", "floor", "web", "note", "editor-note", "sources", "reviewed"));
		String id = ItemReaders.id(map, file, ItemReaders.ID, problems);
		String name = map.string("name", true);
		String parent = map.string("parent", false);
		List<String> handles = map.strings("handles", 1);
		List<String> keywords = map.strings("keywords", 0);
		String phone = map.string("phone", false);
		String floor = map.string("floor", false);
		String web = map.string("web", false);
		String note = map.string("note", false);
		String editorNote = map.string("editor-note", false);
		List<String> sources = map.strings("sources", 1);
		LocalDate reviewed = map.date("reviewed", true);
		if (phone != null && !phone.matches("[0-9][0-9-]{8,12}[0-9]")) {
			problems.add(file, map.line("phone"), "phone '" + phone + "' is not a Japanese phone number like 0467-81-7126");
		}
		if (web != null && !web.matches("https?://\\S+")) {
			problems.add(file, map.line("web"), "web '" + web + "' must be an http(s) address");
		}
		if (id == null || name == null || reviewed == null) {
			problems.refused("department", id);
			return null;
		}
		return new Department(id, name, parent, handles, keywords, phone, floor, web, note, editorNote, sources,
				reviewed, new Location(file, map.line()));
	}

	Source source(Node node, String file) {
		YamlMap map = new YamlMap(node, file, problems, "a source", Set.of("id", "title", "url", "date", "facts"));
		String id = ItemReaders.id(map, file, SOURCE_ID, problems);
		String title = map.string("title", true);
		String url = map.string("url", false);
		LocalDate date = map.date("date", false);
		List<String> facts = map.strings("facts", 0);
		if (id == null || title == null) {
			problems.refused("source", id);
			return null;
		}
		return new Source(id, title, url, date, facts, new Location(file, map.line()));
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
}
