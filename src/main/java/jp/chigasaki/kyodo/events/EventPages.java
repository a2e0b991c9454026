package jp.chigasaki.kyodo.events;

import java.net.URI;
import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public, read-only event pages for people not on LINE: {@code /events} and the feed {@code /events.ics}. */
@Controller
class EventPages {

	static final MediaType CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;
	private final EventsProperties properties;
	private final Clock clock;

	EventPages(Events events, EventsProperties properties, Clock clock) {
		this.events = events;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/events")
	String events(Model model) {
		if (!events.enabled()) {
			throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND);
		}
		model.addAttribute("events", events.upcoming()
			.stream()
			.map(event -> new Shown(event, event.when(), event.capacity() - events.taken(event.id())))
			.toList());
		return "public/events";
	}

	@GetMapping(value = "/events.ics")
	ResponseEntity<String> calendar() {
		if (!events.enabled()) {
			return ResponseEntity.notFound().build();
		}
		String host = URI.create(properties.publicBaseUrl()).getHost();
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.body(Calendar.of(events.upcoming(), properties.publicBaseUrl(), host == null ? "localhost" : host,
					clock.instant()));
	}

	/** An event as the page shows it. */
	record Shown(Event event, String when, long seatsLeft) {
	}
}
