package jp.chigasaki.kyodo.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.localredis.TestRedis;

/** Needs against a real redis-server: review, publishing once, interest once, TTLs. */
class NeedsIntegrationTests {

	private final StringRedisTemplate redis = TestRedis.template();
	private final List<Object> published = new CopyOnWriteArrayList<>();
	private final Needs needs = new Needs(new NeedStore(redis, Duration.ofDays(730)),
			new NeedsProperties(true, Duration.ofDays(730), 10, 0.15), published::add,
			Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneOffset.UTC));

	static Need.Draft beachNeed() {
		return new Need.Draft("海岸清掃を一緒に", Field.ENVIRONMENT, "環境政策課", "海岸のごみを子どもと一緒に減らす活動をしたい",
				"南湖", Set.of(Need.Offer.PLACE, Need.Offer.ENDORSEMENT), false, "2026年度");
	}

	@Test
	void aPostedNeedWaitsForReviewAndIsNotShownToMembers() {
		Need need = needs.post(beachNeed(), "line-staff", "Ustaff");

		assertThat(need.status()).isEqualTo(Need.Status.DRAFT);
		assertThat(need.draft()).isEqualTo(beachNeed());
		assertThat(need.posterId()).isEqualTo("Ustaff");
		assertThat(needs.published(Field.ENVIRONMENT)).extracting(Need::id).doesNotContain(need.id());
		assertThat(redis.getExpire(NeedStore.key(need.id(), "need"))).isGreaterThan(Duration.ofDays(729).toSeconds());
		assertThat(published).isEmpty();
	}

	@Test
	void concurrentPublishingPublishesTheEventOnce() throws Exception {
		Need need = needs.post(beachNeed(), "city", null);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> calls = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) {
			calls.add(pool.submit(() -> {
				start.await();
				return needs.change(need.id(), null, Need.Status.PUBLISHED);
			}));
		}
		start.countDown();
		for (Future<?> call : calls) {
			call.get();
		}
		pool.shutdown();

		assertThat(published).containsExactly(
				new NeedPublished(Instant.parse("2026-06-01T01:00:00Z"), need.id(), Field.ENVIRONMENT));
		assertThat(needs.published(Field.ENVIRONMENT)).extracting(Need::id).contains(need.id());
		assertThat(needs.published(Field.WELFARE)).extracting(Need::id).doesNotContain(need.id());
	}

	@Test
	void interestCountsOncePerGroupAndOnlyForPublishedNeeds() {
		Need need = needs.post(beachNeed(), "city", null);
		assertThatThrownBy(() -> needs.interest(need.id(), 7)).isInstanceOf(IllegalArgumentException.class);

		needs.change(need.id(), null, Need.Status.PUBLISHED);

		assertThat(needs.interest(need.id(), 7)).isTrue();
		assertThat(needs.interest(need.id(), 7)).isFalse();
		assertThat(needs.interest(need.id(), 8)).isTrue();
		assertThat(needs.interested(need.id())).containsExactly(7L, 8L);
	}

	@Test
	void editingKeepsTheStatusAndChangingAMissingNeedFails() {
		Need need = needs.post(beachNeed(), "city", null);
		Need.Draft edited = new Need.Draft("海岸清掃の協働", Field.ENVIRONMENT, "環境政策課", "清掃", null, Set.of(), true,
				null);

		Need after = needs.change(need.id(), edited, null);

		assertThat(after.draft().title()).isEqualTo("海岸清掃の協働");
		assertThat(after.draft().area()).isEqualTo("市内全域");
		assertThat(after.draft().costPossible()).isTrue();
		assertThat(after.status()).isEqualTo(Need.Status.DRAFT);
		assertThatThrownBy(() -> needs.change(999_999_999L, edited, null))
			.isInstanceOf(java.util.NoSuchElementException.class);
		assertThat(redis.hasKey(NeedStore.key(999_999_999L, "need"))).isFalse();
	}

	@Test
	void aTurnThatRunsTwicePostsOneNeed() {
		String event = "event-" + java.util.UUID.randomUUID();
		Need first = needs.post(beachNeed(), "line-staff", "Ustaff-twice", event);
		Need again = needs.post(beachNeed(), "line-staff", "Ustaff-twice", event);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(needs.postedBy("Ustaff-twice")).hasSize(1);
	}

	@Test
	void departmentsSeeOnlyTheirOwnNeeds() {
		Need mine = needs.post(beachNeed(), "line-staff", "Ustaff-mine");
		Need other = needs.post(beachNeed(), "line-staff", "Ustaff-other");

		assertThat(needs.postedBy("Ustaff-mine")).extracting(Need::id).contains(mine.id()).doesNotContain(other.id());
	}
}
