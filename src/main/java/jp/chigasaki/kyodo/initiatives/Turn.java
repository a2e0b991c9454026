package jp.chigasaki.kyodo.initiatives;

/**
 * One user turn as a guided flow sees it (the conversation owner's inbound event, reduced to what the flows need).
 *
 * @param userId the LINE user id of the person who spoke; personal data, never logged
 * @param staff whether the user is one of the configured staff ids
 * @param chatId the group chat's id, null in a one-to-one chat
 * @param text the text (a text turn), null otherwise
 * @param data the postback data (a button tap), null otherwise
 */
record Turn(String userId, boolean staff, String chatId, String text, String data) {

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
