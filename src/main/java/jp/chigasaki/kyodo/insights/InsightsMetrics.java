package jp.chigasaki.kyodo.insights;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.core.instrument.Timer;

import jp.chigasaki.kyodo.conversation.TurnCompleted;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;

/**
 * The figures as Micrometer meters, counted as the events arrive on this instance (sum them over instances in
 * Prometheus): turns by decision, answers and feedback by entry, referrals by department, escalations by queue and
 * reason, ticket closes, transfers, SLA breaches, and the time to claim and to resolve as timers with a histogram
 * (for {@code histogram_quantile}). The day's rates read from Redis are gauges ({@link InsightsConfiguration}).
 * Names and tags are documented in docs/insights.md; no tag holds an id of a person.
 */
final class InsightsMetrics {

	private static final Logger log = LoggerFactory.getLogger(InsightsMetrics.class);

	private final MeterRegistry registry;

	InsightsMetrics(MeterRegistry registry) {
		this.registry = registry;
		// Present from the start (at 0), so that a dashboard shows the trial's figures before the first record.
		for (String kind : new String[] { "groups-registered", "needs-published", "matches-proposed", "meetings-done",
				"event-applications", "announcements-sent" }) {
			registry.counter("kyodo.insights.initiatives", "kind", kind);
		}
	}

	void turn(TurnCompleted turn) {
		if (turn.feedback() != null) {
			registry.counter("kyodo.insights.feedback", "faq", tag(turn.faqId()), "value",
					turn.feedback().name().toLowerCase(Locale.ROOT)).increment();
			return;
		}
		registry.counter("kyodo.insights.turns", "decision", turn.decision() == null ? "silent" : turn.decision().key(),
				"audience", turn.audience() == null ? "member" : turn.audience().key(), "chat",
				turn.groupChat() ? "group" : "user").increment();
		if (turn.decision() == Decision.ANSWER && turn.faqId() != null) {
			registry.counter("kyodo.insights.answers", "faq", turn.faqId()).increment();
		}
		if (turn.departmentId() != null) {
			registry.counter("kyodo.insights.referrals", "department", turn.departmentId()).increment();
		}
	}

	void ticket(TicketEvent event) {
		String queue = event.queue().name();
		if (event instanceof TicketEvent.Opened opened) {
			registry.counter("kyodo.insights.escalations", "queue", queue, "reason", opened.trigger().name())
				.increment();
		}
		else if (event instanceof TicketEvent.Claimed claimed) {
			timer("kyodo.insights.tickets.claim.wait", queue).record(nonNegative(claimed.waited()));
		}
		else if (event instanceof TicketEvent.Transferred) {
			registry.counter("kyodo.insights.tickets.transferred", "queue", queue).increment();
		}
		else if (event instanceof TicketEvent.Closed closed) {
			registry.counter("kyodo.insights.tickets.closed", "queue", queue, "state", closed.state().name())
				.increment();
			if (closed.slaBreached()) {
				registry.counter("kyodo.insights.tickets.sla.breaches", "queue", queue).increment();
			}
			if (closed.state() == Ticket.State.RESOLVED) {
				timer("kyodo.insights.tickets.resolve.time", queue).record(nonNegative(closed.open()));
			}
		}
	}

	/** An event that could not be recorded (Redis down): counted and logged by kind and exception class only. */
	void dropped(String event, RuntimeException ex) {
		registry.counter("kyodo.insights.dropped", "event", event).increment();
		log.warn("Insights: a {} event was not recorded ({})", event, ex.getClass().getSimpleName());
	}

	void initiative(String kind) {
		registry.counter("kyodo.insights.initiatives", "kind", kind).increment();
	}

	private Timer timer(String name, String queue) {
		return Timer.builder(name).tag("queue", queue).publishPercentileHistogram().register(registry);
	}

	private static Duration nonNegative(Duration duration) {
		return duration == null || duration.isNegative() ? Duration.ZERO : duration;
	}

	private static String tag(String value) {
		return value == null ? "unknown" : value;
	}
}
