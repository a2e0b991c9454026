package jp.chigasaki.kyodo.escalation;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/**
 * Background work on every instance: retry undelivered replies, and flag open tickets without a reply at 80% and
 * 100% of their due time. The flag is raised by a script, so only one instance tells the coordinator group.
 */
class EscalationJobs implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EscalationJobs.class);

	private final EscalationQueue queue;
	private final TicketStore store;
	private final CoordinatorGroup group;
	private final EscalationProperties properties;
	private final Clock clock;

	EscalationJobs(EscalationQueue queue, TicketStore store, CoordinatorGroup group, EscalationProperties properties,
			Clock clock) {
		this.queue = queue;
		this.store = store;
		this.group = group;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::retryReplies, properties.retryInterval());
		registrar.addFixedDelayTask(this::flagLateTickets, properties.slaCheckInterval());
	}

	void retryReplies() {
		try {
			int sent = queue.retryPendingReplies();
			if (sent > 0) {
				log.info("Delivered {} queued coordinator replies", sent);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Retrying queued replies failed: {}", ex.getClass().getSimpleName());
		}
	}

	/** @return how many flags were raised now */
	int flagLateTickets() {
		int raised = 0;
		try {
			Instant now = clock.instant();
			for (Ticket.Queue each : Ticket.Queue.values()) {
				for (Ticket ticket : queue.openTickets(each)) {
					Ticket.Sla sla = ticket.sla(now);
					int level = sla == Ticket.Sla.BREACH ? 2 : sla == Ticket.Sla.WARNING ? 1 : 0;
					if (level > 0 && store.raiseSla(ticket.id(), level)) {
						group.slaFlag(ticket, sla);
						raised++;
					}
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("SLA check failed: {}", ex.getClass().getSimpleName());
		}
		return raised;
	}
}
