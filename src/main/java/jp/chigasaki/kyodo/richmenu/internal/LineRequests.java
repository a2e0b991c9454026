package jp.chigasaki.kyodo.richmenu.internal;

import java.util.List;

import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;
import com.linecorp.bot.messaging.model.RichMenuSwitchAction;

import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;

/** A menu as the Messaging API's create request; the area labels are LINE's accessibility labels (20 characters). */
public final class LineRequests {

	static final int MAX_LABEL = 20;

	private LineRequests() {
	}

	/** @param name the menu's name on the channel, which {@code richmenu deploy} uses to recognise its own menus */
	public static RichMenuRequest of(RichMenu menu, String name) {
		List<RichMenuArea> areas = menu.areas().stream().map(LineRequests::area).toList();
		return new RichMenuRequest(new RichMenuSize((long) menu.size().width(), (long) menu.size().height()),
				menu.shows() != RichMenu.Shows.TAB, name, menu.chatBarText(), areas);
	}

	private static RichMenuArea area(Area area) {
		RichMenu.Bounds b = area.bounds();
		return new RichMenuArea(new RichMenuBounds((long) b.x(), (long) b.y(), (long) b.width(), (long) b.height()),
				action(area));
	}

	static com.linecorp.bot.messaging.model.Action action(Area area) {
		String label = label(area.label());
		if (area.action() instanceof Action.Message message) {
			return new MessageAction(label, message.text());
		}
		if (area.action() instanceof Action.Postback postback) {
			return new PostbackAction(label, postback.data(), postback.displayText(), null, null, null);
		}
		Action.Switch tab = (Action.Switch) area.action();
		return new RichMenuSwitchAction(label, tab.data(), tab.aliasId());
	}

	private static String label(String label) {
		return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
				: label.substring(0, label.offsetByCodePoints(0, MAX_LABEL));
	}
}
