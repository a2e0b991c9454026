package jp.chigasaki.kyodo.insights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.event.EventListener;

import tools.jackson.databind.json.JsonMapper;

import jp.chigasaki.kyodo.announcements.AnnouncementSent;
import jp.chigasaki.kyodo.events.EventApplicationChanged;
import jp.chigasaki.kyodo.groups.GroupRegistered;
import jp.chigasaki.kyodo.meetings.MatchProposed;
import jp.chigasaki.kyodo.meetings.MeetingStatusChanged;
import jp.chigasaki.kyodo.needs.NeedPublished;

/**
 * Records the initiatives' events (試行) as {@code initiative:<kind>} counters of their day: groups registered and
 * needs published (also by field), matches proposed as 事前打ち合わせ, meetings by the status they reached, event
 * applications by role and cancellations, announcements sent with their recipients. The events carry no name, text or
 * LINE id; the records' own numbers are not kept either.
 */
final class InitiativeRecorder {

	private final AnalyticsStore store;
	private final InsightsMetrics metrics;
	private final JsonMapper json;
	private final InsightsProperties properties;

	InitiativeRecorder(AnalyticsStore store, InsightsMetrics metrics, JsonMapper json, InsightsProperties properties) {
		this.store = store;
		this.metrics = metrics;
		this.json = json;
		this.properties = properties;
	}

	@EventListener
	void on(GroupRegistered event) {
		record(event.at(), "groups-registered", "groups-registered:" + key(event.field()));
	}

	@EventListener
	void on(NeedPublished event) {
		record(event.at(), "needs-published", "needs-published:" + key(event.field()));
	}

	@EventListener
	void on(MatchProposed event) {
		record(event.at(), "matches-proposed");
	}

	@EventListener
	void on(MeetingStatusChanged event) {
		record(event.at(), "meetings-" + key(event.status()));
	}

	@EventListener
	void on(EventApplicationChanged event) {
		if (event.change() == EventApplicationChanged.Change.APPLIED) {
			record(event.at(), "event-applications", "event-applications:" + key(event.role()));
		}
		else {
			record(event.at(), "event-cancellations");
		}
	}

	@EventListener
	void on(AnnouncementSent event) {
		record(event.at(), "announcements-sent", "announcement-recipients\t" + event.recipients(),
				"announcement-deliveries\t" + event.delivered());
	}

	/** Best effort: the initiative's record is already stored, so a Redis failure here must not fail it. */
	private void record(Instant at, String kind, String... more) {
		try {
			store(at, kind, more);
		}
		catch (RuntimeException ex) {
			metrics.dropped("initiative", ex);
		}
	}

	private void store(Instant at, String kind, String... more) {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("type", "initiative");
		raw.put("at", at.toString());
		raw.put("kind", kind);
		List<String> counters = new java.util.ArrayList<>(List.of("initiative:" + kind));
		for (String counter : more) {
			counters.add("initiative:" + counter);
		}
		store.record(LocalDate.ofInstant(at, properties.zone()), new AnalyticsStore.Write(counters,
				json.writeValueAsString(raw), null, null, null, null, 0, null));
		metrics.initiative(kind);
	}

	private static String key(Enum<?> value) {
		return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT);
	}
}
