package jp.chigasaki.kyodo.line;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.linecorp.bot.client.base.exception.AbstractLineClientException;
import com.linecorp.bot.messaging.client.MessagingApiClient;
import com.linecorp.bot.messaging.model.Message;
import com.linecorp.bot.messaging.model.ReplyMessageRequest;
import com.linecorp.bot.messaging.model.ShowLoadingAnimationRequest;

import io.micrometer.core.instrument.MeterRegistry;
import jp.chigasaki.kyodo.dialogue.Reply;
import jp.chigasaki.kyodo.escalation.ChatMessenger;
import jp.chigasaki.kyodo.escalation.ChatRef;

/**
 * Sends into LINE chats. An answer goes with the event's reply token; when LINE rejects the token (400: expired or
 * used) it is pushed instead. Pushes are at-least-once on our side and exactly-once at LINE thanks to the retry key
 * (see {@link PushDelivery}). A reply that fails otherwise (5xx, timeout) is not sent again: LINE may have delivered it,
 * and a reply token cannot be retried safely, so a duplicate would be worse than the loss.
 */
class LineMessenger implements ChatMessenger {

	private static final Logger log = LoggerFactory.getLogger(LineMessenger.class);

	private static final int LOADING_SECONDS = 20;

	private final MessagingApiClient client;
	private final PushDelivery pushes;
	private final LineProperties properties;
	private final MeterRegistry meters;

	LineMessenger(MessagingApiClient client, PushDelivery pushes, LineProperties properties, MeterRegistry meters) {
		this.client = client;
		this.pushes = pushes;
		this.properties = properties;
		this.meters = meters;
	}

	@Override
	public void push(ChatRef to, Reply reply, String retryKey) {
		if (!reply.silent()) {
			pushes.push(to.chatId(), LineMessages.of(reply), UUID.fromString(retryKey));
		}
	}

	/**
	 * Answers an event: reply token first, push when the token is rejected or missing. The push's {@code retryKey}
	 * comes from the event, so an event that runs twice is shown once.
	 */
	void answer(ChatRef chat, String replyToken, Reply reply, UUID retryKey) {
		if (reply.silent()) {
			return;
		}
		List<Message> messages = LineMessages.of(reply);
		if (replyToken != null && sendReply(replyToken, messages)) {
			return;
		}
		try {
			pushes.push(chat.chatId(), messages, retryKey);
		}
		catch (DeliveryException ex) {
			log.warn("Answer not delivered: {}", ex.getMessage());
		}
	}

	/**
	 * Sends an answer again after a crash, with the event's reply token only: LINE refuses a token that was used, so
	 * the answer arrives once whether the first run sent it or not. A refused token is not followed by a push.
	 */
	void answerAgain(String replyToken, Reply reply) {
		if (reply.silent() || replyToken == null) {
			return;
		}
		if (!sendReply(replyToken, LineMessages.of(reply))) {
			count("reply", "already-used");
		}
	}

	/** The "…" indicator in a one-to-one chat while the answer is prepared; best effort. */
	void showLoading(ChatRef chat) {
		if (!chat.oneToOne()) {
			return;
		}
		client.showLoadingAnimation(new ShowLoadingAnimationRequest(chat.chatId(), LOADING_SECONDS))
			.whenComplete((result, failure) -> {
				if (failure != null) {
					log.debug("Loading animation refused: {}", status(failure));
				}
			});
	}

	/** @return true when handled (delivered, or failed in a way that must not be retried by push) */
	private boolean sendReply(String replyToken, List<Message> messages) {
		try {
			await(client.replyMessage(new ReplyMessageRequest(replyToken, messages, false)));
			count("reply", "delivered");
			return true;
		}
		catch (ExecutionException ex) {
			int status = status(ex.getCause());
			if (status == 400) {
				count("reply", "token-rejected");
				return false;
			}
			count("reply", "failed");
			log.warn("Reply failed with status {}; not sent again", status);
			return true;
		}
		catch (TimeoutException ex) {
			count("reply", "failed");
			log.warn("Reply timed out; not sent again");
			return true;
		}
	}

	private <T> T await(CompletableFuture<T> call) throws ExecutionException, TimeoutException {
		try {
			return call.get(properties.delivery().timeout().toMillis() * 2, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ExecutionException(ex);
		}
	}

	private void count(String via, String outcome) {
		meters.counter("kyodo.line.deliveries", "via", via, "outcome", outcome).increment();
	}

	/** The HTTP status of a Messaging API failure, 0 when there was no response (timeout, connection). */
	static int status(Throwable failure) {
		Throwable cause = failure instanceof ExecutionException || failure instanceof CompletionException
				? failure.getCause() : failure;
		return cause instanceof AbstractLineClientException line ? line.getCode() : 0;
	}
}
