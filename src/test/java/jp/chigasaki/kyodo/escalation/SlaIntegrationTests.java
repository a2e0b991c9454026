package jp.chigasaki.kyodo.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/** Open tickets without a reply are flagged once at 80% and once at 100% of their due time, in the coordinator group. */
class SlaIntegrationTests extends EscalationTestContext {

	private static final Coordinator CITY = new Coordinator("city", "市の担当", Set.of(Ticket.Queue.CITY), false);

	@Autowired
	EscalationQueue queue;

	@Autowired
	TicketStore store;

	@Autowired
	CoordinatorGroup group;

	@Autowired
	EscalationProperties properties;

	@Test
	void aClaimedTicketWithoutReplyIsFlaggedAtWarningThenBreachOnceEach() {
		long id = openTicket(newUser());
		Ticket ticket = queue.claim(id, CITY);

		jobsAt(ticket.warnAt().plusSeconds(1)).flagLateTickets();
		jobsAt(ticket.warnAt().plusSeconds(2)).flagLateTickets();
		jobsAt(ticket.dueAt().plusSeconds(1)).flagLateTickets();
		jobsAt(ticket.dueAt().plusSeconds(2)).flagLateTickets();

		assertThat(ticket.sla(ticket.warnAt().minusSeconds(1))).isEqualTo(Ticket.Sla.OK);
		assertThat(groupMessagesAbout(id)).containsExactly("【期限間近】 #" + id, "【期限超過】 #" + id);
	}

	@Test
	void aTicketWithACoordinatorReplyIsNotFlagged() {
		long id = openTicket(newUser());
		queue.claim(id, CITY);
		queue.reply(id, CITY, "確認します。");
		Ticket ticket = queue.find(id, CITY);

		jobsAt(ticket.dueAt().plusSeconds(60)).flagLateTickets();

		assertThat(ticket.sla(ticket.dueAt().plusSeconds(60))).isEqualTo(Ticket.Sla.NONE);
		assertThat(groupMessagesAbout(id)).isEmpty();
	}

	private EscalationJobs jobsAt(Instant now) {
		return new EscalationJobs(queue, store, group, properties, Clock.fixed(now, ZoneOffset.UTC));
	}

	private List<String> groupMessagesAbout(long id) {
		return messenger.pushesTo(GROUP)
			.stream()
			.map(push -> push.reply().text())
			.filter(text -> text.startsWith("【") && text.contains("#" + id + "（"))
			.map(text -> text.substring(0, text.indexOf('（')))
			.toList();
	}
}
