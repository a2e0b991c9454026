package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseReadingFormFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.util.IOUtils;

import com.ibm.icu.text.Normalizer2;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The analyzer chains, one per field and the same for indexing and querying: NFKC case-folding (with 〜 and ～ as
 * ~), Kuromoji in search mode with the knowledge's user dictionary, base forms, part-of-speech and stop-word
 * filtering, katakana stemming, then the synonym groups mapped to one canonical token.
 */
final class Analysis {

	private static final NormalizeCharMap WAVE_DASH = waveDash();
	/** A general synonym longer than this many terms is left out: a description rather than another word. */
	private static final int MAX_SYNONYM_TERMS = 4;

	/**
	 * The politeness around a question (〜を教えていただけますか, 〜をお願いします) says nothing about its topic, but it
	 * made any entry whose question also says 教えてください look alike (base forms, after lower-casing). The same for
	 * honorific framing (〜でございますが、いったい〜存じます), English function words (the glossary in
	 * {@code faq/synonyms.yaml} maps English content words onto ours) and Japanese particles typed in romaji.
	 */
	private static final CharArraySet REQUEST_WORDS = new CharArraySet(List.of("教える", "おしえる", "くださる",
			"下さる", "いただく", "頂く", "いただける", "頂ける", "願う", "お願い", "ねがう", "いったい", "一体", "ござる",
			"おる", "申し上げる", "存じる", "幸い", "恐縮", "恐れ入る", "伺う", "うかがう", "よろしい", "宜しい", "参る", "致す",
			"いたす", "頂戴", "ちょっと", "ちなみに", "すみません", "すいません", "失礼", "世話", "ございます", "伺える", "思う",
			"おもう", "知る", "しる", "知れる", "わかる", "分かる", "詳しい", "くわしい", "もっと",
			// Pronouns and fillers that name no topic either (私どもの地区, 市のやつ, いつ頃, 先日, 大変恐縮ですが): each one
			// the knowledge does not know lowered the confidence like an unknown topic would.
			"私", "わたし", "わたくし", "僕", "ぼく", "ども", "当方", "やつ", "いつも", "こういう", "そういう", "ああいう", "頃",
			"先日", "突然", "大変",
			// 「補助金みたいなのってありますか」: a hedge (something like …), read as 見たい it matched 「…の例を見たい」.
			"みたい",
			"please", "tell", "me", "i", "we", "you", "our", "my",
			"the", "a", "an", "to", "of", "for", "in", "on", "at", "and", "or", "is", "are", "do", "does", "can",
			"could", "would", "should", "how", "what", "where", "when", "who", "which", "it", "this", "that",
			"there", "be", "get", "about", "with", "from", "any", "want", "like", "know", "need", "much", "s",
			// Japanese particles and request words typed in romaji (「sapocen no basho oshiete kudasai」)
			"no", "wa", "ga", "wo", "ni", "de", "ka", "desu", "masu", "kudasai", "oshiete", "onegai", "shimasu",
			"tte"),
			false);

	/**
	 * Fillers English writers add to a question (「What does kyodo mean exactly?」) that name no topic, beyond the
	 * Snowball list.
	 */
	private static final List<String> ENGLISH_FILLERS = List.of("exactly", "really", "actually", "just", "also",
			"maybe", "perhaps", "anyway", "somehow", "currently", "still");

	private static final String NAMES = "names";
	private static final String PLACE_NAME = "名詞-固有名詞-地域";
	private static final String PERSON_NAME = "名詞-固有名詞-人名";
	private static final Pattern KANJI_NAME = Pattern.compile("[\\p{IsHan}ヶケ]{2,}");

	private final MatchingProperties.Analysis options;
	/** {@link #REQUEST_WORDS} and the English stop words that are no word of a glossary or synonym group. */
	private final CharArraySet stopWords;
	/** The canonical (Japanese) term of each word or phrase of a glossary or synonym group, by its lower case. */
	private final Map<String, String> terms = new HashMap<>();
	private final UserDictionary userDictionary;
	private final SynonymMap synonyms;
	private final Analyzer perField;
	private final KanaSpelling kana;
	private final Map<String, List<List<String>>> general = new ConcurrentHashMap<>();
	private final Map<String, List<String>> written = new ConcurrentHashMap<>();

