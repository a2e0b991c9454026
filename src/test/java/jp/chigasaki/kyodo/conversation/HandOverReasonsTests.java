package jp.chigasaki.kyodo.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;

/** The dialogue's reason for a hand-over becomes the ticket's trigger in one place, one to one. */
class HandOverReasonsTests {

	@Test
	void everyReasonOfTheDialogueBecomesItsOwnTrigger() {
		assertThat(Arrays.stream(Reply.Handoff.values()).map(BotMode::trigger))
			.doesNotHaveDuplicates()
			.containsExactlyInAnyOrder(EscalationTrigger.values());
		assertThat(BotMode.trigger(Reply.Handoff.NONE_MATCHED)).isEqualTo(EscalationTrigger.NONE_MATCHED);
		assertThat(BotMode.trigger(Reply.Handoff.LOW_CONFIDENCE)).isEqualTo(EscalationTrigger.LOW_CONFIDENCE);
	}
}
