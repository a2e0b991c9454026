package jp.chigasaki.kyodo.richmenu.internal;

import java.util.List;

import com.linecorp.bot.client.base.UploadFile;
import com.linecorp.bot.messaging.model.CreateRichMenuAliasRequest;
import com.linecorp.bot.messaging.model.RichMenuBulkLinkRequest;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.UpdateRichMenuAliasRequest;

/**
 * One step of a deployment: what it says in the plan, and the Messaging API call it makes. Menus are named by their
 * file id; a new menu's LINE id is known only once {@link Create} ran, so steps look it up in the {@link Run}.
 */
public sealed interface Step {

	String describe();

	void apply(Run run);

	/** Creates a menu the channel does not have yet. */
	record Create(String menuId, RichMenuRequest request) implements Step {

		public String describe() {
			return "create rich menu '%s' (%dx%d, %d areas) named %s".formatted(menuId, request.size().width(),
					request.size().height(), request.areas().size(), request.name());
		}

		public void apply(Run run) {
			run.created(menuId, run.await(run.api().createRichMenu(request)).richMenuId());
		}
	}

	record Upload(String menuId, byte[] png) implements Step {

		public String describe() {
			return "upload the picture of '%s' (PNG, %d bytes)".formatted(menuId, png.length);
		}

		public void apply(Run run) {
			run.await(run.blob().setRichMenuImage(run.id(menuId), UploadFile.fromByteArray(png, "image/png")));
		}
	}

	/** A menu whose name (and so its content and picture) is already on the channel. */
	record Keep(String menuId, String richMenuId) implements Step {

		public String describe() {
			return "keep rich menu '%s' (unchanged: %s)".formatted(menuId, richMenuId);
		}

		public void apply(Run run) {
			run.created(menuId, richMenuId);
		}
	}

	record SetDefault(String menuId) implements Step {

		public String describe() {
			return "set '%s' as the channel's default rich menu".formatted(menuId);
		}

		public void apply(Run run) {
			run.await(run.api().setDefaultRichMenu(run.id(menuId)));
		}
	}

	record CreateAlias(String aliasId, String menuId) implements Step {

		public String describe() {
			return "create alias %s for '%s'".formatted(aliasId, menuId);
		}

		public void apply(Run run) {
			run.await(run.api().createRichMenuAlias(new CreateRichMenuAliasRequest(aliasId, run.id(menuId))));
		}
	}

	record UpdateAlias(String aliasId, String menuId) implements Step {

		public String describe() {
			return "point alias %s to the new '%s'".formatted(aliasId, menuId);
		}

		public void apply(Run run) {
			run.await(run.api().updateRichMenuAlias(aliasId, new UpdateRichMenuAliasRequest(run.id(menuId))));
		}
	}

	/** Links up to 500 users per call (LINE's limit); the plan names only how many, never the ids. */
	record Link(String menuId, List<String> userIds) implements Step {

		static final int MAX_USERS = 500;

		public String describe() {
			return "link '%s' to %d staff user(s)".formatted(menuId, userIds.size());
		}

		public void apply(Run run) {
			run.await(run.api().linkRichMenuIdToUsers(new RichMenuBulkLinkRequest(run.id(menuId), userIds)));
		}
	}

	record DeleteAlias(String aliasId) implements Step {

		public String describe() {
			return "delete alias %s (its menu is no longer in the folder)".formatted(aliasId);
		}

		public void apply(Run run) {
			run.await(run.api().deleteRichMenuAlias(aliasId));
		}
	}

	/** A menu this project created before (its name starts with the project's prefix) that no file describes now. */
	record Delete(String richMenuId, String name) implements Step {

		public String describe() {
			return "delete old rich menu %s (%s)".formatted(name, richMenuId);
		}

		public void apply(Run run) {
			run.await(run.api().deleteRichMenu(richMenuId));
		}
	}
}