	/** Kuromoji alone, with the user dictionary, for {@link #kanjiNames}. */
	private final Analyzer namesAnalyzer = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			return new TokenStreamComponents(kuromoji());
		}
	};

	Analysis(KnowledgeBase base, MatchingProperties.Analysis options) {
		this.options = options;
		base.synonyms().forEach(group -> group.words()
			.forEach(word -> terms.putIfAbsent(word.toLowerCase(Locale.ROOT), group.canonical())));
		this.stopWords = stopWords(terms.keySet());
		this.userDictionary = options.userDictionary() ? userDictionary(base.userDictionary()) : null;
		this.synonyms = options.synonyms() ? new Synonyms(new WordAnalyzer(null)).build(base.synonyms()) : null;
		Analyzer words = new WordAnalyzer(synonyms);
		this.kana = options.kanaSpelling() ? KanaSpelling.of(base, userDictionary) : null;
		this.perField = new PerFieldAnalyzerWrapper(words,
				Map.of(Fields.READING, new ReadingAnalyzer(), Fields.NGRAM, new NgramAnalyzer(), Fields.ROMAJI,
						new RomajiAnalyzer()));
	}

	Analyzer analyzer() {
		return perField;
	}

	/** The glossary's Japanese term for an English or romaji phrase (「genki kikin」 → げんき基金), or the phrase. */
	String term(String phrase) {
		return terms.getOrDefault(phrase.toLowerCase(Locale.ROOT).strip(), phrase);
	}

	/**
	 * The request words, plus the Snowball English stop words (Lucene's list: before, after, only, same, …) and a few
	 * fillers, except those the glossary or a synonym group names: there they carry a meaning (「set up」, 「sign up」).
	 */
	private static CharArraySet stopWords(Set<String> phrases) {
		Set<String> named = new HashSet<>();
		phrases.forEach(phrase -> named.addAll(List.of(phrase.split("[^\\p{L}\\p{N}']+"))));
		CharArraySet words = new CharArraySet(REQUEST_WORDS, false);
		try (Reader list = IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8)) {
			for (Object word : WordlistLoader.getSnowballWordSet(list)) {
				String text = new String((char[]) word);
				if (!named.contains(text)) {
					words.add(text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ENGLISH_FILLERS.stream().filter(word -> !named.contains(word)).forEach(words::add);
		return CharArraySet.unmodifiableSet(words);
	}

	/** A question as the word fields read it: hiragana runs spelled with the knowledge's kanji ({@link KanaSpelling}). */
	String spelled(String text) {
		return kana == null ? text : kana.spell(text);
	}

	/**
	 * {@link GeneralSynonyms}' words for a question's word (a word-field term, or a word found as written), each
	 * analysed by the word chain so that it meets the knowledge's own synonym groups too: one term (転居), or the
	 * terms of a phrase (国保 → 国民 / 健康 / 保険), at most {@link #MAX_SYNONYM_TERMS}. Cached: a knowledge meets the
	 * same words again and again.
	 */
	List<List<String>> generalSynonyms(String term) {
		List<List<String>> cached = general.get(term);
		if (cached != null) {
			return cached;
		}
		Set<String> synonyms = GeneralSynonyms.get().of(term);
		if (synonyms.isEmpty()) {
			// Not cached: only dictionary words are, so the cache is bounded by the dictionary, not by what people type.
			return List.of();
		}
		Set<List<String>> found = new LinkedHashSet<>();
		for (String synonym : synonyms) {
			List<String> analysed = wordTerms(synonym);
			if (!analysed.isEmpty() && analysed.size() <= MAX_SYNONYM_TERMS && !analysed.equals(List.of(term))) {
				found.add(analysed);
			}
		}
		List<List<String>> kept = List.copyOf(found);
		general.putIfAbsent(term, kept);
		return kept;
	}

	/**
	 * The word chain's terms of a dictionary word (at most {@link #MAX_SYNONYM_TERMS} + 1), cached: questions meet the
	 * same words again and again.
	 */
	List<String> wordTerms(String word) {
		return written.computeIfAbsent(word, w -> List.copyOf(terms(Fields.QUESTION, w, MAX_SYNONYM_TERMS + 1)));
	}

	/** The terms the field's chain makes of {@code text}, in order, at most {@code limit}. */
	List<String> terms(String field, String text, int limit) {
		return terms(field, text, limit, null);
	}

	/**
	 * {@link #terms(String, String, int)}, and when {@code offsets} is not null, each kept term's {start, end} in
	 * {@code text} added to it.
	 */
	List<String> terms(String field, String text, int limit, List<int[]> offsets) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = perField.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (terms.size() < limit) {
					terms.add(term.toString());
					if (offsets != null) {
						offsets.add(new int[] { offset.startOffset(), offset.endOffset() });
					}
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private Reader normalise(Reader reader) {
		if (!options.nfkc()) {
			return reader;
		}
		return new ICUNormalizer2CharFilter(new MappingCharFilter(WAVE_DASH, reader),
				Normalizer2.getNFKCCasefoldInstance());
	}

	/**
	 * The names of places and people in {@code text} as Kuromoji's dictionary tags them (固有名詞-地域, 固有名詞-人名),
	 * written in two or more kanji: 浜見平, 南湖, 鶴嶺, 香川 (a district of the city), 田中. Words of the knowledge's
	 * own dictionary are never among them. Each as its surface, in order.
	 */
	List<String> kanjiNames(String text) {
		List<String> names = new ArrayList<>();
		// The tokenizer is reused per thread (the analyzer's components), not built per question.
		try (TokenStream tokens = namesAnalyzer.tokenStream(NAMES, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PartOfSpeechAttribute pos = tokens.addAttribute(PartOfSpeechAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				String tag = pos.getPartOfSpeech();
				if (tag != null && (tag.startsWith(PLACE_NAME) || tag.startsWith(PERSON_NAME))
						&& KANJI_NAME.matcher(term).matches()) {
					names.add(term.toString());
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names;
	}

	private Tokenizer kuromoji() {
		return new JapaneseTokenizer(userDictionary, true, true, JapaneseTokenizer.Mode.SEARCH);
	}

	private static UserDictionary userDictionary(String csv) {
		if (csv.isBlank()) {
			return null;
		}
		try {
			return UserDictionary.open(new StringReader(csv));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static NormalizeCharMap waveDash() {
		NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
		builder.add("\u301C", "~");
		builder.add("\uFF5E", "~");
		return builder.build();
	}

	/** Every field's chain starts from the same normalised text (NFKC and the project's character folding). */
	private abstract class NormalisingAnalyzer extends Analyzer {

		@Override
		protected Reader initReader(String fieldName, Reader reader) {
			return normalise(reader);
		}
	}

	/** Words: Kuromoji base forms without particles and stop words, synonyms mapped to their canonical token. */
	final class WordAnalyzer extends NormalisingAnalyzer {

		private final SynonymMap map;

		WordAnalyzer(SynonymMap map) {
			this.map = map;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = kuromoji();
			TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
			stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, JapaneseAnalyzer.getDefaultStopSet());
			stream = new StopFilter(stream, stopWords);
			stream = new JapaneseKatakanaStemFilter(stream);
			if (map != null) {
				stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, map, true));
			}
			return new TokenStreamComponents(tokenizer, stream);
		}
	}

	/** Reading: katakana bigrams of the whole text's Kuromoji reading. */
	private final class ReadingAnalyzer extends NormalisingAnalyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = kuromoji();
			TokenStream stream = new JapaneseReadingFormFilter(tokenizer, false);
			return new TokenStreamComponents(tokenizer, new ReadingBigramFilter(new LowerCaseFilter(stream)));
		}
	}

	/**
	 * Romaji: the Hepburn reading of each content word, ASCII-folded, so that English-style questions that spell
	 * Japanese names in Latin letters (Genki fund, saposen) meet the Japanese text.
	 */
	private final class RomajiAnalyzer extends NormalisingAnalyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = kuromoji();
			TokenStream stream = new JapanesePartOfSpeechStopFilter(tokenizer, JapaneseAnalyzer.getDefaultStopTags());
			stream = new ASCIIFoldingFilter(new JapaneseReadingFormFilter(stream, true));
			// English function words (what, is, the) said nothing in the word fields and say nothing here either.
			return new TokenStreamComponents(tokenizer, new StopFilter(new LowerCaseFilter(stream), stopWords));
		}
	}

	/** Character bigrams of CJK runs (Latin words stay whole), independent of Kuromoji's segmentation. */
	private final class NgramAnalyzer extends NormalisingAnalyzer {

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			TokenStream stream = new CJKBigramFilter(new LowerCaseFilter(tokenizer));
			return new TokenStreamComponents(tokenizer, stream);
		}
	}
}
