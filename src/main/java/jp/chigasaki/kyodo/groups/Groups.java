package jp.chigasaki.kyodo.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;

/**
 * The groups feature (団体登録, 試行): register with consent, edit, join, link a group chat, and erase. Publishes
 * {@link GroupRegistered} after a new group is stored.
 */
public class Groups {

	private final GroupStore store;
	private final GroupsProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Groups(GroupStore store, GroupsProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** Whether coordinators switched the trial on ({@code kyodo.groups.enabled}). */
	public boolean enabled() {
		return properties.enabled();
	}

	/**
	 * Registers a group for the member who filled in the profile and consented to share it with city departments.
	 *
	 * @throws IllegalArgumentException without consent, or when the member already belongs to a group
	 */
	public Group register(Group.Profile profile, String memberId, boolean consented) {
		if (!consented) {
			throw new IllegalArgumentException("市の担当課と共有することへの同意がないため登録できません。");
		}
		if (store.groupOf(memberId).isPresent()) {
			throw new IllegalArgumentException("すでに団体が登録されています。「登録内容」でご確認ください。");
		}
		Instant now = clock.instant();
		long id = store.create(profile, memberId, now);
		events.publishEvent(new GroupRegistered(now, id, profile.field()));
		return get(id);
	}

	/** @throws NoSuchElementException when the group does not exist */
	public Group update(long id, Group.Profile profile) {
		if (!store.update(id, profile, clock.instant())) {
			throw notFound(id);
		}
		return get(id);
	}

	/** Adds a member to a group (several members may belong to one group). */
	public Group join(long id, String memberId) {
		if (!store.join(id, memberId, false, clock.instant())) {
			throw notFound(id);
		}
		return get(id);
	}

	/** Links a LINE group chat to the group, so that the bot knows which group speaks there. */
	public Group linkChat(long id, String chatId) {
		if (!store.join(id, chatId, true, clock.instant())) {
			throw notFound(id);
		}
		return get(id);
	}

	public Optional<Group> find(long id) {
		return store.find(id);
	}

	/** @throws NoSuchElementException when the group does not exist */
	public Group get(long id) {
		return store.find(id).orElseThrow(() -> notFound(id));
	}

	/** The group a LINE user (member) or group chat belongs to. */
	public Optional<Group> of(String lineId) {
		return store.groupOf(lineId).flatMap(store::find);
	}

	public List<Group> all() {
		return store.all();
	}

	/** Erases the group, its members list and every lookup entry; false when there was none. */
	public boolean delete(long id) {
		return store.delete(id);
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("団体 " + id + " は見つかりません。");
	}
}
