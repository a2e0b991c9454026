package jp.chigasaki.kyodo.announcements;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

import jp.chigasaki.kyodo.groups.Field;

/**
 * 周知 (試行): members opt in to fields and out with one tap; coordinators send an announcement to the subscribers
 * of chosen fields by LINE multicast in batches of at most 500 (one retry key per batch), after a preview with the
 * recipient count. Every sending leaves an audit entry and publishes {@link AnnouncementSent}.
 */
public class Announcements {

	private static final Logger log = LoggerFactory.getLogger(Announcements.class);
	static final int MAX_TEXT = 5000;

	private final AnnouncementStore store;
	private final LineDelivery delivery;
	private final AnnouncementsProperties properties;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Announcements(AnnouncementStore store, LineDelivery delivery, AnnouncementsProperties properties,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.delivery = delivery;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** What a coordinator sends: to the subscribers of {@code fields}; {@code dryRun} only counts them. */
	public record Request(Set<Field> fields, String text, boolean dryRun) {

		public Request {
			if (fields == null || fields.isEmpty()) {
				throw new IllegalArgumentException("分野を1つ以上選んでください。");
			}
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("お知らせの本文を入力してください。");
			}
			if (text.strip().length() > MAX_TEXT) {
				throw new IllegalArgumentException("本文は" + MAX_TEXT + "文字以内で入力してください。");
			}
			fields = Set.copyOf(fields);
			text = text.strip();
		}
	}

	/** @param id the announcement id, 0 for a dry run */
	public record Result(long id, boolean dryRun, int recipients, int batches, int delivered) {
	}

	public boolean enabled() {
		return properties.enabled();
	}

	public boolean subscribe(String userId, Field field) {
		return store.subscribe(userId, field);
	}

	public boolean unsubscribe(String userId, Field field) {
		return store.unsubscribe(userId, field);
	}

	/** Opts out of every field (the one-tap 「すべて停止」). */
	public void unsubscribeAll(String userId) {
		for (Field field : Field.values()) {
			store.unsubscribe(userId, field);
		}
	}

	public Set<Field> subscriptions(String userId) {
		return store.subscriptions(userId);
	}

	public Result send(Request request, String actor) {
		List<String> recipients = store.recipients(request.fields());
		int batches = (recipients.size() + properties.batchSize() - 1) / properties.batchSize();
		if (request.dryRun()) {
			return new Result(0, true, recipients.size(), batches, 0);
		}
		long id = store.nextId();
		int delivered = 0;
		for (int batch = 0; batch < batches; batch++) {
			List<String> to = recipients.subList(batch * properties.batchSize(),
					Math.min(recipients.size(), (batch + 1) * properties.batchSize()));
			UUID retryKey = UUID.nameUUIDFromBytes(("announcement:" + id + ":" + batch).getBytes(StandardCharsets.UTF_8));
			if (delivery.multicast(to, List.of(Notices.message(request.text(), List.of())), retryKey)) {
				delivered += to.size();
			}
		}
		Instant now = clock.instant();
		store.record(id, request.fields(), request.text(), actor, now, recipients.size(), delivered, batches);
		log.info("Announcement {} sent: {} recipients, {} accepted, {} batches", id, recipients.size(), delivered,
				batches);
		events.publishEvent(new AnnouncementSent(now, id, request.fields(), recipients.size(), delivered));
		return new Result(id, false, recipients.size(), batches, delivered);
	}

	/** The audit entries (no text), newest first. */
	public List<Map<Object, Object>> audit(int limit) {
		return store.audit(limit);
	}
}
