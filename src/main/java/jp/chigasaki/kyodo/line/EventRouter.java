package jp.chigasaki.kyodo.line;

import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.Event;
import com.linecorp.bot.webhook.model.FollowEvent;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.UnfollowEvent;
import com.linecorp.bot.webhook.model.UnknownEvent;
import com.linecorp.bot.webhook.model.UnsendEvent;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Hands each event to the handler of its type, on a worker thread. A failing event is logged (id and type only) and
 * never affects another one. Types without a handler (beacons, membership, video views, types LINE adds later) are
 * acknowledged and logged by type.
 */
@Component
class EventRouter {

	private static final Logger log = LoggerFactory.getLogger(EventRouter.class);

	private final Map<Class<? extends Event>, Consumer<Event>> handlers;
	private final MeterRegistry meters;

	EventRouter(MessageEvents messages, Postbacks postbacks, Memberships memberships, MeterRegistry meters) {
		this.meters = meters;
		this.handlers = Map.of(MessageEvent.class, event -> messages.handle((MessageEvent) event),
				PostbackEvent.class, event -> postbacks.handle((PostbackEvent) event),
				FollowEvent.class, event -> memberships.followed((FollowEvent) event),
				JoinEvent.class, event -> memberships.joined((JoinEvent) event),
				UnfollowEvent.class, memberships::left,
				LeaveEvent.class, memberships::left,
				UnsendEvent.class, event -> memberships.unsent((UnsendEvent) event));
	}

	void route(Event event) {
		String type = typeOf(event);
		meters.counter("kyodo.line.events", "type", type).increment();
		Consumer<Event> handler = handlers.get(event.getClass());
		if (handler == null) {
			log.info("Webhook event of type {} ignored", type);
			return;
		}
		try {
			handler.accept(event);
		}
		catch (RuntimeException ex) {
			// The exception's message may quote user data; its type and the event id are enough to investigate.
			log.error("Webhook event {} ({}) failed: {}", event.webhookEventId(), type, ex.getClass().getName());
		}
	}

	static String typeOf(Event event) {
		if (event instanceof UnknownEvent unknown) {
			return unknown.type() == null ? "unknown" : unknown.type().replaceAll("[^A-Za-z0-9_-]", "?");
		}
		String name = event.getClass().getSimpleName();
		return Character.toLowerCase(name.charAt(0)) + name.substring(1, name.length() - "Event".length());
	}
}
