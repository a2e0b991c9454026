package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One question's terms, each analyzer chain run at most once however many fields and models read them. */
final class Analysed {

	private static final int MAX_TERMS = 200;

	private final Analysis analysis;
	private final String text;
	private final Map<String, List<String>> byChain = new HashMap<>();
	/** Where each of the word chain's terms stands in the spelled text, filled when that chain first runs. */
	private final List<int[]> wordOffsets = new ArrayList<>();
	/** {@link #text} spelled by {@link Analysis#spelled}, once for the chains that read it (null until needed). */
	private String spelled;

	Analysed(Analysis analysis, String text) {
		this.analysis = analysis;
		this.text = text;
	}

	/** The cleaned question the terms come from. */
	String text() {
		return text;
	}

	/**
	 * The word fields and the romaji field read a question typed in kana spelled with the knowledge's words
	 * ({@link KanaSpelling}): Kuromoji cuts an unbroken hiragana run into fragments whose romaji match nothing either.
	 * The reading field reads it as typed: a kana word's reading is the kana itself.
	 */
	List<String> terms(String field) {
		return byChain.computeIfAbsent(chain(field), chain -> analysis.terms(field,
				Fields.QUESTION.equals(chain) || Fields.ROMAJI.equals(chain) ? spelled() : text, MAX_TERMS,
				Fields.QUESTION.equals(chain) ? wordOffsets : null));
	}

	/** {@link Analysis#generalSynonyms} of one of this question's word-field terms. */
	List<List<String>> generalSynonyms(String term) {
		return analysis.generalSynonyms(term);
	}

	/**
	 * The words of {@link GeneralSynonyms} written in the question that the word chain cuts into two or more terms,
	 * each with those terms (特定健診 → [特定, 健, 診る]).
	 */
	Map<String, List<String>> compoundsWritten() {
		Map<String, List<String>> compounds = new LinkedHashMap<>();
		for (String word : GeneralSynonyms.get().writtenIn(text)) {
			List<String> terms = analysis.wordTerms(word);
			if (terms.size() >= 2) {
				compounds.put(word, terms);
			}
		}
		return compounds;
	}

	/**
	 * The reading field's terms of the runs of the question that its unknown words cover (as the word fields read it,
	 * spelled): adjacent unknown words make one run, so that a kana word Kuromoji cut into fragments (けんしん →
	 * け / ん / しん) is read whole. Words the knowledge knows, particles and stop words are left out.
	 */
	List<String> readingOfUnknown(Known known) throws IOException {
		List<String> words = terms(Fields.QUESTION);
		String spelled = spelled();
		List<String> reading = new ArrayList<>();
		int start = -1;
		int end = -1;
		for (int i = 0; i < words.size(); i++) {
			if (known.test(words.get(i))) {
				continue;
			}
			int[] offset = wordOffsets.get(i);
			if (start >= 0 && offset[0] <= end) {
				end = Math.max(end, offset[1]);
				continue;
			}
			if (start >= 0) {
				reading.addAll(analysis.terms(Fields.READING, spelled.substring(start, end), MAX_TERMS));
			}
			start = offset[0];
			end = offset[1];
		}
		if (start >= 0) {
			reading.addAll(analysis.terms(Fields.READING, spelled.substring(start, end), MAX_TERMS));
		}
		return reading;
	}

	/**
	 * Whether the word chain's terms cover every letter of the question but spaces: it is words alone, without a
	 * particle, an ending or a stop word between or after them (「サポセン」 and 「さぽせん」 are, 「共催ってできる」 is not).
	 */
	boolean wordsOnly() {
		terms(Fields.QUESTION);
		String spelled = spelled();
		boolean[] covered = new boolean[spelled.length()];
		for (int[] offset : wordOffsets) {
			for (int i = Math.max(0, offset[0]); i < Math.min(offset[1], covered.length); i++) {
				covered[i] = true;
			}
		}
		for (int i = 0; i < covered.length; i++) {
			if (!covered[i] && !Character.isWhitespace(spelled.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Whether the knowledge knows a word (a word-field term). */
	@FunctionalInterface
	interface Known {

		boolean test(String word) throws IOException;
	}

	private String spelled() {
		if (spelled == null) {
			spelled = analysis.spelled(text);
		}
		return spelled;
	}

	/** The word fields share one chain. */
	private static String chain(String field) {
		return switch (field) {
			case Fields.QUESTION, Fields.PHRASINGS, Fields.ANSWER, Fields.TOPICS -> Fields.QUESTION;
			default -> field;
		};
	}
}
