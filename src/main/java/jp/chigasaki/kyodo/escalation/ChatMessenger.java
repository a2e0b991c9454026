package jp.chigasaki.kyodo.escalation;

import jp.chigasaki.kyodo.dialogue.Reply;

/**
 * Sends a message into a LINE chat by push (implemented by the LINE layer). The same {@code retryKey} (a UUID) for the
 * same logical message makes LINE deliver it at most once, however often the call is retried.
 */
public interface ChatMessenger {

	/** @throws DeliveryException when LINE did not accept the message after the retries */
	void push(ChatRef to, Reply reply, String retryKey);

	/** The message could not be delivered; the caller keeps its state so that it can try again. */
	class DeliveryException extends RuntimeException {

		public DeliveryException(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
