package jp.chigasaki.kyodo.insights;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Masks what identifies a person in a question before it is stored: e-mail addresses, phone numbers, @mentions, and
 * name-looking tokens (Kuromoji's 名詞-固有名詞-人名, and a noun directly before さん・様・氏・くん・ちゃん). The text is
 * NFKC-normalised first so that full-width digits and letters are caught too.
 */
final class TextMask {

	static final String EMAIL = "［メール］";
	static final String PHONE = "［電話番号］";
	static final String NAME = "［氏名］";

	private static final Pattern MAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
	private static final Pattern TEL = Pattern
		.compile("(?:\\+81[-\\s]?|0)\\d{1,4}[-−ー‐\\s(（]{0,2}\\d{1,4}[-−ー‐\\s)）]{0,2}\\d{3,4}|\\d{10,}");
	private static final Pattern MENTION = Pattern.compile("@\\S+");
	private static final Pattern HONORIFIC = Pattern.compile("^(さん|様|さま|氏|くん|君|ちゃん)");
	/** A surname that is also a place (茅ヶ崎市, 香川駅) names the place when a place word follows. */
	private static final Pattern PLACE = Pattern.compile("^(市|町|村|区|県|駅|海岸|地区|公民館|公園|小学校|中学校|高校|図書館|会館)");
	/** Local place names Kuromoji's dictionary knows as surnames. */
	private static final java.util.Set<String> PLACES = java.util.Set.of("茅ヶ崎", "茅ケ崎", "湘南", "辻堂", "寒川", "藤沢",
			"平塚");

	private TextMask() {
	}

	static String mask(String text) {
		if (text == null) {
			return null;
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
		String masked = MAIL.matcher(normalised).replaceAll(EMAIL);
		masked = TEL.matcher(masked).replaceAll(PHONE);
		masked = MENTION.matcher(masked).replaceAll(NAME);
		return names(masked).strip();
	}

	/** Replaces each run of person-name tokens (and a noun before an honorific) with one {@link #NAME}. */
	private static String names(String text) {
		StringBuilder out = new StringBuilder();
		int copied = 0;
		boolean inName = false;
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.NORMAL)) {
			OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
			PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			tokenizer.setReader(new StringReader(text));
			tokenizer.reset();
			while (tokenizer.incrementToken()) {
				if (nameLike(pos.getPartOfSpeech(), text.substring(offset.startOffset(), offset.endOffset()), text,
						offset.endOffset())) {
					out.append(text, copied, offset.startOffset());
					if (!inName) {
						out.append(NAME);
					}
					copied = offset.endOffset();
					inName = true;
				}
				else {
					inName = false;
				}
			}
			tokenizer.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.append(text.substring(copied)).toString();
	}

	private static boolean nameLike(String partOfSpeech, String token, String text, int end) {
		if (partOfSpeech == null) {
			return false;
		}
		if (partOfSpeech.startsWith("名詞-固有名詞-人名")) {
			return !PLACES.contains(token) && !PLACE.matcher(text.substring(end)).find();
		}
		return partOfSpeech.startsWith("名詞-固有名詞") && HONORIFIC.matcher(text.substring(end)).find();
	}
}
