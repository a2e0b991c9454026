package jp.chigasaki.kyodo.richmenu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.richmenu.internal.JapaneseFont;
import jp.chigasaki.kyodo.richmenu.internal.MenuPainter;
import jp.chigasaki.kyodo.richmenu.internal.RichMenuFiles;

/**
 * The rich menus of {@code richmenu/}, checked against the knowledge, and their pictures. Immutable; the pictures are
 * drawn on first use (with the Japanese font found by {@link JapaneseFont}) and kept.
 */
public final class RichMenus {

	private final List<RichMenu> menus;
	private final Path font;
	private final Map<String, byte[]> images = new ConcurrentHashMap<>();
	private volatile MenuPainter painter;

	private RichMenus(List<RichMenu> menus, Path font) {
		this.menus = menus;
		this.font = font;
	}

	/**
	 * @param font the font file for the pictures; null: Debian's Japanese fonts
	 * @throws jp.chigasaki.kyodo.knowledge.KnowledgeException with a {@code file:line: message} per problem
	 */
	public static RichMenus load(Path dir, KnowledgeBase knowledge, Path font) {
		return new RichMenus(RichMenuFiles.load(dir, knowledge), font);
	}

	public List<RichMenu> all() {
		return menus;
	}

	public Optional<RichMenu> byId(String id) {
		return menus.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	/** The channel's default menu, shown to everyone without a menu of their own. */
	public RichMenu everyone() {
		return menus.stream().filter(m -> m.shows() == RichMenu.Shows.EVERYONE).findFirst().orElseThrow();
	}

	/** The menu linked to each staff user, if there is one. */
	public Optional<RichMenu> staff() {
		return menus.stream().filter(m -> m.shows() == RichMenu.Shows.STAFF).findFirst();
	}

	/**
	 * The menu's picture as PNG: the supplied file, or drawn from the menu's file.
	 *
	 * @throws IllegalStateException when no Japanese font is found (the message says how to install or configure one)
	 */
	public byte[] image(RichMenu menu) {
		return images.computeIfAbsent(menu.id(), id -> menu.image() != null ? read(menu.image()) : painter().png(menu))
			.clone();
	}

	public String summary() {
		int areas = menus.stream().mapToInt(m -> m.areas().size()).sum();
		return menus.size() + " rich menus, " + areas + " areas";
	}

	private MenuPainter painter() {
		if (painter == null) {
			painter = new MenuPainter(JapaneseFont.load(font));
		}
		return painter;
	}

	private static byte[] read(Path image) {
		try {
			return Files.readAllBytes(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
