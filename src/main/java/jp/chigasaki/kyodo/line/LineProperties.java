package jp.chigasaki.kyodo.line;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The LINE channel and how the webhook is handled. The secret and the token come from the environment
 * ({@code LINE_CHANNEL_SECRET}, {@code LINE_CHANNEL_TOKEN}) and never appear in {@link #toString()}.
 *
 * @param channelSecret signs every webhook (HMAC-SHA256); blank: every webhook is refused
 * @param channelToken the Messaging API bearer token
 * @param apiBaseUrl the Messaging API; the local stand-in or WireMock in tests
 * @param groupPrefix in a group or room the bot answers a message starting with this, or one that mentions it
 * @param staffUserIds LINE user ids that get the staff audience
 * @param signatureCheck false only for local experiments; the {@code prod} profile refuses to start without it
 * @param maxBodyBytes larger webhook bodies are refused with 413 before any signature work
 * @param dedupeTtl how long a webhook event id is remembered (LINE redelivers within this window)
 * @param inbox the durable inbox between the webhook and the workers
 */
@Validated
@ConfigurationProperties("kyodo.line")
public record LineProperties(String channelSecret, String channelToken,
		@NotNull @DefaultValue("https://api.line.me") URI apiBaseUrl, @DefaultValue("コンシェルジュ") String groupPrefix,
		@DefaultValue Set<String> staffUserIds, @DefaultValue("true") boolean signatureCheck,
		@NotNull @DefaultValue("1MB") DataSize maxBodyBytes, @NotNull @DefaultValue("PT24H") Duration dedupeTtl,
		@Valid @DefaultValue Inbox inbox, @Valid @DefaultValue Workers workers,
		@Valid @DefaultValue Delivery delivery) {

	public LineProperties {
		channelSecret = channelSecret == null ? "" : channelSecret.strip();
		channelToken = channelToken == null ? "" : channelToken.strip();
		groupPrefix = groupPrefix == null ? "" : groupPrefix.strip();
		staffUserIds = Set.copyOf(staffUserIds);
	}

	/**
	 * @param partitions streams the inbox is split into by conversation; each is read by one instance at a time (its
	 * lease), which keeps a conversation's events in order across instances. Changing it on a running system
	 * reorders events that are still waiting.
	 * @param maxBacklog events waiting in one partition (not yet done) beyond which the webhook answers 503
	 * @param lease how long a partition stays with an instance that stopped renewing it (a crashed one)
	 * @param claimIdle an event read but not finished for this long is taken over (XAUTOCLAIM) by the partition's
	 * current owner; also how long an event's running mark lasts after its instance last renewed it
	 * @param block how long a partition's blocking read waits for a new entry before it reads again (an appended
	 * entry ends the wait at once); at most half of {@code spring.data.redis.timeout}, which bounds every command
	 * @param batch events read from a partition at a time
	 */
	public record Inbox(@Min(1) @DefaultValue("8") int partitions, @Min(1) @DefaultValue("10000") int maxBacklog,
			@NotNull @DefaultValue("PT10S") Duration lease, @NotNull @DefaultValue("PT30S") Duration claimIdle,
			@NotNull @DefaultValue("PT0.5S") Duration block, @Min(1) @DefaultValue("200") int batch) {
	}

	/**
	 * @param threads workers running events; they mostly wait on Redis and the Messaging API, and more of them let
	 * Redis group the fsyncs of concurrent writes
	 * @param capacity events read from the inbox and not yet done; beyond it the reader waits (they stay in Redis)
	 * @param loadingAfter a one-to-one turn not answered this long after its dialogue began shows LINE's loading
	 * animation (zero: at once, every time); most answers come well before, and then no call is made
	 */
	public record Workers(@Min(1) @DefaultValue("32") int threads, @Min(1) @DefaultValue("2000") int capacity,
			@NotNull @DefaultValue("PT1S") Duration loadingAfter) {
	}

	/**
	 * @param attempts push attempts for one message (5xx, 429 and timeouts are retried with the same retry key)
	 * @param initialBackoff wait before the second attempt; doubles up to {@code maxBackoff}
	 * @param timeout per Messaging API call
	 */
	public record Delivery(@Min(1) @DefaultValue("4") int attempts,
			@NotNull @DefaultValue("PT0.5S") Duration initialBackoff, @NotNull @DefaultValue("PT8S") Duration maxBackoff,
			@NotNull @DefaultValue("PT10S") Duration timeout) {
	}

	@Override
	public String toString() {
		return "LineProperties[channelSecret=" + mask(channelSecret) + ", channelToken=" + mask(channelToken)
				+ ", apiBaseUrl=" + apiBaseUrl + ", groupPrefix=" + groupPrefix + ", staffUserIds=" + staffUserIds.size()
				+ " ids, signatureCheck=" + signatureCheck + ", maxBodyBytes=" + maxBodyBytes + ", dedupeTtl="
				+ dedupeTtl + ", inbox=" + inbox + ", workers=" + workers + ", delivery="
				+ delivery + "]";
	}

	private static String mask(String secret) {
		return secret.isEmpty() ? "(blank)" : "******";
	}
}
