package jp.chigasaki.kyodo.console;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Group;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meeting;
import jp.chigasaki.kyodo.meetings.Meetings;
import jp.chigasaki.kyodo.needs.Matches;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/** Console pages of 協働の種探し and 事前打ち合わせ (試行): groups, needs with match suggestions, meetings. */
@Controller
@RequestMapping("/console")
class MatchingPages {

	private final Groups groups;
	private final Needs needs;
	private final Matches matches;
	private final Meetings meetings;
	private final TicketViews views;

	MatchingPages(Groups groups, Needs needs, Matches matches, Meetings meetings, TicketViews views) {
		this.groups = groups;
		this.needs = needs;
		this.matches = matches;
		this.meetings = meetings;
		this.views = views;
	}

	@GetMapping("/groups")
	String groups(Authentication user, Model model) {
		InitiativeViews.requireOn(groups.enabled());
		model.addAttribute("groups", groups.all());
		return page(user, model, "console/groups");
	}

	@PostMapping("/groups/{id}")
	String editGroup(@PathVariable long id, @RequestParam String name, @RequestParam Field field,
			@RequestParam String area, @RequestParam String can, @RequestParam String want,
			@RequestParam String contact, RedirectAttributes flash) {
		InitiativeViews.requireOn(groups.enabled());
		groups.update(id, new Group.Profile(name, field, area, can, want, contact));
		flash.addAttribute("done", InitiativeViews.Done.GROUP_UPDATED);
		return "redirect:/console/groups";
	}

	@GetMapping("/needs")
	String needs(Authentication user, Model model) {
		InitiativeViews.requireOn(needs.enabled());
		model.addAttribute("needs", needs.all());
		model.addAttribute("offers", Need.Offer.values());
		return page(user, model, "console/needs");
	}

	@PostMapping("/needs")
	String post(@RequestParam String title, @RequestParam Field field, @RequestParam String department,
			@RequestParam String want, @RequestParam(required = false) String area,
			@RequestParam(required = false) Set<Need.Offer> offers, @RequestParam(defaultValue = "false") boolean cost,
			@RequestParam(required = false) String period, Authentication user, RedirectAttributes flash) {
		InitiativeViews.requireOn(needs.enabled());
		Need need = needs.post(new Need.Draft(title, field, department, want, area,
				offers == null ? EnumSet.noneOf(Need.Offer.class) : offers, cost, period), user.getName(), null);
		flash.addAttribute("done", InitiativeViews.Done.NEED_POSTED);
		return "redirect:/console/needs/" + need.id();
	}

	@GetMapping("/needs/{id}")
	String need(@PathVariable long id, Authentication user, Model model) {
		InitiativeViews.requireOn(needs.enabled());
		Map<Long, Group> byId = groups.all().stream().collect(Collectors.toMap(Group::id, Function.identity()));
		model.addAttribute("need", needs.get(id));
		model.addAttribute("matches", matches.forNeed(id));
		model.addAttribute("groupsById", byId);
		model.addAttribute("interested", needs.interested(id));
		return page(user, model, "console/need");
	}

	@PostMapping("/needs/{id}/status")
	String status(@PathVariable long id, @RequestParam Need.Status status, RedirectAttributes flash) {
		InitiativeViews.requireOn(needs.enabled());
		needs.change(id, null, status);
		flash.addAttribute("done", InitiativeViews.Done.NEED_STATUS);
		return "redirect:/console/needs/" + id;
	}

	@PostMapping("/meetings")
	String propose(@RequestParam long needId, @RequestParam long groupId, @RequestParam List<String> options,
			Authentication user, RedirectAttributes flash) {
		InitiativeViews.requireOn(meetings.enabled());
		List<LocalDateTime> times = new ArrayList<>();
		for (String option : options) {
			if (!option.isBlank()) {
				times.add(LocalDateTime.parse(option));
			}
		}
		Meeting meeting = meetings.propose(needId, groupId, times, user.getName());
		flash.addAttribute("done", InitiativeViews.Done.MEETING_PROPOSED);
		return "redirect:/console/meetings";
	}

	@GetMapping("/meetings")
	String meetings(Authentication user, Model model) {
		InitiativeViews.requireOn(meetings.enabled());
		model.addAttribute("meetings", meetings.all());
		model.addAttribute("needsById", needs.all().stream().collect(Collectors.toMap(Need::id, Function.identity())));
		model.addAttribute("groupsById",
				groups.all().stream().collect(Collectors.toMap(Group::id, Function.identity())));
		model.addAttribute("statuses", Meeting.Status.values());
		return page(user, model, "console/meetings");
	}

	@PostMapping("/meetings/{id}")
	String changeMeeting(@PathVariable long id, @RequestParam Meeting.Status status,
			@RequestParam(required = false) String note, RedirectAttributes flash) {
		InitiativeViews.requireOn(meetings.enabled());
		meetings.change(id, status, note, null);
		flash.addAttribute("done", InitiativeViews.Done.MEETING_CHANGED);
		return "redirect:/console/meetings";
	}

	/** A side's answer given outside LINE (by telephone, or a department that posted its need in the console). */
	@PostMapping("/meetings/{id}/answer")
	String answer(@PathVariable long id, @RequestParam Meeting.Side side, @RequestParam int option,
			RedirectAttributes flash) {
		InitiativeViews.requireOn(meetings.enabled());
		meetings.answer(id, side, option);
		flash.addAttribute("done", InitiativeViews.Done.MEETING_ANSWERED);
		return "redirect:/console/meetings";
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
