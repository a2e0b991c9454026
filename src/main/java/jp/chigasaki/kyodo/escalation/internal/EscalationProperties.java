package jp.chigasaki.kyodo.escalation.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jp.chigasaki.kyodo.escalation.Ticket;

/**
 * The coordinator queue ({@code kyodo.escalation.*}); the table with every key is in {@code docs/escalation.md}.
 *
 * @param answerWithin business time (office hours only) within which an answer is promised
 * @param warningPercent share of {@code answerWithin} after which an unanswered ticket is flagged
 * @param topics the intake's topic choices and the queue each goes to; {@code other} and free text go to
 *        {@code defaultQueue}
 * @param coordinatorGroupId the coordinators' LINE group; blank: no group notifications
 * @param consoleBaseUrl the console's public address, for ticket links in the group
 * @param retention how long an idle ticket and its transcript (user text) are kept; renewed on every change
 * @param events the ticket event stream and its readers
 */
@Validated
@ConfigurationProperties("kyodo.escalation")
public record EscalationProperties(@NotNull @DefaultValue("Asia/Tokyo") ZoneId zone,
		@NotNull @DefaultValue("08:30") LocalTime officeOpens, @NotNull @DefaultValue("17:15") LocalTime officeCloses,
		@NotNull @DefaultValue("PT4H") Duration answerWithin,
		@Min(1) @Max(99) @DefaultValue("80") int warningPercent,
		@NotNull @DefaultValue("calendar/holidays-jp.yaml") Path calendarFile,
		@NotNull @DefaultValue("CITY") Ticket.Queue defaultQueue, @Valid List<Topic> topics,
		String coordinatorGroupId, @NotNull @DefaultValue("http://localhost:8080") URI consoleBaseUrl,
		@NotNull @DefaultValue("P30D") Duration retention, @NotNull @DefaultValue("P400D") Duration auditRetention,
		@NotNull @DefaultValue("PT30S") Duration retryInterval,
		@NotNull @DefaultValue("PT1M") Duration slaCheckInterval, @Valid @NotNull @DefaultValue Events events) {

	static final List<Topic> DEFAULT_TOPICS = List.of(new Topic("kyodo", "協働の進め方・相談先", Ticket.Queue.CITY),
			new Topic("city", "市の事業・部署との連携", Ticket.Queue.CITY),
			new Topic("kikin", "補助金・げんき基金", Ticket.Queue.CITY),
			new Topic("group", "団体の運営・立ち上げ", Ticket.Queue.CENTER),
			new Topic("event", "イベント・講座・広報", Ticket.Queue.CENTER));

	public EscalationProperties {
		topics = topics == null || topics.isEmpty() ? DEFAULT_TOPICS : List.copyOf(topics);
		if (!officeOpens.isBefore(officeCloses)) {
			throw new IllegalArgumentException("kyodo.escalation.office-opens must be before office-closes");
		}
		if (topics.stream().map(Topic::key).distinct().count() != topics.size()) {
			throw new IllegalArgumentException("kyodo.escalation.topics: keys must be unique");
		}
	}

	public boolean hasCoordinatorGroup() {
		return coordinatorGroupId != null && !coordinatorGroupId.isBlank();
	}

	/** Business time after which an unanswered ticket is flagged. */
	public Duration warnAfter() {
		return answerWithin.multipliedBy(warningPercent).dividedBy(100);
	}

	/**
	 * The ticket event stream ({@code kyodo.escalation.events.*}).
	 *
	 * @param maxLength most events kept (trimmed exactly, oldest first); a reader down for longer than this many
	 *        events misses the trimmed ones
	 * @param claimIdle how long an event read and not acknowledged (its reader died or failed) waits before
	 *        another reader claims it
	 * @param batch most events read at once
	 */
	public record Events(@Min(10) @DefaultValue("10000") int maxLength,
			@NotNull @DefaultValue("PT30S") Duration claimIdle, @Min(1) @Max(1000) @DefaultValue("50") int batch) {
	}

	/** An intake topic; the key goes into postback data ({@code esc:topic:KEY}), the label onto the button. */
	public record Topic(@NotBlank String key, @NotBlank String label, @NotNull Ticket.Queue queue) {

		public Topic {
			if (key != null && !key.matches("[a-z0-9-]{1,20}") || "other".equals(key) || "skip".equals(key)) {
				throw new IllegalArgumentException("topic key must be [a-z0-9-]{1,20} and not other/skip: " + key);
			}
		}
	}
}
