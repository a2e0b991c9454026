package jp.chigasaki.kyodo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.escalation.Handovers;

/** The intake questions: buttons or free text for each step, skips, old buttons, and every answer kept. */
class IntakeTests {

	private final Intake intake = new Intake(List.of(new Handovers.Topic("kikin", "補助金・げんき基金"),
			new Handovers.Topic("event", "イベント・講座・広報")));

	@Test
	void buttonsAnswerEachStepAndSayWhatWasTapped() {
		Intake.Answer topic = intake.tapped(intake.start("LOW_CONFIDENCE"), "esc:topic:event");
		Intake.Answer group = intake.tapped(topic.next(), "esc:group:skip");
		Intake.Answer kind = intake.tapped(group.next(), "esc:kind:3");

		assertThat(kind.next()).containsEntry("step", Intake.DONE)
			.containsEntry("topicKey", "event")
			.containsEntry("kind", "イベント")
			.containsEntry("trigger", "LOW_CONFIDENCE");
		assertThat(List.of(topic.said(), group.said(), kind.said())).extracting(said -> said.orElseThrow())
			.containsExactly("イベント・講座・広報", "スキップ", "イベント");
	}

	@Test
	void freeTextAnswersAreKeptIncludingATypedKind() {
		Map<String, String> state = intake.typed(intake.start("ASKED_FOR_HUMAN"), " 公園の清掃活動について ").next();
		state = intake.typed(state, "南湖の会").next();
		Intake.Answer last = intake.typed(state, "来月の説明会で話したい");

		assertThat(last.next()).containsEntry("step", Intake.DONE)
			.containsEntry("topicKey", "other")
			.containsEntry("groupName", "南湖の会")
			.containsEntry("kind", "その他")
			.containsEntry("topicNote", "公園の清掃活動について\n用件: 来月の説明会で話したい");
		assertThat(last.said()).contains("来月の説明会で話したい");
	}

	@Test
	void skipAllEndsTheIntakeAtOnceFromAnyStep() {
		Map<String, String> state = intake.typed(intake.start("NONE_MATCHED"), "分野").next();

		assertThat(intake.tapped(state, "esc:skip").next()).containsEntry("step", Intake.DONE);
	}

	@Test
	void aButtonOfAnotherStepChangesNothing() {
		Map<String, String> atGroup = intake.tapped(intake.start("ASKED_FOR_HUMAN"), "esc:topic:kikin").next();

		Intake.Answer old = intake.tapped(atGroup, "esc:topic:event");

		assertThat(old.said()).isEmpty();
		assertThat(old.next()).isEqualTo(atGroup);
		assertThat(intake.again("group").text()).startsWith("受付の途中です").contains("団体名");
	}

	@Test
	void everyQuestionOffersToGoStraightToACoordinator() {
		for (String step : new String[] { "topic", "group", "kind" }) {
			assertThat(intake.question(step).quickReplies()).last()
				.isEqualTo(QuickReply.postback("すぐに担当者へ", "esc:skip"));
		}
		assertThat(intake.question("kind").quickReplies()).extracting(QuickReply::label)
			.containsExactly("相談", "協働の提案", "補助金", "イベント", "その他", "すぐに担当者へ");
	}
}
