package jp.chigasaki.kyodo.console;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jp.chigasaki.kyodo.escalation.EscalationQueue;
import jp.chigasaki.kyodo.escalation.Ticket;

/** The console pages. Actions are plain form posts (with the CSRF token) that redirect back; pages poll the API. */
@Controller
@RequestMapping("/console")
class ConsolePages {

	private final EscalationQueue queue;
	private final TicketViews views;
	private final CannedReplies canned;
	private final ConsoleProperties properties;

	ConsolePages(EscalationQueue queue, TicketViews views, CannedReplies canned, ConsoleProperties properties) {
		this.queue = queue;
		this.views = views;
		this.canned = canned;
		this.properties = properties;
	}

	static String deliveryMessage(EscalationQueue.Delivery delivery) {
		return delivery == EscalationQueue.Delivery.SENT ? "LINEに送信しました。"
				: "LINEへの送信に失敗しました。返信は保存してあり、同じ再送キーで自動的に再送します。";
	}

	@GetMapping("/login")
	String login() {
		return "console/login";
	}

	@GetMapping({ "", "/" })
	String home() {
		return "redirect:/console/queue";
	}

	@GetMapping("/queue")
	String queue(@RequestParam(required = false) Ticket.Queue queue, Authentication user, Model model) {
		model.addAttribute("queues", views.queues(user, null));
		model.addAttribute("selected", queue);
		model.addAttribute("tickets", views.open(user, queue));
		model.addAttribute("pollMillis", properties.pollInterval().toMillis());
		model.addAttribute("me", views.coordinator(user));
		return "console/queue";
	}

	@GetMapping("/tickets/{id}")
	String ticket(@PathVariable long id, Authentication user, Model model) {
		model.addAttribute("detail", views.detail(user, id));
		model.addAttribute("canned", canned.all());
		model.addAttribute("pollMillis", properties.pollInterval().toMillis());
		model.addAttribute("me", views.coordinator(user));
		return "console/ticket";
	}

	@PostMapping("/tickets/{id}/claim")
	String claim(@PathVariable long id, Authentication user, RedirectAttributes flash) {
		queue.claim(id, views.coordinator(user));
		flash.addFlashAttribute("notice", "#" + id + " を担当しました。");
		return "redirect:/console/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/reply")
	String reply(@PathVariable long id, @RequestParam String text, Authentication user, RedirectAttributes flash) {
		flash.addFlashAttribute("notice", deliveryMessage(queue.reply(id, views.coordinator(user), text)));
		return "redirect:/console/tickets/" + id;
	}

	@PostMapping("/tickets/{id}/transfer")
	String transfer(@PathVariable long id, @RequestParam String reason, Authentication user,
			RedirectAttributes flash) {
		Ticket ticket = queue.transfer(id, views.coordinator(user), reason);
		flash.addFlashAttribute("notice", "#" + id + " を " + ticket.queue().label() + " に転送しました。");
		return "redirect:/console/queue";
	}

	@PostMapping("/tickets/{id}/resolve")
	String resolve(@PathVariable long id, Authentication user, RedirectAttributes flash) {
		queue.resolve(id, views.coordinator(user));
		flash.addFlashAttribute("notice", "#" + id + " を解決済みにしました。自動応答が再開します。");
		return "redirect:/console/queue";
	}

	@PostMapping("/tickets/{id}/return")
	String returnToBot(@PathVariable long id, Authentication user, RedirectAttributes flash) {
		queue.returnToBot(id, views.coordinator(user));
		flash.addFlashAttribute("notice", "#" + id + " を自動応答に戻しました。");
		return "redirect:/console/queue";
	}
}
