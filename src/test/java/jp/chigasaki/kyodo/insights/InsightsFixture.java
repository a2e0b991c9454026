package jp.chigasaki.kyodo.insights;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.conversation.TurnCompleted;
import jp.chigasaki.kyodo.dialogue.Decision;
import jp.chigasaki.kyodo.escalation.EscalationTrigger;
import jp.chigasaki.kyodo.escalation.Ticket;
import jp.chigasaki.kyodo.escalation.TicketEvent;
import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.Band;

/**
 * Reads an events fixture ({@code src/test/resources/insights/*.events}, format in its header) into the events the
 * conversation owner and the escalation queue publish, and publishes them the way they do.
 */
public final class InsightsFixture {

	private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

	private InsightsFixture() {
	}

	public static List<Object> read(Path file) {
		return read(file, Duration.ZERO);
	}

	/** The events, each moved by {@code shift} (to seed recent days from a fixed fixture). */
	public static List<Object> read(Path file, Duration shift) {
		List<Object> events = new ArrayList<>();
		try {
			int number = 0;
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				number++;
				if (!line.isBlank() && !line.startsWith("#")) {
					events.add(event(line.trim().split("\\s+", 11), shift, file.getFileName() + ":" + number));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return events;
	}

	/**
	 * Turns as Spring events; ticket events straight to the recorder that reads them from the ticket event stream
	 * (the publisher is the test's application context), each with an id of its own.
	 */
	public static void publish(ApplicationEventPublisher publisher, List<Object> events) {
		TicketRecorder tickets = ((org.springframework.context.ApplicationContext) publisher).getBean(TicketRecorder.class);
		for (int i = 0; i < events.size(); i++) {
			if (events.get(i) instanceof TicketEvent event) {
				tickets.handle("fixture-" + UUID.randomUUID() + "-" + i, event);
			}
			else {
				publisher.publishEvent(events.get(i));
			}
		}
	}

	private static Object event(String[] f, Duration shift, String where) {
		Instant at = LocalDateTime.parse(f[1]).atZone(JST).toInstant().plus(shift);
		return switch (f[0]) {
			case "turn" -> new TurnCompleted(at, "conv-" + f[2], Audience.fromKey(f[7]), f[8].equals("group"),
					f[3].equals("-") ? null : Decision.valueOf(f[3].toUpperCase(Locale.ROOT)), null, nul(f[4]),
					nul(f[5]), f[6].equals("answer") ? 0.9 : f[6].equals("clarify") ? 0.5 : 0.1,
					f[6].equals("-") ? null : Band.valueOf(f[6].toUpperCase(Locale.ROOT)),
					f[9].equals("-") ? null : TurnCompleted.Feedback.valueOf(f[9]), nul(f[10]));
			case "opened" -> new TicketEvent.Opened(Long.parseLong(f[2]), at, Ticket.Queue.valueOf(f[3]),
					EscalationTrigger.valueOf(f[4]), "other", "相談");
			case "claimed" -> new TicketEvent.Claimed(Long.parseLong(f[2]), at, Ticket.Queue.valueOf(f[3]), "city",
					Duration.ofSeconds(Long.parseLong(f[4])));
			case "replied" -> new TicketEvent.Replied(Long.parseLong(f[2]), at, Ticket.Queue.valueOf(f[3]), "city",
					Boolean.parseBoolean(f[4]));
			case "transferred" -> new TicketEvent.Transferred(Long.parseLong(f[2]), at, Ticket.Queue.valueOf(f[3]),
					Ticket.Queue.valueOf(f[4]));
			case "closed" -> new TicketEvent.Closed(Long.parseLong(f[2]), at, Ticket.Queue.valueOf(f[3]),
					Ticket.State.valueOf(f[4]), Duration.ofSeconds(Long.parseLong(f[5])), Boolean.parseBoolean(f[6]));
			default -> throw new IllegalArgumentException(where + ": unknown event '" + f[0] + "'");
		};
	}

	private static String nul(String value) {
		return value.equals("-") ? null : value;
	}
}
