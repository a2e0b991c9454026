package jp.chigasaki.kyodo.insights;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.escalation.TicketSubscriber;

/**
 * Records each {@link TicketEvent} into its day: opened by queue and reason, claimed (with the time to claim),
 * first replies, transfers, closed by state (with the time to resolve) and SLA breaches. Ticket ids are the
 * service's own numbers, not personal data; coordinators' names are not recorded. Read through the {@value #GROUP}
 * group of the durable ticket event stream (an event is counted although the instance that changed the ticket died),
 * and counted once per event id, also when delivered twice; the instance's meters count it where it was recorded.
 */
final class TicketRecorder implements TicketSubscriber {

	static final String GROUP = "insights";

	private final AnalyticsStore store;
	private final InsightsMetrics metrics;
	private final JsonMapper json;
	private final InsightsProperties properties;

	TicketRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json, InsightsProperties properties) {
		this.store = store;
		this.metrics = metrics;
		this.json = json;
		this.properties = properties;
	}

	@Override
	public String group() {
		return GROUP;
	}

	/** A Redis failure propagates: the event stays in the stream and is recorded on a later delivery. */
	@Override
	public void handle(String eventId, TicketEvent event) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("type", "ticket");
		raw.put("at", event.at().toString());
		raw.put("ticketId", event.ticketId());
		raw.put("queue", event.queue().name());
		Facts facts = facts(event, raw);
		Duration duration = facts.duration();
		if (duration != null) {
			raw.put("seconds", duration.toSeconds());
		}
		boolean fresh = store.recordOnce(LocalDate.ofInstant(event.at(), properties.zone()),
				new AnalyticsStore.Write(facts.counters(), json.writeValueAsString(raw), null, null, facts.kind(),
						duration == null ? null : Long.toString(event.ticketId()),
						duration == null ? 0 : duration.toSeconds(), null),
				eventId);
		if (fresh) {
			metrics.ticket(event);
		}
	}

	/** The counters an event increments and the duration it carries ({@code claim} or {@code resolve}). */
	private record Facts(List<String> counters, String kind, Duration duration) {
	}

	private static Facts facts(TicketEvent event, Map<String, Object> raw) {
		if (event instanceof TicketEvent.Opened opened) {
			raw.put("event", "opened");
			raw.put("trigger", opened.trigger().name());
			raw.put("topic", opened.topicKey());
			return new Facts(List.of("ticket:opened", "opened-queue:" + opened.queue().name(),
					"opened-reason:" + opened.trigger().name()), null, null);
		}
		if (event instanceof TicketEvent.Claimed claimed) {
			raw.put("event", "claimed");
			return new Facts(List.of("ticket:claimed"), "claim", claimed.waited());
		}
		if (event instanceof TicketEvent.Replied replied) {
			raw.put("event", "replied");
			return new Facts(List.of(replied.first() ? "ticket:first-reply" : "ticket:reply"), null, null);
		}
		if (event instanceof TicketEvent.Transferred transferred) {
			raw.put("event", "transferred");
			raw.put("from", transferred.from().name());
			return new Facts(List.of("ticket:transferred"), null, null);
		}
		TicketEvent.Closed closed = (TicketEvent.Closed) event;
		raw.put("event", "closed");
		raw.put("state", closed.state().name());
		raw.put("slaBreached", closed.slaBreached());
		List<String> counters = new ArrayList<>(List.of("closed:" + closed.state().name()));
		if (closed.slaBreached()) {
			counters.add("ticket:sla-breached");
		}
		boolean resolved = closed.state() == Ticket.State.RESOLVED;
		return new Facts(counters, resolved ? "resolve" : null, resolved ? closed.open() : null);
	}
}
