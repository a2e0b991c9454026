package jp.chigasaki.kyodo.escalation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import jp.chigasaki.kyodo.dialogue.QuickReply;
import jp.chigasaki.kyodo.escalation.Ticket;

/** The intake questions: buttons or free text for each step, skips, and the queue chosen from the topic. */
class IntakeTests {

	private final Intake intake = new Intake(new Binder(new MapConfigurationPropertySource(Map.of()))
		.bindOrCreate("kyodo.escalation", EscalationProperties.class));

	@Test
	void topicButtonsChooseTheQueue() {
		Map<String, String> state = intake.apply(intake.start("LOW_CONFIDENCE"), "esc:topic:event", null);
		state = intake.apply(state, "esc:group:skip", null);
		state = intake.apply(state, "esc:kind:3", null);

		assertThat(state).containsEntry("step", Intake.DONE);
		assertThat(intake.answers(state)).isEqualTo(new Intake.Answers("event", "イベント・講座・広報", null, null,
				"イベント", Ticket.Queue.CENTER));
	}

	@Test
	void freeTextAnswersAreKeptAndGoToTheDefaultQueue() {
		Map<String, String> state = intake.apply(intake.start("ASKED_FOR_HUMAN"), null, " 公園の清掃活動について ");
		state = intake.apply(state, null, "南湖の会");

		assertThat(state).containsEntry("step", "kind");
		assertThat(intake.answers(state)).isEqualTo(new Intake.Answers("other", "その他", "公園の清掃活動について",
				"南湖の会", null, Ticket.Queue.CITY));
	}

	@Test
	void skipAllEndsTheIntakeAtOnce() {
		Map<String, String> state = intake.apply(intake.start("NONE_MATCHED"), "esc:skip", null);

		assertThat(state).containsEntry("step", Intake.DONE);
		assertThat(intake.answers(state).queue()).isEqualTo(Ticket.Queue.CITY);
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
