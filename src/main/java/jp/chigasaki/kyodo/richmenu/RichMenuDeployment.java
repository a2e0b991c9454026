package jp.chigasaki.kyodo.richmenu;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

import jp.chigasaki.kyodo.richmenu.internal.DeployPlanner;
import jp.chigasaki.kyodo.richmenu.internal.Run;
import jp.chigasaki.kyodo.richmenu.internal.Step;

/**
 * Puts the rich menus of the files on a LINE channel through the Messaging API ({@code richmenu deploy}). Only menus
 * named {@code kyodo-concierge/…} and aliases {@code kyodo-…} are ever changed or removed; others on the channel stay.
 */
public final class RichMenuDeployment {

	private final MessagingApiClient api;
	private final MessagingApiBlobClient blob;

	public RichMenuDeployment(MessagingApiClient api, MessagingApiBlobClient blob) {
		this.api = api;
		this.blob = blob;
	}

	/** What {@link #deploy} would do on a channel without any of our menus; calls nothing. */
	public static List<String> planForEmptyChannel(RichMenus menus, Set<String> staffUserIds) {
		return describe(DeployPlanner.plan(menus.all(), menus::image, staffUserIds, List.of(), List.of()));
	}

	/** What {@link #deploy} would do on this channel now; only reads (the menu and alias lists). */
	public List<String> plan(RichMenus menus, Set<String> staffUserIds) {
		return describe(steps(menus, staffUserIds, new Run(api, blob)));
	}

	/**
	 * Runs the steps in order, telling {@code done} each one's description after it succeeded.
	 *
	 * @throws IllegalStateException when LINE refuses a call (the steps before it stay done; running again resumes)
	 */
	public void deploy(RichMenus menus, Set<String> staffUserIds, Consumer<String> done) {
		Run run = new Run(api, blob);
		for (Step step : steps(menus, staffUserIds, run)) {
			step.apply(run);
			done.accept(step.describe());
		}
	}

	private List<Step> steps(RichMenus menus, Set<String> staffUserIds, Run run) {
		var onChannel = run.await(api.getRichMenuList()).richmenus();
		var aliases = run.await(api.getRichMenuAliasList()).aliases();
		return DeployPlanner.plan(menus.all(), menus::image, staffUserIds, onChannel, aliases);
	}

	private static List<String> describe(List<Step> steps) {
		return steps.stream().map(Step::describe).toList();
	}
}
