package jp.chigasaki.kyodo.initiatives;

/**
 * One user turn as a guided flow sees it (the conversation owner's inbound event, reduced to what the flows need).
 *
 * @param userId the LINE user id of the person who spoke; personal data, never logged
 * @param staff whether the user is one of the configured staff ids
 * @param chatId the group chat's id, null in a one-to-one chat
 * @param text the text (a text turn), null otherwise
 * @param data the postback data (a button tap), null otherwise
 * @param eventKey the webhook event's key: a write keyed by it happens once however often the turn runs
 */
record Turn(String userId, boolean staff, String chatId, String text, String data, String eventKey) {

	/** A turn without the webhook event's key (tests of steps that write nothing keyed by it). */
	Turn(String userId, boolean staff, String chatId, String text, String data) {
		this(userId, staff, chatId, text, data, java.util.UUID.randomUUID().toString());
	}

	/** The LINE chat the turn came from (the group chat, or the one-to-one chat with the user). */
	jp.chigasaki.kyodo.escalation.ChatRef chat() {
		return chatId == null ? jp.chigasaki.kyodo.escalation.ChatRef.user(userId)
				: new jp.chigasaki.kyodo.escalation.ChatRef(jp.chigasaki.kyodo.escalation.ChatRef.Type.GROUP, chatId,
						userId);
	}

	boolean groupChat() {
		return chatId != null;
	}

	boolean said(String... words) {
		if (text == null) {
			return false;
		}
		String stripped = text.strip();
		for (String word : words) {
			if (stripped.equals(word)) {
				return true;
			}
		}
		return false;
	}

	boolean tapped(String prefix) {
		return data != null && data.startsWith(prefix);
	}

	/** The text, or the part of the postback data after {@code prefix}. */
	String answer(String prefix) {
		if (tapped(prefix)) {
			return data.substring(prefix.length());
		}
		return text == null ? "" : text.strip();
	}

	@Override
	public String toString() {
		return "Turn[" + (data != null ? "postback" : "text") + "]";
	}
}
