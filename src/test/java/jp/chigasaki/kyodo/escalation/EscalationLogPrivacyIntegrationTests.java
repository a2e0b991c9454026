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
	HumanHandoff handoff;

	@Autowired
	EscalationQueue queue;

	@Test
	void aTicketsWholeLifeLogsNoPersonalData(CapturedOutput output) {
		ChatRef chat = new ChatRef(ChatRef.Type.GROUP, "Cmarkergroup9f3a", "Umarkeruser9f3a");
		handoff.recordTurn(chat, new Turn(java.time.Instant.now(), Turn.Speaker.BOT, "MARKER-BOT-9f3a"));
		handoff.escalate(chat, EscalationTrigger.ASKED_FOR_HUMAN);
		handoff.interceptText(chat, "MARKER-TOPIC-9f3a");
		handoff.interceptText(chat, "MARKER-GROUP-9f3a");
		String ack = handoff.interceptPostback(chat, "esc:kind:2").orElseThrow().text();
		long id = Long.parseLong(ack.replaceAll("(?s).*#(\\d+) です.*", "$1"));
		handoff.interceptText(chat, "MARKER-MESSAGE-9f3a");
		queue.claim(id, CITY);
		messenger.failNext(1);
		queue.reply(id, CITY, "MARKER-REPLY-9f3a");
		queue.retryPendingReplies();
		queue.transfer(id, new Coordinator("admin", "admin", Set.of(Ticket.Queue.values()), true), "MARKER-REASON-9f3a");

		assertThat(output.getAll()).contains("Ticket " + id + " opened")
			.doesNotContain("MARKER-", "Cmarkergroup9f3a", "Umarkeruser9f3a");
	}
}
