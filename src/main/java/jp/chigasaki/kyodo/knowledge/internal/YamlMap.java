package jp.chigasaki.kyodo.knowledge.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read strictly: unknown and duplicate keys are problems, and every value keeps its line so that a
 * message can point at it. Getters return null (or an empty list) after reporting a problem.
 */
final class YamlMap {

	private final String file;
	private final Problems problems;
	private final String what;
	private final int line;
	private final Map<String, Node> values = new LinkedHashMap<>();
	private final Map<String, Integer> keyLines = new LinkedHashMap<>();

	YamlMap(Node node, String file, Problems problems, String what, Set<String> allowed) {
		this.file = file;
		this.problems = problems;
		this.what = what;
		this.line = lineOf(node);
		if (!(node instanceof MappingNode mapping)) {
			problems.add(file, line, what + " must be a mapping of keys to values");
			return;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
			int keyLine = lineOf(tuple.getKeyNode());
			if (key == null) {
				problems.add(file, keyLine, "a key in " + what + " must be a plain word");
			}
			else if (!allowed.contains(key)) {
				problems.add(file, keyLine, "unknown key '" + key + "' in " + what + " (allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
			else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
				problems.add(file, keyLine, "duplicate key '" + key + "' in " + what);
			}
			else {
				keyLines.put(key, keyLine);
			}
		}
	}

	static int lineOf(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	int line() {
		return line;
	}

	/** The line of the key, where an editor looks first, also when its value starts on the next line. */
	int line(String key) {
		return keyLines.getOrDefault(key, line);
	}

	boolean has(String key) {
		return values.containsKey(key);
	}

	Node node(String key) {
		return values.get(key);
	}

	String string(String key, boolean required) {
		Node node = values.get(key);
		if (node == null) {
			if (required) {
				problems.add(file, line, "missing required key '" + key + "' in " + what);
			}
			return null;
		}
		if (!(node instanceof ScalarNode scalar)) {
			problems.add(file, lineOf(node), "'" + key + "' in " + what + " must be text");
			return null;
		}
		String value = scalar.getValue().strip();
		if (value.isEmpty() || "null".equals(value) || "~".equals(value)) {
			if (required) {
				problems.add(file, lineOf(node), "'" + key + "' in " + what + " is empty");
			}
			return null;
		}
		return value;
	}

	/** A list of non-empty strings; a single scalar is not accepted, so that a forgotten dash is caught. */
	List<String> strings(String key, int min) {
		Node node = values.get(key);
		if (node == null) {
			if (min > 0) {
				problems.add(file, line, "missing required key '" + key + "' in " + what);
			}
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(file, line(key), "'" + key + "' in " + what + " must be a list");
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				items.add(scalar.getValue().strip());
			}
			else {
				problems.add(file, lineOf(item), "'" + key + "' in " + what + " has an empty or nested item");
			}
		}
		if (items.size() < min) {
			problems.add(file, line(key),
					"'%s' in %s needs at least %d item(s), found %d".formatted(key, what, min, items.size()));
		}
		return List.copyOf(items);
	}

	LocalDate date(String key, boolean required) {
		String value = string(key, required);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(file, line(key), "'" + key + "' in " + what + " must be a date YYYY-MM-DD, found '" + value + "'");
			return null;
		}
	}

	boolean flag(String key) {
		String value = string(key, false);
		if (value == null) {
			return false;
		}
		if (!value.equals("true") && !value.equals("false")) {
			problems.add(file, line(key), "'" + key + "' in " + what + " must be true or false");
		}
		return value.equals("true");
	}
}
