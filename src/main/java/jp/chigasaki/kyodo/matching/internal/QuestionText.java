package jp.chigasaki.kyodo.matching.internal;

import java.util.regex.Pattern;

/**
 * Makes any chat text safe to analyse: control and format characters and lone surrogates become spaces, mentions
 * are dropped, and an over-long text keeps its beginning and its end (in a rambling message the actual question is usually last).
 */
final class QuestionText {

	/** A group-chat mention (@コンシェルジュ, ＠bot) names the bot, not the topic. */
	private static final Pattern MENTION = Pattern.compile("[@＠]\\S+");

	/** A sentence end inside a text: 。！？ (also half-width), or a full stop before a space. */
	private static final Pattern SENTENCE_END = Pattern.compile("[。．！？!?]|\\.(?=\\s)");
	/** What may close a text: sentence end marks, ellipses, laughter (ｗ, 笑) and spaces. */
	private static final Pattern CLOSING = Pattern.compile("[\\s。．！？!?.…ｗ笑]+$");

	private QuestionText() {
	}

	/**
	 * Whether a cleaned text is one sentence: no sentence ends inside it (「げんき基金の上限は？」 is one, 「サポセンで練習
	 * していい？ 審査に出るので」 two).
	 */
	static boolean oneSentence(String cleaned) {
		String body = CLOSING.matcher(cleaned).replaceFirst("");
		return !body.isEmpty() && !SENTENCE_END.matcher(body).find();
	}

	static String clean(String text, int maxChars) {
		if (text == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(text.length(), maxChars * 2 + 1));
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				clean.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
				clean.append(' ');
			}
			else {
				clean.append(c);
			}
		}
		return shorten(MENTION.matcher(clean).replaceAll(" ").strip(), maxChars);
	}

	private static String shorten(String text, int maxChars) {
		int length = text.codePointCount(0, text.length());
		if (length <= maxChars) {
			return text;
		}
		int head = maxChars / 3;
		int tail = maxChars - head;
		int headEnd = text.offsetByCodePoints(0, head);
		int tailStart = text.offsetByCodePoints(0, length - tail);
		return text.substring(0, headEnd) + " " + text.substring(tailStart);
	}
}
