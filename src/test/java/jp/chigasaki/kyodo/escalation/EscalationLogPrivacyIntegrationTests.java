package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Message text, group names, replies and LINE ids never reach the log, on any path of a ticket's life. */
@ExtendWith(OutputCaptureExtension.class)
class EscalationLogPrivacyIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	@Autowired
	EscalationQueue queue;

	@Test
	void aTicketsWholeLifeLogsNoPersonalData(CapturedOutput output) {
		ChatRef chat = new ChatRef(ChatRef.Type.GROUP, "Cmarkergroup9f3a", "Umarkeruser9f3a");
		say(chat, "MARKER-QUESTION-9f3a");
		tap(chat, "dlg:human");
		say(chat, "MARKER-TOPIC-9f3a");
		say(chat, "MARKER-GROUP-9f3a");
		long id = ticketNumber(tap(chat, "esc:kind:2"));
		say(chat, "MARKER-MESSAGE-9f3a");
		queue.claim(id, CITY);
		messenger.failNext(1);
		queue.reply(id, CITY, "MARKER-REPLY-9f3a");
		queue.retryPendingReplies();
		queue.transfer(id, new Coordinator("admin", "admin", Set.of(Ticket.Queue.values()), true), "MARKER-REASON-9f3a");

		assertThat(output.getAll()).contains("Ticket " + id + " opened")
			.doesNotContain("MARKER-", "Cmarkergroup9f3a", "Umarkeruser9f3a");
	}
}
