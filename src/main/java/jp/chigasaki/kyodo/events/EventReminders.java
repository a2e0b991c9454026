package jp.chigasaki.kyodo.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import jp.chigasaki.kyodo.announcements.Notices;

/**
 * The day-before reminder: every {@code reminder-check-interval} each instance looks for published events starting
 * tomorrow (Asia/Tokyo); the instance that wins the event's {@code reminded} key (SET NX) pushes the reminder to
 * every applicant, so it goes out once across instances. The pushes carry retry keys derived from the event and
 * the recipient, so a retried push is delivered once too.
 */
class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	private final Events events;
	private final EventStore store;
	private final Notices notices;
	private final Clock clock;

	EventReminders(Events events, EventStore store, Notices notices, Clock clock) {
		this.events = events;
		this.store = store;
		this.notices = notices;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${kyodo.events.reminder-check-interval:PT15M}", initialDelayString = "PT1M")
	void scheduled() {
		if (events.enabled()) {
			remindTomorrow();
		}
	}

	/** @return how many reminders this instance pushed */
	int remindTomorrow() {
		LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), EventStore.ZONE).plusDays(1);
		int pushed = 0;
		for (Event event : events.upcoming()) {
			if (!event.startsAt().toLocalDate().equals(tomorrow) || !store.claimReminder(event.id(), event,
					clock.instant())) {
				continue;
			}
			List<String> applicants = store.applications(event.id())
				.stream()
				.map(Event.Application::applicant)
				.toList();
			int delivered = notices.push(applicants, "reminder:event:" + event.id(), text(event), List.of());
			log.info("Reminder for event {}: {} of {} applicants reached", event.id(), delivered, applicants.size());
			pushed += delivered;
		}
		return pushed;
	}

	static String text(Event event) {
		return "【明日のご案内】「" + event.title() + "」\n日時: " + event.when() + "\n場所: " + event.place()
				+ "\nご都合が悪くなった場合は「イベント」から申込を取り消してください。";
	}
}
