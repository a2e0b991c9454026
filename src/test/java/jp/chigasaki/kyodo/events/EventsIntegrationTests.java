package jp.chigasaki.kyodo.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.announcements.LineMock;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.localredis.TestRedis;

/**
 * Events against a real redis-server: the capacity holds under concurrent applications, cancelling frees a seat,
 * and the day-before reminder goes out once across instances (WireMock as the Messaging API).
 */
class EventsIntegrationTests {

	/** 2026-06-09 10:00 in Chigasaki. */
	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-09T01:00:00Z"), ZoneOffset.UTC);

	private final StringRedisTemplate redis = TestRedis.template();
	private final List<Object> published = new CopyOnWriteArrayList<>();
	private final EventStore store = new EventStore(redis, Duration.ofDays(90));
	private final Events events = new Events(store, new EventsProperties(true, Duration.ofDays(90), Duration.ofMinutes(15),
			"https://kyodo.example.jp"), published::add, CLOCK);

	@BeforeEach
	void line() {
		LineMock.reset();
	}

	static Event exchange(int capacity, LocalDateTime startsAt) {
		return new Event(0, "環境分野の発表会・交流会", Field.ENVIRONMENT, startsAt, startsAt.plusHours(2),
				"市民活動サポートセンター", capacity, "海岸の保全について", true, List.of("環境政策課"), true);
	}

	@Test
	void concurrentApplicationsNeverOverbook() throws Exception {
		Event event = events.create(exchange(10, LocalDateTime.parse("2026-07-01T14:00")));
		int applicants = 60;
		ExecutorService pool = Executors.newFixedThreadPool(12);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Events.Outcome>> outcomes = new ArrayList<>();
		for (int i = 0; i < applicants; i++) {
			String user = "U" + UUID.randomUUID().toString().replace("-", "");
			outcomes.add(pool.submit(() -> {
				start.await();
				return events.apply(event.id(), user, Event.Role.ATTEND, null);
			}));
		}
		start.countDown();
		List<Events.Outcome> results = new ArrayList<>();
		for (Future<Events.Outcome> outcome : outcomes) {
			results.add(outcome.get());
		}
		pool.shutdown();

		Map<Events.Outcome, Long> counts = results.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(counts).containsEntry(Events.Outcome.APPLIED, 10L).containsEntry(Events.Outcome.FULL, 50L);
		assertThat(events.taken(event.id())).isEqualTo(10);
		assertThat(events.applications(event.id())).hasSize(10);
		assertThat(published).hasSize(10).allMatch(e -> e instanceof EventApplicationChanged changed
				&& changed.change() == EventApplicationChanged.Change.APPLIED && changed.role() == Event.Role.ATTEND);
	}

	@Test
	void cancellingFreesTheSeatAndApplyingTwiceIsRefused() {
		Event event = events.create(exchange(1, LocalDateTime.parse("2026-07-01T14:00")));
		String first = "Ufirst" + UUID.randomUUID();
		String second = "Usecond" + UUID.randomUUID();

		assertThat(events.apply(event.id(), first, Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.APPLIED);
		assertThat(events.apply(event.id(), first, Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.ALREADY);
		assertThat(events.apply(event.id(), second, Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.FULL);
		assertThat(events.cancel(event.id(), first)).isTrue();
		assertThat(events.cancel(event.id(), first)).isFalse();
		assertThat(events.apply(event.id(), second, Event.Role.PRESENT, 5L)).isEqualTo(Events.Outcome.APPLIED);

		assertThat(events.applications(event.id())).singleElement()
			.satisfies(a -> assertThat(a.role()).isEqualTo(Event.Role.PRESENT))
			.satisfies(a -> assertThat(a.groupId()).isEqualTo(5L));
		assertThat(published).filteredOn(e -> ((EventApplicationChanged) e).change() == EventApplicationChanged.Change.CANCELLED)
			.hasSize(1);
		assertThat(redis.getExpire(EventStore.key(event.id(), "applications"))).isPositive();
	}

	@Test
	void presentingNeedsAGroupAndAnEventThatTakesPresentations() {
		Event noTalks = events.create(new Event(0, "交流会", Field.WELFARE, LocalDateTime.parse("2026-07-01T14:00"),
				LocalDateTime.parse("2026-07-01T16:00"), "市役所", 5, "", false, List.of(), true));
		Event draft = events.create(new Event(0, "準備中", Field.WELFARE, LocalDateTime.parse("2026-07-01T14:00"),
				LocalDateTime.parse("2026-07-01T16:00"), "市役所", 5, "", true, List.of(), false));

		assertThat(events.apply(noTalks.id(), "Ua", Event.Role.PRESENT, 3L)).isEqualTo(Events.Outcome.NO_PRESENTATIONS);
		assertThat(events.apply(draft.id(), "Ua", Event.Role.PRESENT, null)).isEqualTo(Events.Outcome.NO_PRESENTATIONS);
		assertThat(events.apply(draft.id(), "Ua", Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.CLOSED);
		assertThat(events.apply(999_999_999L, "Ua", Event.Role.ATTEND, null)).isEqualTo(Events.Outcome.NOT_FOUND);
		assertThat(events.upcoming()).extracting(Event::id).contains(noTalks.id()).doesNotContain(draft.id());
	}

	@Test
	void theReminderGoesOutOnceAcrossInstances() throws Exception {
		Event tomorrow = events.create(exchange(5, LocalDateTime.parse("2026-06-10T14:00")));
		Event later = events.create(exchange(5, LocalDateTime.parse("2026-06-12T14:00")));
		events.apply(tomorrow.id(), "Ureminded1", Event.Role.ATTEND, null);
		events.apply(tomorrow.id(), "Ureminded2", Event.Role.ATTEND, null);
		events.apply(later.id(), "Unotyet", Event.Role.ATTEND, null);
		List<EventReminders> instances = List.of(
				new EventReminders(events, new EventStore(redis, Duration.ofDays(90)), LineMock.notices(), CLOCK),
				new EventReminders(events, new EventStore(redis, Duration.ofDays(90)), LineMock.notices(), CLOCK),
				new EventReminders(events, new EventStore(redis, Duration.ofDays(90)), LineMock.notices(), CLOCK));
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (EventReminders instance : instances) {
			runs.add(pool.submit(() -> {
				start.await();
				return instance.remindTomorrow();
			}));
		}
		start.countDown();
		int pushed = 0;
		for (Future<Integer> run : runs) {
			pushed += run.get();
		}
		pool.shutdown();

		assertThat(pushed).isEqualTo(2);
		var pushes = LineMock.requests(LineMock.PUSH);
		assertThat(pushes).hasSize(2);
		assertThat(pushes).extracting(r -> r.getBodyAsString()).allMatch(body -> body.contains("明日のご案内"))
			.anyMatch(body -> body.contains("Ureminded1"))
			.anyMatch(body -> body.contains("Ureminded2"))
			.noneMatch(body -> body.contains("Unotyet"));
		assertThat(instances.get(0).remindTomorrow()).isZero();
	}
}
