package jp.chigasaki.kyodo.escalation;

import java.time.Instant;

/** One line of a conversation transcript: who said what, when. */
public record Turn(Instant at, Speaker speaker, String text) {

	public enum Speaker {
		USER, BOT, COORDINATOR
	}
}
