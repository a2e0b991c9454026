package jp.chigasaki.kyodo.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.Authentication;

import jp.chigasaki.kyodo.escalation.Coordinator;
import jp.chigasaki.kyodo.escalation.EscalationQueue;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.Turn;

/** Tickets as the console shows them (pages and JSON alike), in JST, for the signed-in coordinator. */
class TicketViews {

	static final ZoneId JST = ZoneId.of("Asia/Tokyo");
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d(E) H:mm", Locale.JAPANESE);

	private final EscalationQueue queue;
	private final Accounts accounts;
	private final Clock clock;

	TicketViews(EscalationQueue queue, Accounts accounts, Clock clock) {
		this.queue = queue;
		this.accounts = accounts;
		this.clock = clock;
	}

	record Summary(long id, String state, String stateLabel, String queue, String queueLabel, String topic,
			String kind, String groupName, String chat, Instant createdAt, String waiting, Instant dueAt, String due,
			String sla, String slaLabel, String assignee) {
	}

	record Line(Instant at, String time, String speaker, String speakerLabel, String text) {
	}

	record Detail(Summary ticket, String topicNote, String transferReason, List<Line> transcript) {
	}

	Coordinator coordinator(Authentication authentication) {
		return accounts.coordinator(authentication);
	}

	/** The queues to show: the requested one (403 if not the coordinator's) or all of the coordinator's. */
	List<Ticket.Queue> queues(Authentication authentication, Ticket.Queue requested) {
		Coordinator coordinator = coordinator(authentication);
		if (requested != null && !coordinator.mayAccess(requested)) {
			throw new ConsoleAccessDenied(requested.label() + " の窓口は担当外です。");
		}
		return requested != null ? List.of(requested)
				: List.of(Ticket.Queue.values()).stream().filter(coordinator::mayAccess).toList();
	}

	List<Summary> open(Authentication authentication, Ticket.Queue requested) {
		return queues(authentication, requested).stream()
			.flatMap(each -> queue.openTickets(each).stream())
			.map(this::summary)
			.toList();
	}

	Detail detail(Authentication authentication, long id) {
		Coordinator coordinator = coordinator(authentication);
		Ticket ticket = queue.find(id, coordinator);
		List<Line> lines = queue.transcript(id, coordinator).stream().map(TicketViews::line).toList();
		return new Detail(summary(ticket), ticket.topicNote(), ticket.transferReason(), lines);
	}

	Summary summary(Ticket ticket) {
		Instant now = clock.instant();
		return new Summary(ticket.id(), ticket.state().name(), stateLabel(ticket.state()), ticket.queue().name(),
				ticket.queue().label(), ticket.topicLabel(), ticket.kind() == null ? "未回答" : ticket.kind(),
				ticket.groupName(), ticket.chat().oneToOne() ? "1対1" : "グループ", ticket.createdAt(),
				age(Duration.between(ticket.createdAt(), now)), ticket.dueAt(), WHEN.format(ticket.dueAt().atZone(JST)),
				ticket.sla(now).name(), slaLabel(ticket.sla(now)), ticket.assignee());
	}

	private static Line line(Turn turn) {
		String label = switch (turn.speaker()) {
			case USER -> "利用者";
			case BOT -> "ボット";
			case COORDINATOR -> "担当者";
		};
		return new Line(turn.at(), WHEN.format(turn.at().atZone(JST)), turn.speaker().name(), label, turn.text());
	}

	private static String slaLabel(Ticket.Sla sla) {
		return switch (sla) {
			case WARNING -> "期限間近";
			case BREACH -> "期限超過";
			default -> "";
		};
	}

	private static String stateLabel(Ticket.State state) {
		return switch (state) {
			case WAITING -> "待機中";
			case CLAIMED -> "対応中";
			case RESOLVED -> "解決済み";
			case RETURNED -> "自動応答に戻した";
		};
	}

	private static String age(Duration age) {
		long minutes = Math.max(0, age.toMinutes());
		return minutes < 60 ? minutes + "分" : minutes / 60 + "時間" + minutes % 60 + "分";
	}
}
