package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Joins the upstream tokens (readings) into one katakana string and emits its character bigrams, across token
 * boundaries: the hiragana question しみんじちすいしんか and the kanji 市民自治推進課 are segmented differently by
 * Kuromoji but share most reading bigrams.
 */
final class ReadingBigramFilter extends TokenFilter {

	private static final int MAX_CHARS = 4096;

	private static final char LONG_VOWEL = 'ー';

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
	private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
	private final StringBuilder text = new StringBuilder();
	private int next;
	private boolean read;

	ReadingBigramFilter(TokenStream input) {
		super(input);
	}

	@Override
	public boolean incrementToken() throws IOException {
		if (!read) {
			readAll();
		}
		if (next >= text.length() || (next > 0 && next + 1 >= text.length())) {
			return false;
		}
		clearAttributes();
		int end = Math.min(next + 2, text.length());
		term.setEmpty().append(text, next, end);
		offset.setOffset(0, 0);
		increment.setPositionIncrement(1);
		next++;
		return true;
	}

	private void readAll() throws IOException {
		read = true;
		while (input.incrementToken()) {
			if (!japanese()) {
				continue;
			}
			for (int i = 0; i < term.length() && text.length() < MAX_CHARS; i++) {
				char c = term.charAt(i);
				text.append(KanaSpelling.katakanaOf(c));
			}
		}
	}

	/**
	 * Latin words and numbers are matched by the word fields; their letter bigrams would only add noise. The long
	 * vowel mark ー is Japanese although its script is "common": Kuromoji makes it a token of its own in a word typed in
	 * hiragana (さぽーとせんたー), and without it that word's bigrams would not be サポートセンター's.
	 */
	private boolean japanese() {
		for (int i = 0; i < term.length(); i++) {
			if (term.charAt(i) == LONG_VOWEL) {
				return true;
			}
			Character.UnicodeScript script = Character.UnicodeScript.of(term.charAt(i));
			if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
					|| script == Character.UnicodeScript.KATAKANA) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		text.setLength(0);
		next = 0;
		read = false;
	}
}
