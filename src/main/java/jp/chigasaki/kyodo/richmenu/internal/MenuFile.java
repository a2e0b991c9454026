package jp.chigasaki.kyodo.richmenu.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import jp.chigasaki.kyodo.knowledge.Location;
import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;

/**
 * Reads one {@code richmenu/<id>.yaml} (format in {@code richmenu/README.md}) into a {@link RichMenu} whose areas
 * have no bounds yet ({@link Grid} lays them out once all files are read). LINE's limits are checked here: chat bar
 * text 14 characters, 20 areas, message text, postback data and display text 300 characters.
 */
final class MenuFile {

	static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,25}");
	static final int MAX_AREAS = 20;
	static final int MAX_ACTION_TEXT = 300;
	static final int MAX_LABEL = 40;

	private static final Set<String> MENU_KEYS = Set.of("title", "shows", "chatBarText", "size", "columns", "tabs",
			"image", "areas");
	private static final Set<String> AREA_KEYS = Set.of("label", "note", "message", "postback", "displayText");

	private MenuFile() {
	}

	/** The menu, or null when the file is too broken to make one (the problems say why). */
	static RichMenu read(Path path, String file, Problems problems) {
		String id = path.getFileName().toString().replaceFirst("\\.yaml$", "");
		if (!ID.matcher(id).matches()) {
			problems.add(1, "file name must be <id>.yaml with an id of [a-z0-9-], at most 26 characters");
			return null;
		}
		Node root = compose(path, problems);
		if (root == null) {
			return null;
		}
		Fields menu = new Fields(root, problems, "menu '" + id + "'", MENU_KEYS);
		String title = menu.text("title", true, MAX_LABEL);
		RichMenu.Shows shows = menu.choice("shows", RichMenu.Shows.class, null);
		String chatBarText = menu.text("chatBarText", true, 14);
		RichMenu.Size size = menu.choice("size", RichMenu.Size.class, RichMenu.Size.LARGE);
		int columns = menu.number("columns", 1, 5);
		List<String> tabs = menu.words("tabs");
		String image = menu.text("image", false, 200);
		List<Area> areas = new ArrayList<>();
		for (Node node : menu.nodes("areas")) {
			area(node, problems).ifPresent(areas::add);
		}
		if (menu.has("areas") && (areas.isEmpty() || areas.size() + tabs.size() > MAX_AREAS)) {
			problems.add(menu.line("areas"), "a rich menu has 1 to " + MAX_AREAS + " areas, tabs included; found "
					+ (areas.size() + tabs.size()));
		}
		if (shows == null) {
			return null;
		}
		// Fallbacks only let the checks across files run; the problems already stop the load.
		return new RichMenu(id, title == null ? id : title, shows, chatBarText == null ? "" : chatBarText, size, columns, tabs,
				image == null ? null : path.resolveSibling(image), areas, new Location(file, menu.line()));
	}

	private static Optional<Area> area(Node node, Problems problems) {
		Fields area = new Fields(node, problems, "area", AREA_KEYS);
		String label = area.text("label", true, MAX_LABEL);
		String note = area.text("note", false, MAX_LABEL);
		String message = area.text("message", false, MAX_ACTION_TEXT);
		String postback = area.text("postback", false, MAX_ACTION_TEXT);
		String displayText = area.text("displayText", false, MAX_ACTION_TEXT);
		if (area.has("message") == area.has("postback")) {
			problems.add(area.line(), "an area needs exactly one of 'message' and 'postback'");
			return Optional.empty();
		}
		if (area.has("displayText") && !area.has("postback")) {
			problems.add(area.line("displayText"), "'displayText' belongs to a postback area");
		}
		if (label == null || (message == null && postback == null)) {
			return Optional.empty();
		}
		Action action = message != null ? new Action.Message(message) : new Action.Postback(postback, displayText);
		return Optional.of(new Area(label, note, action, null, false, area.line(message != null ? "message" : "postback")));
	}

	private static Node compose(Path path, Problems problems) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(Files.readAllBytes(path)))
				.toString();
		}
		catch (CharacterCodingException ex) {
			problems.add(1, "not valid UTF-8; save the file as UTF-8");
			return null;
		}
		catch (IOException ex) {
			problems.add(1, "cannot read the file (" + ex.getClass().getSimpleName() + ")");
			return null;
		}
		try {
			Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
			if (root == null) {
				problems.add(1, "the file is empty");
			}
			return root;
		}
		catch (MarkedYAMLException ex) {
			problems.add(ex.getProblemMark() == null ? 1 : ex.getProblemMark().getLine() + 1,
					"not valid YAML: " + ex.getProblem());
			return null;
		}
		catch (YAMLException ex) {
			problems.add(1, "not valid YAML");
			return null;
		}
	}
}
