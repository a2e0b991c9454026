package jp.chigasaki.kyodo.console;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jp.chigasaki.kyodo.escalation.EscalationQueue;
import jp.chigasaki.kyodo.escalation.Ticket;

/** The console's operations as JSON: the same rules as the pages, errors as ProblemDetail. */
@RestController
@RequestMapping("/api/tickets")
class TicketApi {

	private final EscalationQueue queue;
	private final TicketViews views;

	TicketApi(EscalationQueue queue, TicketViews views) {
		this.queue = queue;
		this.views = views;
	}

	record ReplyRequest(String text) {
	}

	record TransferRequest(String reason) {
	}

	record ReplyResult(String delivery, String message) {
	}

	@GetMapping
	List<TicketViews.Summary> open(@RequestParam(required = false) Ticket.Queue queue, Authentication user) {
		return views.open(user, queue);
	}

	@GetMapping("/{id}")
	TicketViews.Detail ticket(@PathVariable long id, Authentication user) {
		return views.detail(user, id);
	}

	@PostMapping("/{id}/claim")
	TicketViews.Detail claim(@PathVariable long id, Authentication user) {
		queue.claim(id, views.coordinator(user));
		return views.detail(user, id);
	}

	@PostMapping("/{id}/reply")
	ReplyResult reply(@PathVariable long id, @RequestBody ReplyRequest request, Authentication user) {
		EscalationQueue.Delivery delivery = queue.reply(id, views.coordinator(user), request.text());
		return new ReplyResult(delivery.name(), ConsolePages.deliveryMessage(delivery));
	}

	@PostMapping("/{id}/transfer")
	TicketViews.Detail transfer(@PathVariable long id, @RequestBody TransferRequest request, Authentication user) {
		Ticket ticket = queue.transfer(id, views.coordinator(user), request.reason());
		return new TicketViews.Detail(views.summary(ticket), ticket.topicNote(), ticket.transferReason(), List.of());
	}

	@PostMapping("/{id}/resolve")
	TicketViews.Summary resolve(@PathVariable long id, Authentication user) {
		return views.summary(queue.resolve(id, views.coordinator(user)));
	}

	@PostMapping("/{id}/return")
	TicketViews.Summary returnToBot(@PathVariable long id, Authentication user) {
		return views.summary(queue.returnToBot(id, views.coordinator(user)));
	}
}
