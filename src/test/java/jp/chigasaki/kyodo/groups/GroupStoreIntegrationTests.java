package jp.chigasaki.kyodo.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import jp.chigasaki.kyodo.localredis.TestRedis;

/** Groups against a real redis-server: consent, several members, a linked chat, TTLs, and erasure. */
class GroupStoreIntegrationTests {

	private final StringRedisTemplate redis = TestRedis.template();
	private final List<Object> published = new ArrayList<>();
	private final Groups groups = new Groups(new GroupStore(redis, Duration.ofDays(730)),
			new GroupsProperties(true, Duration.ofDays(730)), published::add,
			Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneOffset.UTC));

	static Group.Profile beachCleaners() {
		return new Group.Profile("浜見平ビーチクリーン", Field.ENVIRONMENT, "浜見平・南湖", "海岸清掃、ごみの分別の出前授業",
				"子どもと一緒に海岸のごみを減らしたい", "LINE");
	}

	@Test
	void registersWithConsentAndPublishesWithoutPersonalData() {
		String member = newUser();
		Group group = groups.register(beachCleaners(), member, true);

		assertThat(group.name()).isEqualTo("浜見平ビーチクリーン");
		assertThat(group.memberIds()).containsExactly(member);
		assertThat(group.consentAt()).isEqualTo(Instant.parse("2026-06-01T01:00:00Z"));
		assertThat(groups.of(member)).map(Group::id).contains(group.id());
		assertThat(published).containsExactly(
				new GroupRegistered(Instant.parse("2026-06-01T01:00:00Z"), group.id(), Field.ENVIRONMENT));
		assertThat(published.get(0).toString()).doesNotContain(member).doesNotContain("浜見平");
		long ttl = redis.getExpire(GroupStore.key(group.id(), "profile"));
		assertThat(ttl).isGreaterThan(Duration.ofDays(729).toSeconds());
		assertThat(redis.getExpire(GroupStore.key(group.id(), "members"))).isPositive();
	}

	@Test
	void refusesWithoutConsentAndStoresNothing() {
		String member = newUser();
		assertThatThrownBy(() -> groups.register(beachCleaners(), member, false))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("同意");
		assertThat(groups.of(member)).isEmpty();
		assertThat(published).isEmpty();
	}

	@Test
	void aMemberRegistersOnlyOneGroup() {
		String member = newUser();
		groups.register(beachCleaners(), member, true);
		assertThatThrownBy(() -> groups.register(beachCleaners(), member, true))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void severalMembersAndAGroupChatBelongToOneGroup() {
		Group group = groups.register(beachCleaners(), newUser(), true);
		String second = newUser();
		String chat = "C" + UUID.randomUUID().toString().replace("-", "");

		groups.join(group.id(), second);
		Group linked = groups.linkChat(group.id(), chat);

		assertThat(linked.memberIds()).hasSize(2).contains(second);
		assertThat(linked.chatId()).isEqualTo(chat);
		assertThat(groups.of(chat)).map(Group::id).contains(group.id());
		assertThat(groups.of(second)).map(Group::id).contains(group.id());
	}

	@Test
	void deletingErasesProfileMembersAndLookups() {
		String member = newUser();
		Group group = groups.register(beachCleaners(), member, true);
		String chat = "C" + UUID.randomUUID().toString().replace("-", "");
		groups.linkChat(group.id(), chat);

		assertThat(groups.delete(group.id())).isTrue();

		assertThat(redis.hasKey(GroupStore.key(group.id(), "profile"))).isFalse();
		assertThat(redis.hasKey(GroupStore.key(group.id(), "members"))).isFalse();
		assertThat(redis.opsForHash().hasKey(GroupStore.LOOKUP, member)).isFalse();
		assertThat(redis.opsForHash().hasKey(GroupStore.LOOKUP, chat)).isFalse();
		assertThat(groups.all()).extracting(Group::id).doesNotContain(group.id());
		assertThat(groups.delete(group.id())).isFalse();
	}

	@Test
	void aLateEditDoesNotRecreateADeletedGroup() {
		Group group = groups.register(beachCleaners(), newUser(), true);
		groups.delete(group.id());

		assertThatThrownBy(() -> groups.update(group.id(), beachCleaners())).isInstanceOf(NoSuchElementException.class);
		assertThat(redis.hasKey(GroupStore.key(group.id(), "profile"))).isFalse();
	}

	@Test
	void editsKeepConsentAndChangeTheProfile() {
		Group group = groups.register(beachCleaners(), newUser(), true);
		Group.Profile edited = new Group.Profile("浜見平ビーチクリーン", Field.CHILDREN, "浜見平", "紙芝居", "居場所づくり",
				"メール");

		Group after = groups.update(group.id(), edited);

		assertThat(after.profile()).isEqualTo(edited);
		assertThat(after.consentAt()).isEqualTo(group.consentAt());
	}

	@Test
	void aProfileNeedsEveryAnswer() {
		assertThatThrownBy(() -> new Group.Profile(" ", Field.OTHER, "a", "b", "c", "d"))
			.hasMessage("団体名を入力してください。");
		assertThatThrownBy(() -> new Group.Profile("x", null, "a", "b", "c", "d")).hasMessage("分野を選んでください。");
	}

	static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}
}
