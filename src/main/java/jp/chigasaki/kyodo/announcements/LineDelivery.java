package jp.chigasaki.kyodo.announcements;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.MulticastRequest;
import com.linecorp.bot.messaging.model.PushMessageRequest;

/**
 * Push and multicast through the LINE SDK with the same {@code X-Line-Retry-Key} on every attempt: 200 delivered,
 * 409 an earlier attempt got through; 429 (rate limit), 5xx and no answer are retried with a growing pause; any
 * other 4xx is final. Between multicast batches it keeps to {@code batchesPerSecond}, below the Messaging API's
 * rate limit. Logs statuses and counts only.
 */
class LineDelivery {

	private static final Logger log = LoggerFactory.getLogger(LineDelivery.class);

	private final MessagingApiClient client;
	private final AnnouncementsProperties.Delivery settings;
	private long lastBatchNanos;

	LineDelivery(MessagingApiClient client, AnnouncementsProperties.Delivery settings) {
		this.client = client;
		this.settings = settings;
	}

	boolean push(String to, List<Message> messages, UUID retryKey) {
		return send(() -> client.pushMessage(retryKey, new PushMessageRequest(to, messages, false, null)));
	}

	/** One batch of at most 500 recipients (LINE's multicast limit). */
	synchronized boolean multicast(List<String> to, List<Message> messages, UUID retryKey) {
		if (to.size() > AnnouncementsProperties.MAX_MULTICAST) {
			throw new IllegalArgumentException("a multicast has at most 500 recipients");
		}
		long gap = (long) (1_000_000_000L / settings.batchesPerSecond()) - (System.nanoTime() - lastBatchNanos);
		if (gap > 0) {
			LockSupport.parkNanos(gap);
		}
		lastBatchNanos = System.nanoTime();
		return send(() -> client.multicast(retryKey, new MulticastRequest(messages, to, false, null)));
	}

	private boolean send(Supplier<CompletableFuture<?>> call) {
		Duration pause = settings.initialBackoff();
		for (int attempt = 1;; attempt++) {
			int status = attempt(call);
			if (status == 200 || status == 409) {
				return true;
			}
			boolean retryable = status == 0 || status == 429 || status >= 500;
			if (!retryable || attempt >= settings.attempts()) {
				log.warn("LINE did not accept a message (status {}, attempt {})", status, attempt);
				return false;
			}
			LockSupport.parkNanos((status == 429 ? pause.multipliedBy(2) : pause).toNanos());
			pause = pause.multipliedBy(2);
		}
	}

	private int attempt(Supplier<CompletableFuture<?>> call) {
		try {
			call.get().get(settings.timeout().toMillis(), TimeUnit.MILLISECONDS);
			return 200;
		}
		catch (ExecutionException | CompletionException ex) {
			return ex.getCause() instanceof AbstractLineClientException line ? line.getCode() : 0;
		}
		catch (TimeoutException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}
}
