package jp.chigasaki.kyodo.dialogue;

/**
 * A quick-reply button. Exactly one of {@code text} (sent as the user's message when tapped) and {@code postbackData}
 * (sent as a postback) is set. Labels are at most {@value #MAX_LABEL} characters (LINE's limit).
 * Postback data starting with {@code dlg:} belongs to the dialogue, {@code esc:} to the escalation feature.
 */
public record QuickReply(String label, String text, String postbackData) {

	public static final int MAX_LABEL = 20;

	public QuickReply {
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("quick reply needs a label");
		}
		if (label.codePointCount(0, label.length()) > MAX_LABEL) {
			label = label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
		}
		if ((text == null) == (postbackData == null)) {
			throw new IllegalArgumentException("quick reply needs exactly one of text and postback data");
		}
	}

	public static QuickReply message(String label, String text) {
		return new QuickReply(label, text, null);
	}

	public static QuickReply postback(String label, String data) {
		return new QuickReply(label, null, data);
	}
}
