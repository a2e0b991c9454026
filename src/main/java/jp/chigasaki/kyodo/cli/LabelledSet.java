package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * The project's labelled questions ({@code eval/labelled-*.yaml}, format in {@code eval/README.md}): a
 * {@code questions} list of {@code q} (the text), {@code expect} (an FAQ or menu id, an intent id, or
 * {@code escalate}), optional {@code also} (other answers just as right), {@code audience} (member or staff) and
 * {@code style}, and optional {@code before}: the messages the same person sent earlier in the same conversation,
 * oldest first, so that the question is a follow-up ({@code EvalCommand} replies to them first and asks the question
 * with the conversation state they leave). Unknown keys are refused with file and line.
 */
record LabelledSet(List<Question> questions) {

	static final String ESCALATE = "escalate";
	private static final Set<String> KEYS = Set.of("q", "expect", "also", "audience", "style", "before");

	/**
	 * @param also other acceptable answers; {@code expected} first
	 * @param before earlier messages of the same conversation, oldest first; empty for a conversation's first message
	 */
	record Question(String text, String expected, List<String> also, Audience audience, String style,
			List<String> before, int line) {

		Question(String text, String expected, List<String> also, Audience audience, String style, int line) {
			this(text, expected, also, audience, style, List.of(), line);
		}

		List<String> acceptable() {
			List<String> all = new ArrayList<>(List.of(expected));
			all.addAll(also);
			return all;
		}
	}

	static LabelledSet load(Path file) throws IOException {
		Node root;
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(file + ": not valid YAML: " + ex.getMessage());
		}
		Node list = root instanceof MappingNode map ? entries(map).get("questions") : null;
		if (!(list instanceof SequenceNode sequence)) {
			throw new IllegalArgumentException(file + ":1: needs a 'questions' list");
		}
		List<Question> questions = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (Node node : sequence.getValue()) {
			int line = node.getStartMark().getLine() + 1;
			try {
				questions.add(question(node, line));
			}
			catch (IllegalArgumentException ex) {
				problems.add(file + ":" + line + ": " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("\n", problems));
		}
		return new LabelledSet(questions);
	}

	private static Question question(Node node, int line) {
		if (!(node instanceof MappingNode map)) {
			throw new IllegalArgumentException("each question is a mapping with q and expect");
		}
		Map<String, Node> fields = entries(map);
		for (String key : fields.keySet()) {
			if (!KEYS.contains(key)) {
				throw new IllegalArgumentException("unknown key '" + key + "'");
			}
		}
		String text = scalar(fields.get("q"));
		String expected = scalar(fields.get("expect"));
		if (text == null || text.isBlank() || expected == null || expected.isBlank()) {
			throw new IllegalArgumentException("needs q and expect");
		}
		List<String> also = new ArrayList<>();
		if (fields.get("also") instanceof SequenceNode sequence) {
			sequence.getValue().forEach(item -> also.add(scalar(item)));
		}
		List<String> before = new ArrayList<>();
		Node earlier = fields.get("before");
		if (earlier != null) {
			if (!(earlier instanceof SequenceNode sequence)) {
				throw new IllegalArgumentException("'before' is a list of the earlier messages");
			}
			for (Node item : sequence.getValue()) {
				String message = scalar(item);
				if (message == null || message.isBlank()) {
					throw new IllegalArgumentException("'before' holds an empty or non-text message");
				}
				before.add(message);
			}
		}
		String audience = scalar(fields.get("audience"));
		return new Question(text, expected.strip(), List.copyOf(also),
				audience == null ? Audience.MEMBER : Audience.fromKey(audience.strip()), scalar(fields.get("style")),
				List.copyOf(before), line);
	}

	private static Map<String, Node> entries(MappingNode map) {
		Map<String, Node> entries = new LinkedHashMap<>();
		for (NodeTuple tuple : map.getValue()) {
			entries.put(scalar(tuple.getKeyNode()), tuple.getValueNode());
		}
		return entries;
	}

	private static String scalar(Node node) {
		return node instanceof ScalarNode scalar ? scalar.getValue() : null;
	}
}
