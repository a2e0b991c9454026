package jp.chigasaki.kyodo.escalation.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import jp.chigasaki.kyodo.escalation.internal.HolidayCalendar.Period;

/** Reads {@code holidays-jp.yaml} strictly, collecting every problem with its line before giving up. */
final class HolidayFile {

	private final String file;
	private final List<String> problems = new ArrayList<>();

	private HolidayFile(String file) {
		this.file = file;
	}

	private HolidayCalendar calendar(String text) {
		Node root = new Yaml().compose(new StringReader(text));
		Set<Integer> years = new TreeSet<>();
		Map<LocalDate, String> holidays = new TreeMap<>();
		List<Period> periods = new ArrayList<>();
		Map<String, Node> top = mapping(root, Set.of("years", "closed-every-year", "holidays"));
		items(top.get("years"), "years").forEach(node -> year(node).ifPresent(years::add));
		for (Node node : items(top.get("closed-every-year"), "closed-every-year")) {
			Map<String, Node> entry = mapping(node, Set.of("from", "to", "name"));
			MonthDay from = monthDay(entry.get("from"), node);
			MonthDay to = monthDay(entry.get("to"), node);
			String name = name(entry.get("name"), node);
			if (from != null && to != null && name != null) {
				periods.add(new Period(from, to, name));
			}
		}
		holidays(items(top.get("holidays"), "holidays"), years, holidays);
		years.stream()
			.filter(year -> holidays.keySet().stream().noneMatch(date -> date.getYear() == year))
			.forEach(year -> problem(top.get("years"), "year " + year + " has no holidays listed"));
		return new HolidayCalendar(years, holidays, periods);
	}

	private void holidays(List<Node> nodes, Set<Integer> years, Map<LocalDate, String> holidays) {
		LocalDate previous = null;
		for (Node node : nodes) {
			Map<String, Node> entry = mapping(node, Set.of("date", "name"));
			LocalDate date = date(entry.get("date"), node);
			String name = name(entry.get("name"), node);
			if (date == null || name == null) {
				continue;
			}
			if (previous != null && !date.isAfter(previous)) {
				problem(node, "dates must be strictly ascending: " + date + " after " + previous);
			}
			if (!years.contains(date.getYear())) {
				problem(node, date + " is not in one of the years " + years);
			}
			holidays.put(date, name);
			previous = date;
		}
	}

	private Map<String, Node> mapping(Node node, Set<String> allowed) {
		Map<String, Node> values = new TreeMap<>();
		if (!(node instanceof MappingNode mapping)) {
			problem(node, "expected keys " + new TreeSet<>(allowed));
			return values;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode());
			if (!allowed.contains(key)) {
				problem(tuple.getKeyNode(), "unknown key '" + key + "'; allowed: " + new TreeSet<>(allowed));
			}
			else if (values.put(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), "duplicate key '" + key + "'");
			}
		}
		allowed.stream().filter(key -> !values.containsKey(key)).forEach(key -> problem(node, "missing '" + key + "'"));
		return values;
	}

	private List<Node> items(Node node, String key) {
		if (node == null) {
			return List.of();
		}
		if (node instanceof SequenceNode sequence) {
			return sequence.getValue();
		}
		problem(node, "'" + key + "' must be a list");
		return List.of();
	}

	private Optional<Integer> year(Node node) {
		String text = scalar(node);
		if (text == null || !text.matches("20\\d\\d")) {
			problem(node, "a year must be a number like 2026");
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text));
	}

	private LocalDate date(Node node, Node entry) {
		String text = scalar(node);
		try {
			return LocalDate.parse(text);
		}
		catch (RuntimeException ex) {
			problem(node == null ? entry : node, "date must be YYYY-MM-DD: " + text);
			return null;
		}
	}

	private MonthDay monthDay(Node node, Node entry) {
		String text = scalar(node);
		try {
			return MonthDay.parse("--" + text);
		}
		catch (RuntimeException ex) {
			problem(node == null ? entry : node, "must be MM-DD: " + text);
			return null;
		}
	}

	private String name(Node node, Node entry) {
		String text = scalar(node);
		if (text == null || text.isBlank()) {
			problem(node == null ? entry : node, "name must not be empty");
			return null;
		}
		return text.strip();
	}

	private String scalar(Node node) {
		return node instanceof ScalarNode scalar ? scalar.getValue() : null;
	}

	private void problem(Node node, String message) {
		int line = node == null ? 1 : node.getStartMark().getLine() + 1;
		problems.add(file + ":" + line + ": " + message);
	}

	static HolidayCalendar parse(Path file) {
		HolidayFile reader = new HolidayFile(file.toString());
		HolidayCalendar calendar;
		try {
			calendar = reader.calendar(read(file));
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1;
			throw new HolidayCalendar.Invalid(List.of(file + ":" + line + ": not valid YAML: " + ex.getProblem()), ex);
		}
		if (!reader.problems.isEmpty()) {
			throw new HolidayCalendar.Invalid(reader.problems, null);
		}
		return calendar;
	}

	private static String read(Path file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(file)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new HolidayCalendar.Invalid(List.of(file + ":1: not valid UTF-8"), ex);
		}
		catch (IOException ex) {
			throw new HolidayCalendar.Invalid(List.of(file + ":1: cannot be read (" + ex.getClass().getSimpleName() + ")"), ex);
		}
	}
}
