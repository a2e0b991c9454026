package jp.chigasaki.kyodo.richmenu.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of one YAML mapping in a rich menu file, read strictly: unknown and duplicate keys are problems, and every
 * value keeps its line. Getters return null (or an empty list) after reporting a problem.
 */
final class Fields {

	private final Problems problems;
	private final String what;
	private final int line;
	private final Map<String, Node> values = new LinkedHashMap<>();

	Fields(Node node, Problems problems, String what, Set<String> allowed) {
		this.problems = problems;
		this.what = what;
		this.line = lineOf(node);
		if (!(node instanceof MappingNode mapping)) {
			problems.add(line, what + " must be a mapping of keys to values");
			return;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
			if (!allowed.contains(key)) {
				problems.add(lineOf(tuple.getKeyNode()), "unknown key '" + key + "' in " + what + " (allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
			else if (values.putIfAbsent(key, tuple.getValueNode()) != null) {
				problems.add(lineOf(tuple.getKeyNode()), "duplicate key '" + key + "' in " + what);
			}
		}
	}

	static int lineOf(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	int line() {
		return line;
	}

	int line(String key) {
		Node node = values.get(key);
		return node == null ? line : lineOf(node);
	}

	boolean has(String key) {
		return values.containsKey(key);
	}

	String text(String key, boolean required, int maxLength) {
		Node node = values.get(key);
		if (node == null) {
			if (required) {
				problems.add(line, "missing required key '" + key + "' in " + what);
			}
			return null;
		}
		String value = node instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
		if (value == null || value.isEmpty()) {
			problems.add(lineOf(node), "'" + key + "' in " + what + " must be non-empty text");
			return null;
		}
		if (value.codePointCount(0, value.length()) > maxLength) {
			problems.add(lineOf(node), "'" + key + "' in " + what + " is longer than " + maxLength + " characters");
			return null;
		}
		return value;
	}

	List<String> words(String key) {
		Node node = values.get(key);
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(lineOf(node), "'" + key + "' in " + what + " must be a list");
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (Node item : sequence.getValue()) {
			if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
				items.add(scalar.getValue().strip());
			}
			else {
				problems.add(lineOf(item), "'" + key + "' in " + what + " has an empty or nested item");
			}
		}
		return items;
	}

	List<Node> nodes(String key) {
		Node node = values.get(key);
		if (node == null) {
			problems.add(line, "missing required key '" + key + "' in " + what);
			return List.of();
		}
		if (!(node instanceof SequenceNode sequence)) {
			problems.add(lineOf(node), "'" + key + "' in " + what + " must be a list");
			return List.of();
		}
		return sequence.getValue();
	}

	<E extends Enum<E>> E choice(String key, Class<E> type, E fallback) {
		String value = text(key, fallback == null, 20);
		if (value == null) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(line(key), "'" + key + "' in " + what + " must be one of "
					+ String.join(", ", Stream.of(type.getEnumConstants())
						.map(e -> e.name().toLowerCase(Locale.ROOT))
						.toList()) + ", found '" + value + "'");
			return fallback;
		}
	}

	int number(String key, int min, int max) {
		String value = text(key, true, 3);
		try {
			int number = value == null ? min : Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(line(key), "'" + key + "' in " + what + " must be a whole number from " + min + " to " + max);
		return min;
	}
}
