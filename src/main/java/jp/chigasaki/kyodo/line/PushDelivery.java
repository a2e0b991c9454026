package jp.chigasaki.kyodo.line;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.PushMessageRequest;

import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.escalation.ChatMessenger.DeliveryException;

/**
 * Pushes one message with retries. Every attempt carries the same {@code X-Line-Retry-Key}, so LINE delivers it once
 * however many attempts reach it: a 409 means an earlier attempt got through. 5xx, 429 and no answer (timeout,
 * connection) are retried with exponential backoff; any other 4xx is final. A 429 waits what its {@code Retry-After}
 * header asks (seconds, or an HTTP date measured on the injected clock), at most {@code max-backoff}, so a busy LINE
 * is not hammered and a long ask does not hold the caller's thread; without a header it can read, it waits twice the
 * backoff.
 */
class PushDelivery {

	private static final Logger log = LoggerFactory.getLogger(PushDelivery.class);

	private final MessagingApiClient client;
	private final LineProperties.Delivery settings;
	private final MeterRegistry meters;
	private final Clock clock;

	PushDelivery(MessagingApiClient client, LineProperties properties, MeterRegistry meters, Clock clock) {
		this.client = client;
		this.settings = properties.delivery();
		this.meters = meters;
		this.clock = clock;
	}

	/** @throws DeliveryException when LINE refused the message or every attempt failed */
	void push(String to, List<Message> messages, UUID retryKey) {
		PushMessageRequest request = new PushMessageRequest(to, messages, false, null);
		Duration backoff = settings.initialBackoff();
		for (int attempt = 1;; attempt++) {
			Answer answer = attempt(retryKey, request);
			int status = answer.status();
			if (status == 200 || status == 409) {
				count(status == 200 ? "delivered" : "already-delivered");
				return;
			}
			boolean retryable = status == 0 || status == 429 || status >= 500;
			if (!retryable || attempt >= settings.attempts()) {
				count("failed");
				throw new DeliveryException("push not accepted (status " + status + ", attempt " + attempt + ")", null);
			}
			log.info("Push attempt {} failed with status {}; retrying with the same retry key", attempt, status);
			sleep(status == 429 ? rateLimitPause(answer.retryAfter(), backoff) : backoff);
			backoff = min(backoff.multipliedBy(2), settings.maxBackoff());
		}
	}

	/** What LINE answered: 200 on success, its HTTP status, or 0 when there was no answer; its Retry-After if any. */
	private record Answer(int status, String retryAfter) {
	}

	private Answer attempt(UUID retryKey, PushMessageRequest request) {
		try {
			client.pushMessage(retryKey, request).get(settings.timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
			return new Answer(200, null);
		}
		catch (ExecutionException ex) {
			return new Answer(LineMessenger.status(ex),
					ex.getCause() instanceof AbstractLineClientException line ? line.getHeader("Retry-After") : null);
		}
		catch (TimeoutException ex) {
			return new Answer(0, null);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("interrupted while pushing", ex);
		}
	}

	private void count(String outcome) {
		meters.counter("kyodo.line.deliveries", "via", "push", "outcome", outcome).increment();
	}

	/** Retry-After in seconds or as an HTTP date, capped at max-backoff; twice the backoff when absent or unreadable. */
	private Duration rateLimitPause(String retryAfter, Duration backoff) {
		String value = retryAfter == null ? "" : retryAfter.strip();
		if (value.matches("\\d{1,9}")) {
			return min(Duration.ofSeconds(Long.parseLong(value)), settings.maxBackoff());
		}
		try {
			// RFC 9110 also allows an HTTP date (「Wed, 02 Dec 2026 04:00:00 GMT」); one in the past means now.
			Duration until = Duration.between(clock.instant(),
					ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
			return min(until.isNegative() ? Duration.ZERO : until, settings.maxBackoff());
		}
		catch (DateTimeParseException ex) {
			return backoff.multipliedBy(2);
		}
	}

	private static Duration min(Duration a, Duration b) {
		return a.compareTo(b) <= 0 ? a : b;
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DeliveryException("interrupted while waiting to retry a push", ex);
		}
	}
}
