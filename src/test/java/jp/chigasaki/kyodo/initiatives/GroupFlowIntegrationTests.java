package jp.chigasaki.kyodo.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.GroupRegistered;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.groups.TestGroups;

/** 団体登録 as a state machine, step by step, over the real group store (a real redis-server). */
class GroupFlowIntegrationTests {

	private final List<Object> published = new ArrayList<>();
	private final Groups groups = TestGroups.create(published,
			Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneOffset.UTC));
	private final GroupFlow flow = new GroupFlow(groups);
	private final String user = "U" + UUID.randomUUID().toString().replace("-", "");

	private Step run(String state, String text, String data) {
		return flow.step(new Turn(user, false, null, text, data), state);
	}

	@Test
	void aMemberRegistersInSixAnswersAndConsents() {
		assertThat(flow.starts(new Turn(user, false, null, "団体登録", null))).isTrue();
		Step step = run(null, "団体登録", null);
		assertThat(step.reply().text()).contains("1/6 団体名");
		step = run(step.state(), "南湖ビーチクリーン", null);
		assertThat(step.reply().quickReplies()).extracting(QuickReply::label).contains("環境", "福祉", "やめる");
		step = run(step.state(), null, "grp:field:ENVIRONMENT");
		step = run(step.state(), "南湖", null);
		step = run(step.state(), "海岸清掃", null);
		step = run(step.state(), "ごみを減らしたい", null);
		step = run(step.state(), "LINE", null);
		assertThat(step.reply().text()).contains("【確認】", "団体名: 南湖ビーチクリーン", "分野: 環境", "共有してよろしいですか");
		assertThat(step.reply().quickReplies()).extracting(QuickReply::postbackData).contains("grp:consent:yes");
		assertThat(groups.of(user)).isEmpty();

		step = run(step.state(), null, "grp:consent:yes");

		assertThat(step.finished()).isTrue();
		assertThat(step.reply().text()).contains("を登録しました", "【登録内容】");
		Group group = groups.of(user).orElseThrow();
		assertThat(group.profile()).isEqualTo(new Group.Profile("南湖ビーチクリーン", Field.ENVIRONMENT, "南湖", "海岸清掃",
				"ごみを減らしたい", "LINE"));
		assertThat(published).singleElement().isInstanceOf(GroupRegistered.class);
	}

	@Test
	void withoutConsentNothingIsStored() {
		Step step = answers("団体A");
		step = run(step.state(), null, "grp:consent:no");

		assertThat(step.finished()).isTrue();
		assertThat(step.reply().text()).contains("登録しませんでした");
		assertThat(groups.of(user)).isEmpty();
	}

	@Test
	void aBadAnswerIsAskedAgainWithTheReasonAndLosesNothing() {
		Step step = run(null, "団体登録", null);
		step = run(step.state(), "あ".repeat(101), null);
		assertThat(step.finished()).isFalse();
		assertThat(step.reply().text()).contains("団体名を100文字以内で").contains("1/6 団体名");
		step = run(step.state(), "団体B", null);
		step = run(step.state(), "分野じゃない", null);
		assertThat(step.reply().text()).contains("ボタンから分野を選んでください");
		step = run(step.state(), "福祉", null);
		assertThat(step.reply().text()).contains("3/6 主な活動地域");
	}

	@Test
	void aReplayedConsentTurnRegistersOnce() {
		Step consent = answers("団体C");
		run(consent.state(), null, "grp:consent:yes");
		Step again = run(consent.state(), null, "grp:consent:yes");

		assertThat(again.reply().text()).contains("【登録内容】");
		assertThat(groups.all()).filteredOn(g -> g.memberIds().contains(user)).hasSize(1);
		assertThat(published).hasSize(1);
	}

	@Test
	void theMemberSeesEditsAndDeletesTheirGroup() {
		run(answers("団体D").state(), null, "grp:consent:yes");

		Step shown = run(null, "登録内容", null);
		assertThat(shown.reply().text()).contains("団体名: 団体D");

		Step edit = run(null, null, "grp:edit");
		edit = run(edit.state(), "そのまま", null);
		edit = run(edit.state(), null, "grp:field:CHILDREN");
		edit = run(edit.state(), "そのまま", null);
		edit = run(edit.state(), "そのまま", null);
		edit = run(edit.state(), "子どもの居場所", null);
		edit = run(edit.state(), "メール", null);
		edit = run(edit.state(), null, "grp:consent:yes");
		assertThat(edit.reply().text()).contains("更新しました");
		assertThat(groups.of(user).orElseThrow().field()).isEqualTo(Field.CHILDREN);
		assertThat(groups.of(user).orElseThrow().want()).isEqualTo("子どもの居場所");

		Step delete = run(null, "登録を削除", null);
		assertThat(delete.reply().text()).contains("消去されます");
		delete = run(delete.state(), null, "grp:delete:yes");
		assertThat(delete.reply().text()).contains("削除しました");
		assertThat(groups.of(user)).isEmpty();
	}

	@Test
	void aGroupChatIsLinkedByAMemberAndOthersJoin() {
		run(answers("団体E").state(), null, "grp:consent:yes");
		String chat = "C" + UUID.randomUUID().toString().replace("-", "");
		Step link = flow.step(new Turn(user, false, chat, "団体登録", null), null);
		link = flow.step(new Turn(user, false, chat, null, "grp:link:yes"), link.state());
		assertThat(link.reply().text()).contains("紐付けました");

		String other = "U" + UUID.randomUUID().toString().replace("-", "");
		Step join = flow.step(new Turn(other, false, chat, "団体に参加", null), null);
		join = flow.step(new Turn(other, false, chat, null, "grp:consent:yes"), join.state());

		assertThat(join.reply().text()).contains("メンバーとして登録しました");
		assertThat(groups.of(other).orElseThrow().name()).isEqualTo("団体E");
		assertThat(groups.of(chat).orElseThrow().memberIds()).contains(user, other);
	}

	private Step answers(String name) {
		Step step = run(null, "団体登録", null);
		for (String answer : List.of(name, "福祉", "市内全域", "見守り", "担い手不足", "電話")) {
			step = run(step.state(), answer, null);
		}
		return step;
	}
}
