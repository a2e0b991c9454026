package jp.chigasaki.kyodo.console;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Groups;

/** 分野別発表会・交流会 and 周知 (試行) as JSON: events, their applicants (JSON or CSV), announcements. */
@RestController
class EventsApi {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private final Events events;
	private final Groups groups;
	private final Announcements announcements;

	EventsApi(Events events, Groups groups, Announcements announcements) {
		this.events = events;
		this.groups = groups;
		this.announcements = announcements;
	}

	record EventRequest(String title, Field field, LocalDateTime startsAt, LocalDateTime endsAt, String place,
			Integer capacity, String description, boolean presentations, List<String> departments,
			boolean published) {

		Event event() {
			return new Event(0, title, field, startsAt, endsAt, place, capacity == null ? 0 : capacity, description,
					presentations, departments, published);
		}
	}

	record EventView(Event event, long taken) {
	}

	record AnnouncementRequest(java.util.Set<Field> fields, String text, boolean dryRun) {
	}

	@GetMapping("/api/events")
	List<EventView> events() {
		InitiativeViews.requireOn(events.enabled());
		return events.all().stream().map(event -> new EventView(event, events.taken(event.id()))).toList();
	}

	@PostMapping("/api/events")
	@ResponseStatus(HttpStatus.CREATED)
	EventView create(@RequestBody EventRequest request) {
		InitiativeViews.requireOn(events.enabled());
		Event event = events.create(request.event());
		return new EventView(event, 0);
	}

	@GetMapping(value = "/api/events/{id}/applications", produces = MediaType.APPLICATION_JSON_VALUE)
	List<InitiativeViews.ApplicationView> applications(@PathVariable long id) {
		InitiativeViews.requireOn(events.enabled());
		return InitiativeViews.applications(events.applications(id), groups);
	}

	@GetMapping(value = "/api/events/{id}/applications", produces = "text/csv")
	ResponseEntity<String> applicationsCsv(@PathVariable long id) {
		InitiativeViews.requireOn(events.enabled());
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"event-" + id + "-applications.csv\"")
			.body(InitiativeViews.csv(InitiativeViews.applications(events.applications(id), groups)));
	}

	@PostMapping("/api/announcements")
	Announcements.Result announce(@RequestBody AnnouncementRequest request, Authentication user) {
		InitiativeViews.requireOn(announcements.enabled());
		return announcements.send(new Announcements.Request(request.fields(), request.text(), request.dryRun()),
				user.getName());
	}
}
