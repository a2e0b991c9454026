package jp.chigasaki.kyodo.matching.internal;

/**
 * Lucene field names of the entry index. Word fields hold Kuromoji base forms mapped to canonical synonyms; the
 * reading field holds katakana character bigrams of the whole text's reading, so hiragana-only questions match; the
 * n-gram field holds CJK character bigrams, for words Kuromoji splits badly; the romaji field holds Latin-letter
 * readings, for questions typed in English or romaji.
 */
final class Fields {

	static final String ID = "id";
	static final String QUESTION = "question";
	static final String PHRASINGS = "phrasings";
	static final String ANSWER = "answer";
	static final String TOPICS = "topics";
	static final String READING = "reading";
	static final String NGRAM = "ngram";
	static final String ROMAJI = "romaji";

	private Fields() {
	}
}
