package jp.chigasaki.kyodo.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Questions written in English. The engine understands them through the English glossary in
 * {@code faq/synonyms.yaml} (English words mapped onto our terms); the answer stays the Japanese one, led by one short
 * English line that says so, since the facts exist only in Japanese.
 */
final class English {

	private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

	private English() {
	}

	/** Mostly Latin letters, at least two English words, and no kana or kanji. */
	static boolean is(String question) {
		long words = WORD.matcher(question).results().count();
		boolean japanese = question.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
		return words >= 2 && !japanese;
	}

	/** The reply with one English line in front of its first text bubble. */
	static Reply lead(Reply reply) {
		List<ReplyMessage> messages = new ArrayList<>(reply.messages());
		for (int i = 0; i < messages.size(); i++) {
			if (messages.get(i) instanceof ReplyMessage.Text text) {
				messages.set(i, new ReplyMessage.Text(SafeText.clip(line(reply.decision()) + "\n" + text.text())));
				return new Reply(reply.decision(), reply.intent(), reply.faqId(), reply.departmentId(),
						reply.confidence(), messages, reply.quickReplies(), reply.candidates(), reply.next(),
						reply.handoff());
			}
		}
		return reply;
	}

	private static String line(Decision decision) {
		return switch (decision) {
			case ANSWER -> "Here is our answer. It is in Japanese, as our information is.";
			case CLARIFY -> "Which of these do you mean? (The options are in Japanese.)";
			case FALLBACK, ESCALATE -> "Sorry, we could not answer this. A coordinator can help (in Japanese below).";
			case GREETING, MENU -> "This service answers in Japanese.";
		};
	}
}
