package jp.chigasaki.kyodo.richmenu;

import java.nio.file.Path;
import java.util.List;

import jp.chigasaki.kyodo.knowledge.Location;

/**
 * One LINE rich menu as written in a file under {@code richmenu/}: its id is the file name, its alias on the channel
 * {@link #aliasId()}. Areas are laid out in a grid of {@code columns} below an optional tab bar; {@link Area#bounds()}
 * are in image pixels.
 *
 * @param title the tab label, and the image's caption for editors
 * @param shows who sees it: everyone (the channel's default menu), staff (linked to each staff user id), or only those
 * who switch to it through a tab
 * @param tabs the menus of its tab bar, in order, this one included; empty: no tab bar
 * @param image a supplied PNG that replaces the rendered image; null: rendered from the file
 */
public record RichMenu(String id, String title, Shows shows, String chatBarText, Size size, int columns,
		List<String> tabs, Path image, List<Area> areas, Location location) {

	/** The prefix of every alias this project creates; {@code richmenu deploy} touches no other alias. */
	public static final String ALIAS_PREFIX = "kyodo-";

	public RichMenu {
		tabs = List.copyOf(tabs);
		areas = List.copyOf(areas);
	}

	public String aliasId() {
		return ALIAS_PREFIX + id;
	}

	public enum Shows {
		EVERYONE, STAFF, TAB
	}

	/** The two sizes LINE accepts for a full-width menu. */
	public enum Size {

		LARGE(2500, 1686), COMPACT(2500, 843);

		private final int width;
		private final int height;

		Size(int width, int height) {
			this.width = width;
			this.height = height;
		}

		public int width() {
			return width;
		}

		public int height() {
			return height;
		}
	}

	/**
	 * A tappable rectangle. {@code label} is drawn (and is LINE's accessibility label, cut to 20 characters),
	 * {@code note} is a smaller line under it, null when absent. {@code line} is where its action is written.
	 */
	public record Area(String label, String note, Action action, Bounds bounds, boolean tab, int line) {
	}

	public record Bounds(int x, int y, int width, int height) {
	}

	/** What a tap sends: exactly what LINE sends for the rich menu action of the same kind. */
	public sealed interface Action {

		/** A message action: the text is sent as the user's own message. */
		record Message(String text) implements Action {
		}

		/** A postback action: {@code data} reaches the webhook, {@code displayText} shows as the user's message. */
		record Postback(String data, String displayText) implements Action {
		}

		/**
		 * A rich menu switch action (a tab): the LINE app shows the menu of the alias and sends a postback with
		 * {@code data} and {@code params.newRichMenuAliasId}.
		 */
		record Switch(String menuId, String data) implements Action {

			/** Postback data of tab switches; the webhook ignores this prefix (nothing to answer). */
			public static final String DATA_PREFIX = "richmenu:tab=";

			public String aliasId() {
				return ALIAS_PREFIX + menuId;
			}
		}
	}
}
