package jp.chigasaki.kyodo.richmenu.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.linecorp.bot.messaging.model.RichMenuAliasResponse;
import com.linecorp.bot.messaging.model.RichMenuResponse;

import jp.chigasaki.kyodo.richmenu.RichMenu;

/**
 * Works out the steps that bring a channel to the files, in LINE's order: create and upload what is new, set the
 * default, create or repoint aliases, link the staff menu, then remove aliases and menus this project made before.
 * A menu's name carries a hash of its request and picture, so an unchanged menu is kept and running the deployment
 * twice changes nothing the second time.
 */
public final class DeployPlanner {

	/** Names of the menus this project creates: {@code kyodo-concierge/<id>/<hash>}. Other menus are never touched. */
	public static final String NAME_PREFIX = "kyodo-concierge/";

	private DeployPlanner() {
	}

	/**
	 * @param pictures each menu's PNG
	 * @param onChannel the channel's rich menus and aliases now (empty when planning without a channel)
	 */
	public static List<Step> plan(List<RichMenu> menus, Function<RichMenu, byte[]> pictures, Set<String> staffUserIds,
			List<RichMenuResponse> onChannel, List<RichMenuAliasResponse> aliases) {
		Map<String, String> existing = onChannel.stream()
			.collect(Collectors.toMap(RichMenuResponse::name, RichMenuResponse::richMenuId, (a, b) -> a));
		Map<String, String> aliasTargets = aliases.stream()
			.collect(Collectors.toMap(RichMenuAliasResponse::richMenuAliasId, RichMenuAliasResponse::richMenuId));
		List<Step> steps = new ArrayList<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (RichMenu menu : menus) {
			byte[] png = pictures.apply(menu);
			String name = NAME_PREFIX + menu.id() + "/" + hash(menu, png);
			names.put(menu.id(), name);
			if (existing.containsKey(name)) {
				steps.add(new Step.Keep(menu.id(), existing.get(name)));
			}
			else {
				steps.add(new Step.Create(menu.id(), LineRequests.of(menu, name)));
				steps.add(new Step.Upload(menu.id(), png));
			}
		}
		menus.stream().filter(m -> m.shows() == RichMenu.Shows.EVERYONE)
			.forEach(m -> steps.add(new Step.SetDefault(m.id())));
		aliases(menus, aliasTargets, id -> existing.get(names.get(id)), steps);
		menus.stream().filter(m -> m.shows() == RichMenu.Shows.STAFF).forEach(m -> link(m, staffUserIds, steps));
		removals(menus, names.values(), onChannel, aliasTargets.keySet(), steps);
		return steps;
	}

	/** Creates the missing aliases and repoints those whose menu is not the one kept ({@code kept}: null when new). */
	private static void aliases(List<RichMenu> menus, Map<String, String> targets, Function<String, String> kept,
			List<Step> steps) {
		for (RichMenu menu : menus) {
			String target = targets.get(menu.aliasId());
			if (target == null) {
				steps.add(new Step.CreateAlias(menu.aliasId(), menu.id()));
			}
			else if (!target.equals(kept.apply(menu.id()))) {
				steps.add(new Step.UpdateAlias(menu.aliasId(), menu.id()));
			}
		}
	}

	/** Our aliases of menus no file describes, then our menus that are not wanted now; nothing of anyone else. */
	private static void removals(List<RichMenu> menus, Collection<String> wantedNames,
			List<RichMenuResponse> onChannel, Set<String> aliasIds, List<Step> steps) {
		Set<String> wanted = menus.stream().map(RichMenu::aliasId).collect(Collectors.toSet());
		aliasIds.stream().filter(a -> a.startsWith(RichMenu.ALIAS_PREFIX) && !wanted.contains(a)).sorted()
			.forEach(a -> steps.add(new Step.DeleteAlias(a)));
		onChannel.stream().filter(m -> m.name().startsWith(NAME_PREFIX) && !wantedNames.contains(m.name()))
			.forEach(m -> steps.add(new Step.Delete(m.richMenuId(), m.name())));
	}

	private static void link(RichMenu menu, Set<String> staffUserIds, List<Step> steps) {
		List<String> ids = staffUserIds.stream().sorted().toList();
		for (int from = 0; from < ids.size(); from += Step.Link.MAX_USERS) {
			steps.add(new Step.Link(menu.id(), ids.subList(from, Math.min(ids.size(), from + Step.Link.MAX_USERS))));
		}
	}

	/** 12 hex digits of SHA-256 over the create request (without its name) and the picture. */
	static String hash(RichMenu menu, byte[] png) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(LineRequests.of(menu, "").toString().getBytes(StandardCharsets.UTF_8));
			digest.update(png);
			return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
