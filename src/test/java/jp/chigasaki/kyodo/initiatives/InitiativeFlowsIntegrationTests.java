package jp.chigasaki.kyodo.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.announcements.LineMock;
import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.events.TestEvents;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.groups.TestGroups;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;
import jp.chigasaki.kyodo.needs.TestNeeds;

/** The other guided flows, turn by turn, over the real stores (a real redis-server). */
class InitiativeFlowsIntegrationTests {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneOffset.UTC);

	private final List<Object> published = new ArrayList<>();
	private final Groups groups = TestGroups.create(published, CLOCK);
	private final Needs needs = TestNeeds.create(published, CLOCK);
	private final Events events = TestEvents.create(published, CLOCK);
	private final Announcements announcements = LineMock.announcements(published, CLOCK);
	private final List<String> tickets = new ArrayList<>();
	private final NeedFlow needFlow = new NeedFlow(needs, groups, (turn, need, group) -> {
		tickets.add(need.id() + ":" + group.name() + ":" + turn.chat().type());
		return 40 + tickets.size();
	});
	private final EventFlow eventFlow = new EventFlow(events, groups);
	private final SubscriptionFlow subscriptions = new SubscriptionFlow(announcements);
	private final String member = newUser();
	private final String staff = newUser();

	@BeforeEach
	void line() {
		LineMock.reset();
	}

	@Test
	void staffPostANeedThatWaitsForReviewAndMembersCannot() {
		Step refused = needFlow.step(new Turn(member, false, null, "協働の種を登録", null), null);
		assertThat(refused.finished()).isTrue();
		assertThat(refused.reply().text()).contains("市の職員の方のみ");

		Step step = needFlow.step(staffSays("協働の種を登録", null), null);
		step = needFlow.step(staffSays("海岸清掃を一緒に", null), step.state());
		step = needFlow.step(staffSays(null, "need:s:field:ENVIRONMENT"), step.state());
		step = needFlow.step(staffSays("環境政策課", null), step.state());
		step = needFlow.step(staffSays("海岸のごみを減らす活動", null), step.state());
		step = needFlow.step(staffSays(null, "need:s:offer:PLACE"), step.state());
		assertThat(step.reply().quickReplies()).extracting(QuickReply::label).contains("✓場所", "後援", "次へ");
		step = needFlow.step(staffSays(null, "need:s:next"), step.state());
		step = needFlow.step(staffSays(null, "need:s:cost:no"), step.state());
		step = needFlow.step(staffSays("2026年度", null), step.state());
		assertThat(step.reply().text()).contains("提供できること: 場所", "費用: なし");
		step = needFlow.step(staffSays(null, "need:s:confirm"), step.state());

		assertThat(step.finished()).isTrue();
		assertThat(step.reply().text()).contains("確認待ち");
		Need posted = needs.postedBy(staff).get(0);
		assertThat(posted.status()).isEqualTo(Need.Status.DRAFT);
		assertThat(posted.draft().offers()).containsExactly(Need.Offer.PLACE);
		assertThat(needFlow.step(staffSays("登録した協働の種", null), null).reply().text()).contains("海岸清掃を一緒に（確認待ち）");
	}

	@Test
	void membersBrowsePublishedNeedsAndTheirGroupTapsInterest() {
		Need need = needs.post(new Need.Draft("子どもの居場所", Field.CHILDREN, "こども育成相談課", "放課後の居場所", null, Set.of(),
				false, null), "city", null);
		needs.change(need.id(), null, Need.Status.PUBLISHED);

		Step fields = needFlow.step(new Turn(member, false, null, "協働の種", null), null);
		assertThat(fields.reply().quickReplies()).extracting(QuickReply::postbackData).contains("need:field:CHILDREN");
		Step list = needFlow.step(new Turn(member, false, null, null, "need:field:CHILDREN"), null);
		assertThat(list.reply().text()).contains("#" + need.id() + " 子どもの居場所（こども育成相談課）");
		assertThat(list.reply().quickReplies()).extracting(QuickReply::postbackData)
			.contains("need:interest:" + need.id());

		Step noGroup = needFlow.step(new Turn(member, false, null, null, "need:interest:" + need.id()), null);
		assertThat(noGroup.reply().text()).contains("団体登録");
		assertThat(needs.interested(need.id())).isEmpty();

		Group group = groups.register(new Group.Profile("ひだまり", Field.CHILDREN, "香川", "学習支援", "居場所", "LINE"), member,
				true);
		Step interest = needFlow.step(new Turn(member, false, null, null, "need:interest:" + need.id()), null);
		assertThat(interest.reply().text()).contains("市民自治推進課にお伝えしました（受付番号 #41）");
		assertThat(needs.interested(need.id())).containsExactly(group.id());
		assertThat(tickets).containsExactly(need.id() + ":ひだまり:USER");
	}

	@Test
	void membersApplyToAnEventAndCancel() {
		// The evening of the test clock's day: before every other test's event in the shared Redis, so it is listed.
		Event event = events.create(new Event(0, "環境の交流会", Field.ENVIRONMENT, LocalDateTime.parse("2026-06-01T18:00"),
				LocalDateTime.parse("2026-06-01T20:00"), "サポセン", 1, "", false, List.of("環境政策課"), true));

		Step list = eventFlow.step(new Turn(member, false, null, "イベント", null), null);
		assertThat(list.reply().text()).contains("環境の交流会", "6月1日（月）18:00〜20:00", "残り 1名", "説明担当課: 環境政策課");
		assertThat(list.reply().quickReplies()).extracting(QuickReply::postbackData)
			.contains("evt:apply:" + event.id())
			.doesNotContain("evt:present:" + event.id());

		assertThat(eventFlow.step(new Turn(member, false, null, null, "evt:apply:" + event.id()), null).reply().text())
			.contains("参加のお申し込みを受け付けました");
		assertThat(eventFlow.step(new Turn(newUser(), false, null, null, "evt:apply:" + event.id()), null).reply()
			.text()).contains("定員に達しました");
		Step mine = eventFlow.step(new Turn(member, false, null, "申込の確認", null), null);
		assertThat(mine.reply().quickReplies()).extracting(QuickReply::postbackData).contains("evt:cancel:" + event.id());
		assertThat(eventFlow.step(new Turn(member, false, null, null, "evt:cancel:" + event.id()), null).reply().text())
			.contains("取り消しました");
		assertThat(events.taken(event.id())).isZero();
	}

	@Test
	void membersOptInByFieldAndOutWithOneTap() {
		Step shown = subscriptions.step(new Turn(member, false, null, "お知らせ設定", null), null);
		assertThat(shown.reply().text()).contains("受け取っているお知らせはありません");

		Step on = subscriptions.step(new Turn(member, false, null, null, "ann:on:WELFARE"), null);
		assertThat(on.reply().text()).contains("「福祉」のお知らせを受け取ります", "受け取り中: 福祉");
		assertThat(on.reply().quickReplies()).extracting(QuickReply::postbackData).contains("ann:off:WELFARE");
		assertThat(announcements.subscriptions(member)).containsExactly(Field.WELFARE);

		subscriptions.step(new Turn(member, false, null, null, "ann:stop"), null);
		assertThat(announcements.subscriptions(member)).isEmpty();
		assertThat(subscriptions.starts(new Turn(member, false, "Cgroup", "お知らせ設定", null))).isFalse();
		// A request about the notices in other words opens the settings too (they were the centre's newsletter, a
		// greeting); a question that only names them does not.
		for (String request : List.of("お知らせ止めて", "お知らせ再開したい", "通知多すぎ。イベントのお知らせだけにできる？",
				"分野別のお知らせ、福祉と環境だけ受け取れますか", "お知らせを停止したいです")) {
			assertThat(subscriptions.starts(new Turn(member, false, null, request, null))).as(request).isTrue();
		}
		for (String question : List.of("げんき基金の募集のお知らせはいつ届く？", "サポセンのお知らせはどこで見られますか", "止めて")) {
			assertThat(subscriptions.starts(new Turn(member, false, null, question, null))).as(question).isFalse();
		}
	}

	private Turn staffSays(String text, String data) {
		return new Turn(staff, true, null, text, data);
	}

	private static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "");
	}
}
