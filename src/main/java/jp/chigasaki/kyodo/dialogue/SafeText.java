package jp.chigasaki.kyodo.dialogue;

import java.text.Normalizer;
import java.util.Locale;

/** Makes any user input safe to classify and any bot text safe to send. */
final class SafeText {

	/** LINE's limit for one text message. */
	static final int MAX_MESSAGE = 5000;

	private SafeText() {
	}

	/**
	 * What a user typed, cleaned: lone surrogates and control characters become spaces (Lucene and LINE both reject
	 * broken UTF-16), and only the first {@code max} characters count.
	 */
	static String question(String raw, int max) {
		if (raw == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(Math.min(raw.length(), max + 1));
		int i = 0;
		while (i < raw.length() && clean.length() < max) {
			char c = raw.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
				clean.append(c).append(raw.charAt(i + 1));
				i += 2;
				continue;
			}
			clean.append(Character.isSurrogate(c) || Character.isISOControl(c) ? ' ' : c);
			i++;
		}
		return clean.toString().strip();
	}

	/** A text bubble's content, cut at LINE's limit without splitting a surrogate pair. */
	static String clip(String text) {
		if (text.length() <= MAX_MESSAGE) {
			return text;
		}
		int end = MAX_MESSAGE - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/** Full-width and half-width folded, lower case: for comparing words people type with words in the files. */
	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/**
	 * Every hiragana letter in katakana, everything else as it is, one character for one: 「さぽせん」 and 「サポセン」
	 * compare equal, and a position in the one is the same position in the other.
	 */
	static String katakana(String text) {
		StringBuilder out = new StringBuilder(text.length());
		text.chars().forEach(c -> out.append((char) (c >= 'ぁ' && c <= 'ゖ' ? c + 0x60 : c)));
		return out.toString();
	}
}
