package jp.chigasaki.kyodo.matching.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Japanese typed in Latin letters (「sapocen no basho wa doko desu ka」, on a phone without a Japanese keyboard):
 * Kuromoji reads no word of it, so the engine saw only the few words the glossary knows. Such a message is written in
 * hiragana (ICU's Latin-Hiragana transliteration), word by word, before analysis; the knowledge's kanji spelling
 * ({@link KanaSpelling}) and the reading field then meet it as they meet a question typed in kana. A glossary word or
 * phrase (saposen, genki kikin) is written as its Japanese term, a word that is no romaji (NPO) stays as typed. English
 * is left alone: a message counts as romaji only when most of its words are romaji syllables and one of them is a
 * Japanese particle or ending (desu, ka, wa, doko …), or when it has two words or more and none of them is an English
 * word that is also a string of syllables ({@link #ENGLISH}). Romaji typed beside Japanese script (「市民自治推進課の
 * denwa bangou wa?」) is written in kana too when it has two words or more and one of them is a particle or ending.
 */
final class Romaji {

	/** One word of Hepburn (or Kunrei) romaji: syllables, a syllabic n, and doubled consonants for っ. */
	private static final Pattern SYLLABLES = Pattern.compile("(?:(?:[kgsztdnhbpmyrwfjvc]|sh|ch|ts|[kgnhbpmrjszdtc]y)?"
			+ "[aiueo]|n(?![aiueoy])|([kgsztdhbpmrjfc])(?=\\1|ch))+");

	private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[A-Za-z]+)?");

	/** Words only Japanese written in Latin letters uses (particles, copulas, question words). */
	private static final Set<String> JAPANESE = Set.of("desu", "desuka", "deshou", "deshouka", "masu", "masuka", "ka",
			"wa", "wo", "ga", "ni", "tte", "kudasai", "doko", "dare", "nani", "nan", "itsu", "ikura", "arimasu",
			"dekimasu", "shitai", "onegai", "oshiete", "desho", "nandesuka", "made", "kara");

	/**
	 * English words that are also strings of romaji syllables (the syllable-shaped words of Lucene's English stop list,
	 * and common short words): a message of Latin letters with none of them and no {@link #JAPANESE} word is still
	 * romaji when nearly all its words are syllables (「sapocen nichiyoubi yatteru?」「genki kikin no shinsei
	 * itsumade?」), since English needs them and consonant clusters to say anything.
	 */
	private static final Set<String> ENGLISH = Set.of("a", "an", "are", "be", "in", "into", "on", "to", "i", "do", "so",
			"go", "we", "me", "you", "he", "she", "can", "use", "one", "some", "come", "have", "here", "more", "time",
			"take", "make", "name", "same", "home", "give", "were", "site", "date", "note", "rate", "page", "fee", "due",
			"sure", "nice", "hi", "none", "done", "gone");

	private static final double ROMAJI_SHARE = 0.7;

	/** Longest glossary phrase looked up, in words. */
	private static final int PHRASE = 3;

	private static final Transliterator HIRAGANA = Transliterator.getInstance("Latin-Hiragana");

	private Romaji() {
	}

	/**
	 * The message in hiragana where it is romaji Japanese (see the class comment); any other text as it is. A word the
	 * glossary knows as typed (saposen, jichikai) is written as the glossary's Japanese term instead ({@code term}
	 * gives it, or the word itself when there is none): that spelling is surer than its kana.
	 */
	static String asKana(String text, UnaryOperator<String> term) {
		if (!romaji(text)) {
			return text;
		}
		List<MatchResult> words = WORD.matcher(text).results().toList();
		StringBuilder kana = new StringBuilder();
		int end = 0;
		for (int i = 0; i < words.size(); i++) {
			kana.append(text, end, words.get(i).start());
			// The longest glossary phrase from here (「genki kikin」 is げんき基金; 「genki」 alone would be it too)
			String termed = null;
			int length = Math.min(PHRASE, words.size() - i);
			for (; length > 0; length--) {
				String typed = text.substring(words.get(i).start(), words.get(i + length - 1).end()).replaceAll("\\s+",
						" ");
				termed = term.apply(typed);
				if (!termed.equals(typed)) {
					break;
				}
			}
			if (length > 0) {
				kana.append(termed);
				i += length - 1;
			}
			else {
				kana.append(kana(words.get(i).group()));
			}
			end = words.get(i).end();
		}
		return kana.append(text.substring(end)).toString();
	}

	private static String kana(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		if (!word.equals(lower) && !word.substring(1).equals(lower.substring(1)) || !syllables(lower)) {
			return word;
		}
		return switch (lower) {
			case "wa" -> "は";
			case "wo" -> "を";
			case "e" -> "へ";
			default -> transliterate(lower);
		};
	}

	/** ICU does not promise that one transliterator may serve several threads at once; romaji messages are rare. */
	private static synchronized String transliterate(String lower) {
		return HIRAGANA.transliterate(lower);
	}

	private static boolean romaji(String text) {
		int words = 0;
		int syllables = 0;
		boolean japanese = false;
		boolean english = false;
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			String lower = word.group().toLowerCase(Locale.ROOT);
			words++;
			syllables += syllables(lower) ? 1 : 0;
			japanese |= JAPANESE.contains(lower);
			english |= ENGLISH.contains(lower);
		}
		// Either condition implies at least one word.
		boolean spoken = japanese || !english && words > 1;
		// Beside Japanese script (「市民自治推進課のdenwa bangou wa?」), only two words or more with a Japanese particle or
		// ending among them: a lone word (「サポセンのcafe」) or English (「how long does it take?」) stays as typed.
		return spoken && syllables >= ROMAJI_SHARE * words && (!hasJapaneseScript(text) || japanese && words > 1);
	}

	private static boolean syllables(String lower) {
		return SYLLABLES.matcher(lower).matches();
	}

	private static boolean hasJapaneseScript(String text) {
		return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA
				|| Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}
}
