package jp.chigasaki.kyodo.line;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.Event;

/**
 * Accepts a verified batch: each event is claimed (deduplicated) and queued on its conversation's lane before the
 * callback answers, so that a 200 means every event is either running or was seen before. When Redis or the workers
 * cannot take an event the callback answers 503: events queued so far are already claimed (LINE's redelivery finds
 * them duplicates), the refused one is not (LINE's redelivery runs it).
 */
@Component
class WebhookInbox {

	private static final Logger log = LoggerFactory.getLogger(WebhookInbox.class);

	private final EventDeduplicator deduplicator;
	private final ConversationWorkers workers;
	private final EventRouter router;

	WebhookInbox(EventDeduplicator deduplicator, ConversationWorkers workers, EventRouter router) {
		this.deduplicator = deduplicator;
		this.workers = workers;
		this.router = router;
	}

	/** @throws Unavailable when an event could not be taken; the caller answers 503 */
	void accept(List<Event> events) {
		for (Event event : events) {
			String id = event.webhookEventId();
			if (id != null && !deduplicator.claim(id)) {
				log.info("Webhook event {} is a duplicate; skipped", id);
				continue;
			}
			if (!workers.submit(Chats.orderingKey(event.source()), () -> router.route(event))) {
				if (id != null) {
					deduplicator.release(id);
				}
				throw new Unavailable("workers full");
			}
		}
	}

	static final class Unavailable extends RuntimeException {

		Unavailable(String reason) {
			super(reason);
		}
	}
}
