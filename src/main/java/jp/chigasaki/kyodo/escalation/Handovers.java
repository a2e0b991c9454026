package jp.chigasaki.kyodo.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.internal.Acknowledgement;
import jp.chigasaki.kyodo.escalation.internal.BusinessHours;
import jp.chigasaki.kyodo.escalation.internal.EscalationProperties;
import jp.chigasaki.kyodo.escalation.internal.TicketStore;

/**
 * What the conversation owner asks of the coordinators' side: open a ticket from a finished intake, add the member's
 * messages to it while it is open, and the coordinator group's 「担当する」 button. The conversation keeps which ticket
 * is open; this class keeps tickets only. Opening is keyed by the webhook event, so an event that runs twice (a
 * crash before its acknowledgement) opens one ticket.
 */
public class Handovers {

	private static final Logger log = LoggerFactory.getLogger(Handovers.class);

	private final TicketStore store;
	private final BusinessHours hours;
	private final Acknowledgement acknowledgement;
	private final CoordinatorGroup group;
	private final EscalationQueue queue;
	private final EscalationProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Handovers(TicketStore store, BusinessHours hours, CoordinatorGroup group, EscalationQueue queue,
			EscalationProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.hours = hours;
		this.acknowledgement = new Acknowledgement(hours);
		this.group = group;
		this.queue = queue;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** An intake topic: {@code key} goes into postback data, {@code label} onto the button. */
	public record Topic(String key, String label) {
	}

	/**
	 * A finished intake. {@code topicNote}, {@code groupName} and the transcript are what the member wrote.
	 *
	 * @param eventKey the webhook event that finished the intake: the same key never opens a second ticket
	 */
	public record Request(ChatRef chat, EscalationTrigger trigger, String topicKey, String topicNote,
			String groupName, String kind, List<Turn> transcript, String eventKey) {

		@Override
		public String toString() {
			return "Request[" + chat + ", " + trigger + ", " + topicKey + "]";
		}
	}

	/** A ticket the request opened (or had opened before), and what to tell the member. */
	public record Opened(long ticketId, String acknowledgement) {
	}

	public List<Topic> topics() {
		return properties.topics().stream().map(topic -> new Topic(topic.key(), topic.label())).toList();
	}

	/** Opens the ticket, indexes it in its queue and tells the coordinator group, once per event. */
	public Opened open(Request request) {
		Instant now = clock.instant();
		Instant due = hours.plusOfficeTime(now, properties.answerWithin());
		Optional<EscalationProperties.Topic> topic = properties.topics()
			.stream()
			.filter(t -> t.key().equals(request.topicKey()))
			.findFirst();
		long proposed = store.nextId();
		Ticket ticket = new Ticket(proposed, Ticket.State.WAITING,
				topic.map(EscalationProperties.Topic::queue).orElse(properties.defaultQueue()), request.chat(),
				request.trigger(), topic.isPresent() ? request.topicKey() : "other",
				topic.map(EscalationProperties.Topic::label).orElse("その他"), request.topicNote(),
				request.groupName(), request.kind(), now, hours.plusOfficeTime(now, properties.warnAfter()), due, null,
				null, null, null);
		List<Turn> transcript = new ArrayList<>(request.transcript());
		transcript.add(new Turn(now, Turn.Speaker.BOT, acknowledgement.text(proposed, now, due)));
		TicketStore.Created created = store.create(ticket, transcript, request.eventKey());
		if (!created.fresh()) {
			Ticket earlier = store.find(created.id()).orElse(ticket);
			return new Opened(created.id(), acknowledgement.text(created.id(), earlier.createdAt(), earlier.dueAt()));
		}
		log.info("Ticket {} opened in {} ({})", ticket.id(), ticket.queue(), ticket.trigger());
		events.publishEvent(new TicketEvent.Opened(ticket.id(), now, ticket.queue(), ticket.trigger(),
				ticket.topicKey(), ticket.kind()));
		group.newTicket(ticket);
		return new Opened(ticket.id(), acknowledgement.text(ticket.id(), now, due));
	}

	/**
	 * Adds a member's message to an open ticket, once per event; false (and nothing added) when the ticket is closed
	 * or gone.
	 */
	public boolean append(long ticketId, Turn turn, String eventKey) {
		String state = store.append(ticketId, turn, eventKey);
		return Ticket.State.WAITING.name().equals(state) || Ticket.State.CLAIMED.name().equals(state);
	}

	/** The member unsent a message: its text leaves the ticket's transcript. */
	public void forgetMessage(long ticketId, String messageId) {
		store.forgetMessage(ticketId, messageId);
	}

	public Optional<Ticket> find(long ticketId) {
		return store.find(ticketId);
	}

	/** Whether the chat is the coordinators' LINE group (the bot does not converse there). */
	public boolean isCoordinatorGroup(ChatRef chat) {
		return group.isGroup(chat);
	}

	/** Whether postback data is a coordinator group button ({@code esc:claim:ID}). */
	public static boolean isGroupAction(String data) {
		return data != null && data.startsWith(CoordinatorGroup.CLAIM);
	}

	/** 「担当する」 tapped in the coordinator group: the same atomic claim as in the console. */
	public Reply claimFromGroup(ChatRef chat, String data) {
		return group.claim(chat, data, queue);
	}
}
