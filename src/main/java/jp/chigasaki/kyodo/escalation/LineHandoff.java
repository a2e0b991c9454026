package jp.chigasaki.kyodo.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.internal.Acknowledgement;
import jp.chigasaki.kyodo.escalation.internal.BusinessHours;
import jp.chigasaki.kyodo.escalation.internal.ConversationStore;
import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.Intake;
import jp.chigasaki.kyodo.escalation.internal.Replies;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/**
 * The LINE layer's view of the escalation: intake, ticket creation, silence while a ticket is open. A conversation
 * has at most one open ticket (the pointer is set with NX before the ticket is written); the user is acknowledged
 * only after the ticket is stored (with {@code appendfsync always}: on disk).
 */
class LineHandoff implements HumanHandoff {

	private static final Logger log = LoggerFactory.getLogger(LineHandoff.class);

	private final TicketStore store;
	private final ConversationStore conversations;
	private final Intake intake;
	private final BusinessHours hours;
	private final Acknowledgement acknowledgement;
	private final CoordinatorGroup group;
	private final EscalationQueue queue;
	private final EscalationProperties properties;
	private final Clock clock;

	LineHandoff(TicketStore store, ConversationStore conversations, BusinessHours hours, CoordinatorGroup group,
			EscalationQueue queue, EscalationProperties properties, Clock clock) {
		this.store = store;
		this.conversations = conversations;
		this.intake = new Intake(properties);
		this.hours = hours;
		this.acknowledgement = new Acknowledgement(hours);
		this.group = group;
		this.queue = queue;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Optional<Reply> interceptText(ChatRef chat, String text, String messageId) {
		if (group.isGroup(chat)) {
			return Optional.empty();
		}
		if (appendToOpenTicket(chat, new Turn(clock.instant(), Turn.Speaker.USER, text, messageId))) {
			return Optional.of(Replies.silent());
		}
		Map<String, String> running = conversations.intake(chat);
		return running.isEmpty() ? Optional.empty() : Optional.of(advance(chat, running, null, text));
	}

	@Override
	public Optional<Reply> interceptPostback(ChatRef chat, String data) {
		if (data.startsWith(CoordinatorGroup.CLAIM)) {
			return Optional.of(group.claim(chat, data, queue));
		}
		Optional<Long> open = openTicketId(chat);
		if (open.isPresent()) {
			return Optional.of(Replies.text("受付番号 #" + open.get() + " で担当者におつなぎしています。"));
		}
		Map<String, String> running = conversations.intake(chat);
		if (running.isEmpty()) {
			return Optional.of(Replies.text("受付の手続きの時間が過ぎました。もう一度「担当者に相談」と送ってください。"));
		}
		return Optional.of(advance(chat, running, data, null));
	}

	@Override
	public Reply escalate(ChatRef chat, EscalationTrigger trigger) {
		Optional<Long> open = openTicketId(chat);
		if (open.isPresent()) {
			return Replies.text("受付番号 #" + open.get() + " で担当者におつなぎしています。メッセージはそのまま担当者に届きます。");
		}
		conversations.saveIntake(chat, intake.start(trigger.name()));
		return intake.question("topic");
	}

	@Override
	public void recordTurn(ChatRef chat, Turn turn) {
		if (!appendToOpenTicket(chat, turn)) {
			conversations.recordTurn(chat, turn);
		}
	}

	@Override
	public void forget(ChatRef chat) {
		conversations.forget(chat);
	}

	// Recent turns first: if they move into a new ticket meanwhile, the ticket's transcript is looked at next.
	@Override
	public void forgetMessage(ChatRef chat, String messageId) {
		conversations.forgetMessage(chat, messageId);
		conversations.openTicket(chat).ifPresent(id -> store.forgetMessage(id, messageId));
	}

	private boolean appendToOpenTicket(ChatRef chat, Turn turn) {
		Optional<Long> open = conversations.openTicket(chat);
		if (open.isEmpty()) {
			return false;
		}
		String state = store.append(open.get(), turn);
		if (Ticket.State.WAITING.name().equals(state) || Ticket.State.CLAIMED.name().equals(state)) {
			conversations.keepPointer(chat);
			return true;
		}
		conversations.releasePointer(chat, open.get());
		return false;
	}

	/** The conversation's open ticket; a pointer left behind by a crash (ticket closed or gone) is released. */
	private Optional<Long> openTicketId(ChatRef chat) {
		Optional<Long> pointer = conversations.openTicket(chat);
		if (pointer.isPresent() && !store.find(pointer.get()).map(ticket -> ticket.state().open()).orElse(false)) {
			conversations.releasePointer(chat, pointer.get());
			return Optional.empty();
		}
		return pointer;
	}

	private Reply advance(ChatRef chat, Map<String, String> state, String data, String text) {
		Map<String, String> next = intake.apply(state, data, text);
		if (!Intake.DONE.equals(next.get("step"))) {
			conversations.saveIntake(chat, next);
			return intake.question(next.get("step"));
		}
		return open(chat, next);
	}

	private Reply open(ChatRef chat, Map<String, String> state) {
		long id = store.nextId();
		if (!conversations.pointAt(chat, id)) {
			conversations.endIntake(chat);
			return Replies.text("すでに担当者におつなぎしています。メッセージはそのまま担当者に届きます。");
		}
		Intake.Answers answers = intake.answers(state);
		Instant now = clock.instant();
		Instant due = hours.plusOfficeTime(now, properties.answerWithin());
		Ticket ticket = new Ticket(id, Ticket.State.WAITING, answers.queue(), chat,
				EscalationTrigger.valueOf(state.get("trigger")), answers.topicKey(), answers.topicLabel(),
				answers.topicNote(), answers.groupName(), answers.kind(), now,
				hours.plusOfficeTime(now, properties.warnAfter()), due, null, null, null, null);
		String text = acknowledgement.text(id, now, due);
		List<Turn> transcript = new ArrayList<>(conversations.takeRecentTurns(chat));
		transcript.add(new Turn(now, Turn.Speaker.BOT, text));
		store.create(ticket, transcript);
		conversations.endIntake(chat);
		log.info("Ticket {} opened in {} ({})", id, ticket.queue(), ticket.trigger());
		group.newTicket(ticket);
		return Replies.text(text);
	}
}
