package jp.chigasaki.kyodo.announcements;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * 周知 ({@code kyodo.announcements.*}).
 *
 * @param enabled the trial is on (subscriptions in LINE, sending from the console)
 * @param batchSize recipients per multicast, at most 500 (LINE's limit)
 * @param retention how long a sent announcement's text is kept (the audit entry, without text, stays)
 * @param publicPages whether the public read-only {@code /faq} page is served
 */
@Validated
@ConfigurationProperties("kyodo.announcements")
record AnnouncementsProperties(@DefaultValue("true") boolean enabled,
		@Min(1) @Max(MAX_MULTICAST) @DefaultValue("500") int batchSize,
		@NotNull @DefaultValue("P90D") Duration retention, @DefaultValue("true") boolean publicPages,
		@Valid @DefaultValue Delivery delivery) {

	static final int MAX_MULTICAST = 500;

	/**
	 * @param batchesPerSecond multicast requests per second at most (LINE allows 200)
	 * @param attempts tries per request (same retry key)
	 * @param initialBackoff the first pause after a 429, 5xx or timeout; doubled each time
	 * @param timeout how long one request may take
	 */
	record Delivery(@Min(1) @Max(200) @DefaultValue("20") int batchesPerSecond,
			@Min(1) @DefaultValue("4") int attempts, @NotNull @DefaultValue("PT1S") Duration initialBackoff,
			@NotNull @DefaultValue("PT10S") Duration timeout) {
	}
}
