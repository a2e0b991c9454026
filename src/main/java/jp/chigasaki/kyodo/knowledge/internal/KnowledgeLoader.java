package jp.chigasaki.kyodo.knowledge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.chigasaki.kyodo.knowledge.Department;
import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.MenuItem;
import jp.chigasaki.kyodo.knowledge.Source;
import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/**
 * Reads {@code faq/} and {@code intents/} (formats in the READMEs beside them), checks every file and every
 * reference, and builds one {@link KnowledgeBase}, or throws {@link KnowledgeException} with all problems found.
 */
public final class KnowledgeLoader {

	static final String SOURCES = "sources.yaml";
	static final String DEPARTMENTS = "departments.yaml";
	static final String MENU = "menu.yaml";
	static final String SYNONYMS = "synonyms.yaml";
	static final String ENGLISH = "english.yaml";
	static final String USER_DICTIONARY = "userdict.txt";
	private static final List<String> FIXED = List.of(SOURCES, DEPARTMENTS, MENU, SYNONYMS);

	private final Path faqDir;
	private final Path intentsDir;
	private final Problems problems = new Problems();

	public KnowledgeLoader(Path faqDir, Path intentsDir) {
		this.faqDir = faqDir;
		this.intentsDir = intentsDir;
	}

	public KnowledgeBase load() {
		ItemReaders readers = new ItemReaders(problems);
		DirectoryReaders directory = new DirectoryReaders(problems);
		List<Source> sources = new ArrayList<>();
		List<Department> departments = new ArrayList<>();
		List<MenuItem> menu = new ArrayList<>();
		List<SynonymGroup> synonyms = new ArrayList<>();
		List<SynonymGroup> glossary = new ArrayList<>();
		List<FaqEntry> faqs = new ArrayList<>();
		List<Intent> intents = new ArrayList<>();
		for (Path path : yamlFiles(faqDir)) {
			String name = path.getFileName().toString();
			String file = display(faqDir, path);
			switch (name) {
				case SOURCES -> items(path, file, "sources").forEach(n -> sources.add(directory.source(n, file)));
				case DEPARTMENTS -> items(path, file, "departments").forEach(n -> departments.add(directory.department(n, file)));
				case MENU -> items(path, file, "menu").forEach(n -> menu.add(readers.menuItem(n, file)));
				case SYNONYMS -> items(path, file, "synonyms").forEach(n -> synonyms.add(directory.synonyms(n, file)));
				case ENGLISH -> items(path, file, "glossary").forEach(n -> glossary.add(directory.synonyms(n, file)));
				default -> items(path, file, "entries").forEach(n -> faqs.add(readers.faq(n, file)));
			}
		}
		for (String fixed : FIXED) {
			if (!Files.isRegularFile(faqDir.resolve(fixed))) {
				problems.add(display(faqDir, faqDir.resolve(fixed)), 1, "required file is missing");
			}
		}
		for (Path path : yamlFiles(intentsDir)) {
			String file = display(intentsDir, path);
			Node root = compose(path, file);
			if (root != null) {
				intents.add(readers.intent(root, file));
			}
		}
		String userDictionary = userDictionary();
		KnowledgeBase base = new KnowledgeBase(nonNull(faqs), nonNull(departments), nonNull(menu), nonNull(intents),
				nonNull(sources), Glossary.join(synonyms, glossary, problems), userDictionary);
		new CrossChecks(problems).check(base);
		new ContactChecks(problems).check(base);
		if (!problems.isEmpty()) {
			throw new KnowledgeException(problems.list());
		}
		return base;
	}

	private List<Path> yamlFiles(Path dir) {
		if (!Files.isDirectory(dir)) {
			problems.add(dir.toString(), 1, "knowledge folder not found");
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			List<Path> all = files.filter(Files::isRegularFile).sorted().toList();
			all.stream()
				.filter(p -> p.getFileName().toString().endsWith(".yml"))
				.forEach(p -> problems.add(display(dir, p), 1, "knowledge files end in .yaml; rename this file"));
			return all.stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
		}
		catch (IOException ex) {
			problems.add(dir.toString(), 1, "cannot list the folder (" + ex.getClass().getSimpleName() + ")");
			return List.of();
		}
	}

	/** The items of a file whose root is a mapping with exactly one key holding a list. */
	private List<Node> items(Path path, String file, String key) {
		Node root = compose(path, file);
		if (root == null) {
			return List.of();
		}
		YamlMap map = new YamlMap(root, file, problems, "the file", java.util.Set.of(key));
		Node list = map.node(key);
		if (list == null) {
			problems.add(file, map.line(), "the file must start with '" + key + ":' followed by a list");
			return List.of();
		}
		if (!(list instanceof SequenceNode sequence)) {
			problems.add(file, YamlMap.lineOf(list), "'" + key + "' must be a list (items start with '- ')");
			return List.of();
		}
		return sequence.getValue();
	}

	private Node compose(Path path, String file) {
		String text = StrictText.read(path, file, problems);
		if (text == null) {
			return null;
		}
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try {
			Node node = new Yaml(options).compose(new java.io.StringReader(text));
			if (node == null) {
				problems.add(file, 1, "the file is empty");
			}
			return node;
		}
		catch (MarkedYAMLException ex) {
			problems.add(file, syntaxErrorLine(ex), "not valid YAML: " + ex.getProblem()
					+ (ex.getContext() == null ? "" : " (" + ex.getContext() + ")"));
			return null;
		}
		catch (YAMLException ex) {
			problems.add(file, 1, "not valid YAML: " + ex.getMessage());
			return null;
		}
	}

	/**
	 * The line an editor has to fix. SnakeYAML marks the place where it noticed the problem: for an unclosed quote or
	 * bracket and for a line missing its ':' that is the next line (or the end of the file), one line after the
	 * mistake; its context mark then points at the line where the unfinished construct starts. For other errors
	 * (bad indentation, a tab) the problem mark itself is the line.
	 */
	static int syntaxErrorLine(MarkedYAMLException ex) {
		String context = ex.getContext() == null ? "" : ex.getContext();
		boolean unfinished = context.startsWith("while scanning") || context.contains("flow");
		if (unfinished && ex.getContextMark() != null) {
			return ex.getContextMark().getLine() + 1;
		}
		return ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 1;
	}

	private String userDictionary() {
		Path path = faqDir.resolve(USER_DICTIONARY);
		if (!Files.isRegularFile(path)) {
			return "";
		}
		String file = display(faqDir, path);
		String text = StrictText.read(path, file, problems);
		if (text == null) {
			return "";
		}
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split(",", -1);
			if (columns.length != 4 || Stream.of(columns).anyMatch(String::isBlank)) {
				problems.add(file, i + 1, "a user dictionary line needs 4 columns: surface,segmentation,readings,part-of-speech");
			}
			else if (columns[1].strip().split("\\s+").length != columns[2].strip().split("\\s+").length) {
				problems.add(file, i + 1, "segmentation and readings of '" + columns[0] + "' have different numbers of parts");
			}
			else if (!columns[1].replace(" ", "").equals(columns[0])) {
				problems.add(file, i + 1, "segmentation of '" + columns[0] + "' does not spell the word");
			}
		}
		return text;
	}

	private static <T> List<T> nonNull(List<T> items) {
		return items.stream().filter(java.util.Objects::nonNull).toList();
	}

	private static String display(Path dir, Path file) {
		Path name = dir.toAbsolutePath().normalize().getFileName();
		return (name == null ? "" : name + "/") + file.getFileName();
	}
}
