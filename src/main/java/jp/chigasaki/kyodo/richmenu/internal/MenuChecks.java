package jp.chigasaki.kyodo.richmenu.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.richmenu.RichMenu;
import jp.chigasaki.kyodo.richmenu.RichMenu.Action;
import jp.chigasaki.kyodo.richmenu.RichMenu.Area;

/**
 * Checks across the rich menu files and against the knowledge: one default menu, at most one staff menu, tab groups
 * that agree, and postbacks the dialogue understands ({@code dlg:faq=<id>} of an entry or できることメニュー item the
 * menu's viewers may see, {@code dlg:ask=<question>}, {@code dlg:menu}, {@code dlg:possible}, {@code dlg:human}).
 */
final class MenuChecks {

	/** The dialogue's postback actions that make sense on a menu (feedback and clarify choices do not). */
	static final Set<String> ACTIONS = Set.of("faq", "ask", "menu", "possible", "human");

	private final Map<String, RichMenu> menus;
	private final KnowledgeBase knowledge;
	private final Function<RichMenu, Problems> problems;

	MenuChecks(List<RichMenu> menus, KnowledgeBase knowledge, Function<RichMenu, Problems> problems) {
		this.menus = menus.stream().collect(Collectors.toMap(RichMenu::id, Function.identity()));
		this.knowledge = knowledge;
		this.problems = problems;
	}

	void check(String folder, List<KnowledgeProblem> found) {
		long everyone = menus.values().stream().filter(m -> m.shows() == RichMenu.Shows.EVERYONE).count();
		if (everyone != 1) {
			found.add(new KnowledgeProblem(folder, 1,
					"exactly one menu must have 'shows: everyone' (the channel's default menu), found " + everyone));
		}
		List<RichMenu> staff = menus.values().stream().filter(m -> m.shows() == RichMenu.Shows.STAFF).toList();
		staff.stream().skip(1).forEach(m -> problems.apply(m).add(m.location().line(),
				"only one menu may have 'shows: staff'; '" + staff.get(0).id() + "' has it too"));
		menus.values().forEach(this::checkMenu);
	}

	private void checkMenu(RichMenu menu) {
		Problems out = problems.apply(menu);
		int line = menu.location().line();
		if (!menu.tabs().isEmpty() && !menu.tabs().contains(menu.id())) {
			out.add(line, "'tabs' must list this menu itself ('" + menu.id() + "')");
		}
		for (String tab : menu.tabs()) {
			RichMenu other = menus.get(tab);
			if (other == null) {
				out.add(line, "unknown menu '" + tab + "' in 'tabs' (a file " + tab + ".yaml in this folder)");
			}
			else if (!other.tabs().equals(menu.tabs())) {
				out.add(line, "menu '" + tab + "' in 'tabs' must list the same tabs " + menu.tabs());
			}
		}
		if (menu.shows() == RichMenu.Shows.TAB && reachers(menu).isEmpty()) {
			out.add(line, "a menu with 'shows: tab' must be a tab of a menu shown to everyone or to staff");
		}
		Audience viewers = staffOnly(menu) ? Audience.STAFF : Audience.MEMBER;
		menu.areas().forEach(area -> checkAction(area, viewers, out));
	}

	private List<RichMenu> reachers(RichMenu menu) {
		return menus.values()
			.stream()
			.filter(m -> m.shows() != RichMenu.Shows.TAB && m.tabs().contains(menu.id()))
			.toList();
	}

	private boolean staffOnly(RichMenu menu) {
		return switch (menu.shows()) {
			case STAFF -> true;
			case EVERYONE -> false;
			case TAB -> reachers(menu).stream().allMatch(m -> m.shows() == RichMenu.Shows.STAFF);
		};
	}

	private void checkAction(Area area, Audience viewers, Problems out) {
		if (!(area.action() instanceof Action.Postback postback)) {
			return;
		}
		String data = postback.data();
		if (!data.startsWith("dlg:")) {
			out.add(area.line(), "postback data must be a dialogue postback 'dlg:<action>', found '" + data + "'");
			return;
		}
		String[] head = data.substring(4).split("&", 2)[0].split("=", 2);
		String action = head[0];
		String value = head.length > 1 ? head[1] : "";
		if (!ACTIONS.contains(action)) {
			out.add(area.line(), "unknown dialogue action '" + action + "' (allowed on a menu: "
					+ String.join(", ", ACTIONS.stream().sorted().toList()) + ")");
		}
		else if (action.equals("ask") && value.isBlank()) {
			out.add(area.line(), "'dlg:ask=' needs the question to ask");
		}
		else if (action.equals("faq")) {
			checkEntry(value, viewers, area.line(), out);
		}
	}

	private void checkEntry(String id, Audience viewers, int line, Problems out) {
		if (knowledge.menuItem(id).isPresent()) {
			return;
		}
		var entry = knowledge.faq(id);
		if (entry.isEmpty()) {
			out.add(line, "unknown FAQ entry or できることメニュー item '" + id + "'");
		}
		else if (!entry.get().visibleTo(viewers)) {
			out.add(line, "FAQ entry '" + id + "' is for staff only, but this menu is shown to members");
		}
	}
}
