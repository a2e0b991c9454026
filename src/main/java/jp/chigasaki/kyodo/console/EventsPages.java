package jp.chigasaki.kyodo.console;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.chigasaki.kyodo.announcements.Announcements;
import jp.chigasaki.kyodo.events.Event;
import jp.chigasaki.kyodo.events.Events;
import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Groups;

/** Console pages of 分野別発表会・交流会 and 周知 (試行): events, applicants, announcements with a preview. */
@Controller
@RequestMapping("/console")
class EventsPages {

	private final Events events;
	private final Groups groups;
	private final Announcements announcements;
	private final TicketViews views;

	EventsPages(Events events, Groups groups, Announcements announcements, TicketViews views) {
		this.events = events;
		this.groups = groups;
		this.announcements = announcements;
		this.views = views;
	}

	@GetMapping("/events")
	String events(Authentication user, Model model) {
		InitiativeViews.requireOn(events.enabled());
		model.addAttribute("events",
				events.all().stream().map(event -> new EventsApi.EventView(event, events.taken(event.id()))).toList());
		return page(user, model, "console/events");
	}

	@PostMapping("/events")
	String create(@RequestParam String title, @RequestParam Field field, @RequestParam LocalDateTime startsAt,
			@RequestParam LocalDateTime endsAt, @RequestParam String place, @RequestParam int capacity,
			@RequestParam(required = false) String description,
			@RequestParam(defaultValue = "false") boolean presentations,
			@RequestParam(required = false) String departments, @RequestParam(defaultValue = "false") boolean published,
			RedirectAttributes flash) {
		InitiativeViews.requireOn(events.enabled());
		List<String> explaining = departments == null ? List.of() : Arrays.asList(departments.split("[、,\n]"));
		Event event = events.create(new Event(0, title, field, startsAt, endsAt, place, capacity, description,
				presentations, explaining, published));
		flash.addAttribute("done", InitiativeViews.Done.EVENT_CREATED);
		return "redirect:/console/events/" + event.id();
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, Authentication user, Model model) {
		InitiativeViews.requireOn(events.enabled());
		model.addAttribute("event", events.get(id));
		model.addAttribute("taken", events.taken(id));
		model.addAttribute("applications", InitiativeViews.applications(events.applications(id), groups));
		return page(user, model, "console/event");
	}

	@GetMapping("/announcements")
	String announcements(Authentication user, Model model) {
		InitiativeViews.requireOn(announcements.enabled());
		model.addAttribute("audit", announcements.audit(20));
		return page(user, model, "console/announcements");
	}

	@PostMapping("/announcements")
	String announce(@RequestParam(required = false) Set<Field> fields, @RequestParam String text,
			@RequestParam(defaultValue = "preview") String action, Authentication user, Model model) {
		InitiativeViews.requireOn(announcements.enabled());
		boolean send = "send".equals(action);
		Announcements.Result result = announcements.send(
				new Announcements.Request(fields == null ? Set.of() : fields, text, !send), user.getName());
		model.addAttribute("result", result);
		model.addAttribute("chosen", fields);
		model.addAttribute("text", text);
		model.addAttribute("audit", announcements.audit(20));
		return page(user, model, "console/announcements");
	}

	/** The notice of the form post that redirected here ({@code ?done=…}), on every page of this controller. */
	@ModelAttribute("notice")
	String notice(@RequestParam(required = false) InitiativeViews.Done done) {
		return InitiativeViews.Done.text(done);
	}

	private String page(Authentication user, Model model, String template) {
		model.addAttribute("me", views.coordinator(user));
		model.addAttribute("fields", Field.values());
		return template;
	}
}
