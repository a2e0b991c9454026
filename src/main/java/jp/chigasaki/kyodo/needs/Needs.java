package jp.chigasaki.kyodo.needs;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.groups.Field;

/**
 * The needs feature (協働の種, 試行): staff post a department's need, a coordinator reviews and publishes it, members
 * browse published needs by field and record their group's interest. Publishes {@link NeedPublished}.
 */
public class Needs {

	private final NeedStore store;
	private final NeedsProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Needs(NeedStore store, NeedsProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	public boolean enabled() {
		return properties.enabled();
	}

	/**
	 * Stores a new need as 確認待ち.
	 *
	 * @param postedBy the console username, or {@code line-staff} for a staff member in LINE
	 * @param posterId that staff member's LINE user id (asked to confirm meetings), null from the console
	 */
	public Need post(Need.Draft draft, String postedBy, String posterId) {
		return get(store.create(draft, postedBy, posterId, clock.instant(), null));
	}

	/** Posts a need once per {@code requestKey} (the LINE webhook event): a turn that runs twice posts one need. */
	public Need post(Need.Draft draft, String postedBy, String posterId, String requestKey) {
		return get(store.create(draft, postedBy, posterId, clock.instant(), requestKey));
	}

	/**
	 * Edits a need and/or changes its status; publishes {@link NeedPublished} when this call published it.
	 *
	 * @param draft the new content, null to keep it
	 * @param status the new status, null to keep it
	 */
	public Need change(long id, Need.Draft draft, Need.Status status) {
		Instant now = clock.instant();
		Need.Status before = store.change(id, draft, status, now).orElseThrow(() -> notFound(id));
		Need need = get(id);
		if (status == Need.Status.PUBLISHED && before != Need.Status.PUBLISHED) {
			events.publishEvent(new NeedPublished(now, id, need.draft().field()));
		}
		return need;
	}

	public Optional<Need> find(long id) {
		return store.find(id);
	}

	public Need get(long id) {
		return store.find(id).orElseThrow(() -> notFound(id));
	}

	/** Every need, newest first. */
	public List<Need> all() {
		return store.all().stream().sorted(Comparator.comparing(Need::createdAt).reversed()).toList();
	}

	/** Published needs of one field (all fields when null), newest first: what members browse. */
	public List<Need> published(Field field) {
		return all().stream()
			.filter(need -> need.status() == Need.Status.PUBLISHED)
			.filter(need -> field == null || need.draft().field() == field)
			.toList();
	}

	/** Needs a staff member posted in LINE: departments see only their own. */
	public List<Need> postedBy(String posterId) {
		return all().stream().filter(need -> posterId.equals(need.posterId())).toList();
	}

	/**
	 * Records that a group is interested in a published need (関心あり).
	 *
	 * @return true the first time, false when the group had already said so
	 */
	public boolean interest(long needId, long groupId) {
		Need need = get(needId);
		if (need.status() != Need.Status.PUBLISHED) {
			throw new IllegalArgumentException("この協働の種は現在公開されていません。");
		}
		return store.interest(needId, groupId, clock.instant());
	}

	/** The groups that tapped 関心あり, first first. */
	public List<Long> interested(long needId) {
		return store.interested(needId);
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("協働の種 " + id + " は見つかりません。");
	}
}
