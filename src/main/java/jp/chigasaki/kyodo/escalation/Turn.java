package jp.chigasaki.kyodo.escalation;

import java.time.Instant;

/**
 * One line of a conversation transcript: who said what, when.
 *
 * @param messageId LINE's id of the user's message, so that an unsent message can be forgotten; null for other turns
 */
public record Turn(Instant at, Speaker speaker, String text, String messageId) {

	public Turn(Instant at, Speaker speaker, String text) {
		this(at, speaker, text, null);
	}

	public enum Speaker {
		USER, BOT, COORDINATOR
	}
}
