package jp.chigasaki.kyodo.dialogue;

import java.util.Locale;

/** What the bot decided to do with a message; {@link #key()} is the word the {@code ask} contract prints. */
public enum Decision {
	ANSWER, CLARIFY, ESCALATE, FALLBACK, GREETING, MENU;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
