package jp.chigasaki.kyodo.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;

/**
 * 分野別発表会・交流会 (試行): coordinators create and publish events; members apply to attend or to present and
 * cancel; the capacity is taken atomically (see {@link EventStore}). Publishes {@link EventApplicationChanged}.
 */
public class Events {

	private final EventStore store;
	private final EventsProperties properties;
	private final ApplicationEventPublisher publisher;
	private final Clock clock;

	Events(EventStore store, EventsProperties properties, ApplicationEventPublisher publisher, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.publisher = publisher;
		this.clock = clock;
	}

	/** What an application came to. */
	public enum Outcome {
		APPLIED, ALREADY, FULL, CLOSED, NOT_FOUND, NO_PRESENTATIONS
	}

	public boolean enabled() {
		return properties.enabled();
	}

	public Event create(Event event) {
		return get(store.create(event, clock.instant()));
	}

	public Event update(long id, Event event) {
		if (!store.update(id, event, clock.instant())) {
			throw notFound(id);
		}
		return get(id);
	}

	public Optional<Event> find(long id) {
		return store.find(id);
	}

	public Event get(long id) {
		return store.find(id).orElseThrow(() -> notFound(id));
	}

	/** Every event, earliest first (the console). */
	public List<Event> all() {
		return store.all();
	}

	/** Published events that have not ended, earliest first (LINE, {@code /events}, {@code /events.ics}). */
	public List<Event> upcoming() {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), EventStore.ZONE);
		return store.all().stream().filter(Event::published).filter(event -> event.endsAt().isAfter(now)).toList();
	}

	/** The upcoming events a LINE user applied to. */
	public List<Event> appliedBy(String applicant) {
		return upcoming().stream().filter(event -> store.applied(event.id(), applicant)).toList();
	}

	/** Seats taken. */
	public long taken(long id) {
		return store.taken(id);
	}

	/**
	 * Applies for a seat; the capacity is checked and taken in one atomic step.
	 *
	 * @param groupId the applicant's group (required to present), null when none
	 */
	public Outcome apply(long id, String applicant, Event.Role role, Long groupId) {
		if (role == Event.Role.PRESENT) {
			Optional<Event> event = store.find(id);
			if (event.isPresent() && (!event.get().presentations() || groupId == null)) {
				return Outcome.NO_PRESENTATIONS;
			}
		}
		Instant now = clock.instant();
		String result = store.apply(id, applicant, role, groupId, now);
		Outcome outcome = "OK".equals(result) ? Outcome.APPLIED : Outcome.valueOf(result);
		if (outcome == Outcome.APPLIED) {
			publisher.publishEvent(new EventApplicationChanged(now, id, EventApplicationChanged.Change.APPLIED, role));
		}
		return outcome;
	}

	/** @return true when there was an application to cancel */
	public boolean cancel(long id, String applicant) {
		Optional<Event.Role> role = store.cancel(id, applicant);
		role.ifPresent(r -> publisher.publishEvent(
				new EventApplicationChanged(clock.instant(), id, EventApplicationChanged.Change.CANCELLED, r)));
		return role.isPresent();
	}

	public List<Event.Application> applications(long id) {
		get(id);
		return store.applications(id);
	}

	private static NoSuchElementException notFound(long id) {
		return new NoSuchElementException("イベント " + id + " は見つかりません。");
	}
}
