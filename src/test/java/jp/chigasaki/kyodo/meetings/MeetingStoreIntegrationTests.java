package jp.chigasaki.kyodo.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.localredis.TestRedis;

/** The meeting status follows both answers atomically, against a real redis-server. */
class MeetingStoreIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-06-01T01:00:00Z");
	private static final List<LocalDateTime> OPTIONS = List.of(LocalDateTime.parse("2026-06-10T10:00"),
			LocalDateTime.parse("2026-06-11T14:00"));

	private final StringRedisTemplate redis = TestRedis.template();
	private final MeetingStore store = new MeetingStore(redis, Duration.ofDays(730));

	@Test
	void bothSidesAcceptingTheSameOptionConfirmsIt() {
		long id = store.create(1, 2, OPTIONS, "city", NOW);

		assertThat(store.answer(id, Meeting.Side.GROUP, "1", NOW)).isEqualTo("PROPOSED>SCHEDULING");
		assertThat(store.answer(id, Meeting.Side.DEPARTMENT, "1", NOW)).isEqualTo("SCHEDULING>CONFIRMED");

		Meeting meeting = store.find(id).orElseThrow();
		assertThat(meeting.status()).isEqualTo(Meeting.Status.CONFIRMED);
		assertThat(meeting.chosen()).isEqualTo(1);
		assertThat(meeting.options()).isEqualTo(OPTIONS);
		assertThat(redis.getExpire(MeetingStore.key(id))).isPositive();
	}

	@Test
	void differentOptionsKeepItInSchedulingAndADeclineEndsIt() {
		long id = store.create(1, 2, OPTIONS, "city", NOW);
		store.answer(id, Meeting.Side.GROUP, "0", NOW);
		assertThat(store.answer(id, Meeting.Side.DEPARTMENT, "1", NOW)).isEqualTo("SCHEDULING>SCHEDULING");

		assertThat(store.answer(id, Meeting.Side.GROUP, "D", NOW)).isEqualTo("SCHEDULING>DECLINED");
		assertThat(store.answer(id, Meeting.Side.DEPARTMENT, "0", NOW)).isEqualTo("STATE:DECLINED");
		assertThat(store.find(id).orElseThrow().groupAnswer()).isEqualTo(-1);
	}

	@Test
	void newOptionsClearTheAnswers() {
		long id = store.create(1, 2, OPTIONS, "city", NOW);
		store.answer(id, Meeting.Side.GROUP, "0", NOW);

		assertThat(store.change(id, Meeting.Status.PROPOSED, "再調整", List.of(LocalDateTime.parse("2026-07-01T10:00")),
				NOW)).contains(Meeting.Status.SCHEDULING);

		Meeting meeting = store.find(id).orElseThrow();
		assertThat(meeting.groupAnswer()).isNull();
		assertThat(meeting.note()).isEqualTo("再調整");
		assertThat(meeting.options()).hasSize(1);
		assertThat(store.change(999_999_999L, Meeting.Status.DONE, null, null, NOW)).isEmpty();
		assertThat(store.answer(999_999_999L, Meeting.Side.GROUP, "0", NOW)).isNull();
	}

	@RepeatedTest(5)
	void twoSidesAnsweringAtOnceConfirmExactlyOnce() throws Exception {
		long id = store.create(1, 2, OPTIONS, "city", NOW);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		for (Meeting.Side side : Meeting.Side.values()) {
			answers.add(pool.submit(() -> {
				start.await();
				return store.answer(id, side, "0", NOW);
			}));
		}
		start.countDown();
		List<String> results = new ArrayList<>();
		for (Future<String> answer : answers) {
			results.add(answer.get());
		}
		pool.shutdown();

		assertThat(results).containsExactlyInAnyOrder("PROPOSED>SCHEDULING", "SCHEDULING>CONFIRMED");
		assertThat(store.find(id).orElseThrow().status()).isEqualTo(Meeting.Status.CONFIRMED);
	}
}
