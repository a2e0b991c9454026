package jp.chigasaki.kyodo.richmenu.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;
import jp.chigasaki.kyodo.richmenu.RichMenu.Bounds;

/**
 * Lays a menu out in image pixels: the tab bar (one switch area per tab) across the top, then the areas row by row
 * in {@code columns} equal cells; the last row and column take the rounding remainder. So adding an area to a file
 * is all it takes to add it to the picture and to LINE.
 */
final class Grid {

	private Grid() {
	}

	static int tabBarHeight(RichMenu.Size size) {
		return size == RichMenu.Size.LARGE ? 220 : 160;
	}

	/** The menu with its tab areas first and every area's bounds set; titles names each tab by its menu's title. */
	static RichMenu layOut(RichMenu menu, Map<String, String> titles) {
		int width = menu.size().width();
		int top = menu.tabs().isEmpty() ? 0 : tabBarHeight(menu.size());
		List<Area> areas = new ArrayList<>();
		for (int i = 0; i < menu.tabs().size(); i++) {
			String tab = menu.tabs().get(i);
			Action action = new Action.Switch(tab, Action.Switch.DATA_PREFIX + tab);
			areas.add(new Area(titles.getOrDefault(tab, tab), null, action,
					cell(i, menu.tabs().size(), width, 0, top), true, menu.location().line()));
		}
		List<Area> cells = menu.areas();
		int rows = Math.max(1, (cells.size() + menu.columns() - 1) / menu.columns());
		int rowHeight = (menu.size().height() - top) / rows;
		for (int i = 0; i < cells.size(); i++) {
			int row = i / menu.columns();
			int y = top + row * rowHeight;
			int height = row == rows - 1 ? menu.size().height() - y : rowHeight;
			Bounds column = cell(i % menu.columns(), menu.columns(), width, y, height);
			Area area = cells.get(i);
			areas.add(new Area(area.label(), area.note(), area.action(), column, false, area.line()));
		}
		return new RichMenu(menu.id(), menu.title(), menu.shows(), menu.chatBarText(), menu.size(), menu.columns(),
				menu.tabs(), menu.image(), areas, menu.location());
	}

	private static Bounds cell(int index, int count, int width, int y, int height) {
		int cellWidth = width / count;
		int x = index * cellWidth;
		return new Bounds(x, y, index == count - 1 ? width - x : cellWidth, height);
	}
}
