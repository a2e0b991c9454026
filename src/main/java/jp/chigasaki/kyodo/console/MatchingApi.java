package jp.chigasaki.kyodo.console;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.groups.Field;
import jp.chigasaki.kyodo.groups.Groups;
import jp.chigasaki.kyodo.meetings.Meeting;
import jp.chigasaki.kyodo.meetings.Meetings;
import jp.chigasaki.kyodo.needs.Matches;
import jp.chigasaki.kyodo.needs.Need;
import jp.chigasaki.kyodo.needs.Needs;

/** 協働の種探し and 事前打ち合わせ (試行) as JSON: groups, needs, match suggestions, meetings. */
@RestController
class MatchingApi {

	private final Groups groups;
	private final Needs needs;
	private final Matches matches;
	private final Meetings meetings;

	MatchingApi(Groups groups, Needs needs, Matches matches, Meetings meetings) {
		this.groups = groups;
		this.needs = needs;
		this.matches = matches;
		this.meetings = meetings;
	}

	record NeedRequest(String title, Field field, String department, String want, String area, Set<Need.Offer> offers,
			Boolean costPossible, String period, Need.Status status) {

		Need.Draft draft(Need.Draft base) {
			return new Need.Draft(title != null ? title : base.title(), field != null ? field : base.field(),
					department != null ? department : base.department(), want != null ? want : base.want(),
					area != null ? area : base.area(), offers != null ? offers : base.offers(),
					costPossible != null ? costPossible : base.costPossible(), period != null ? period : base.period());
		}

		boolean changesContent() {
			return title != null || field != null || department != null || want != null || area != null
					|| offers != null || costPossible != null || period != null;
		}
	}

	record MeetingRequest(long needId, long groupId, List<LocalDateTime> options) {
	}

	record MeetingPatch(Meeting.Status status, String note, List<LocalDateTime> options, Answer answer) {

		record Answer(Meeting.Side side, int option) {
		}
	}

	@GetMapping("/api/groups")
	List<InitiativeViews.GroupView> groups() {
		InitiativeViews.requireOn(groups.enabled());
		return groups.all().stream().map(InitiativeViews.GroupView::of).toList();
	}

	@GetMapping("/api/groups/{id}")
	InitiativeViews.GroupView group(@PathVariable long id) {
		InitiativeViews.requireOn(groups.enabled());
		return InitiativeViews.GroupView.of(groups.get(id));
	}

	@GetMapping("/api/needs")
	List<InitiativeViews.NeedView> needs(@RequestParam(required = false) Need.Status status) {
		InitiativeViews.requireOn(needs.enabled());
		return needs.all()
			.stream()
			.filter(need -> status == null || need.status() == status)
			.map(InitiativeViews.NeedView::of)
			.toList();
	}

	@PostMapping("/api/needs")
	@ResponseStatus(HttpStatus.CREATED)
	InitiativeViews.NeedView post(@RequestBody NeedRequest request, Authentication user) {
		InitiativeViews.requireOn(needs.enabled());
		Need need = needs.post(new Need.Draft(request.title(), request.field(), request.department(), request.want(),
				request.area(), request.offers(), Boolean.TRUE.equals(request.costPossible()), request.period()),
				user.getName(), null);
		return InitiativeViews.NeedView
			.of(request.status() == null ? need : needs.change(need.id(), null, request.status()));
	}

	@GetMapping("/api/needs/{id}")
	InitiativeViews.NeedView need(@PathVariable long id) {
		InitiativeViews.requireOn(needs.enabled());
		return InitiativeViews.NeedView.of(needs.get(id));
	}

	@PatchMapping("/api/needs/{id}")
	InitiativeViews.NeedView change(@PathVariable long id, @RequestBody NeedRequest request) {
		InitiativeViews.requireOn(needs.enabled());
		Need current = needs.get(id);
		return InitiativeViews.NeedView.of(
				needs.change(id, request.changesContent() ? request.draft(current.draft()) : null, request.status()));
	}

	@GetMapping("/api/matches")
	List<Matches.Match> matches(@RequestParam(required = false) Long needId,
			@RequestParam(required = false) Long groupId) {
		InitiativeViews.requireOn(needs.enabled() && groups.enabled());
		if ((needId == null) == (groupId == null)) {
			throw new IllegalArgumentException("needId か groupId のどちらか一方を指定してください。");
		}
		return needId != null ? matches.forNeed(needId) : matches.forGroup(groupId);
	}

	@GetMapping("/api/meetings")
	List<Meeting> meetings(@RequestParam(required = false) Long groupId) {
		InitiativeViews.requireOn(meetings.enabled());
		return groupId == null ? meetings.all() : meetings.ofGroup(groupId);
	}

	@PostMapping("/api/meetings")
	@ResponseStatus(HttpStatus.CREATED)
	Meeting propose(@RequestBody MeetingRequest request, Authentication user) {
		InitiativeViews.requireOn(meetings.enabled());
		return meetings.propose(request.needId(), request.groupId(), request.options(), user.getName());
	}

	@PatchMapping("/api/meetings/{id}")
	Meeting change(@PathVariable long id, @RequestBody MeetingPatch patch) {
		InitiativeViews.requireOn(meetings.enabled());
		if (patch.answer() != null) {
			meetings.answer(id, patch.answer().side(), patch.answer().option());
		}
		if (patch.status() != null || patch.note() != null || patch.options() != null) {
			return meetings.change(id, patch.status(), patch.note(), patch.options());
		}
		return meetings.get(id);
	}
}
