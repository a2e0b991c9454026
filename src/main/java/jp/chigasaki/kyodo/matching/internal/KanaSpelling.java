package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * Words of the knowledge typed in hiragana (「ぼうさいのぼらんてぃあ」「だいがくせいでもとうろくできる？」): Kuromoji cuts an
 * unbroken hiragana run into fragments that match nothing, so before the word fields see a question, each hiragana
 * run is spelled with the knowledge's own kanji compounds where their readings cover it (ぼうさい → 防災,
 * とうろく → 登録). Only compounds of two or more characters count (a single kanji such as 所 or 時 reads like
 * everyday okurigana), and a reading shared by different compounds (こうえん: 公園 and 後援) is left as typed. The
 * reading and romaji fields still see the question as typed.
 */
final class KanaSpelling {

	/** Shortest hiragana run worth spelling: one- and two-character runs are particles and okurigana. */
	private static final int MIN_RUN = 3;
	private static final int MIN_READING = 2;
	private static final double KANJI_SHARE = 0.15;

	private final Map<String, String> byReading;
	private final int longest;

	private KanaSpelling(Map<String, String> byReading) {
		this.byReading = byReading;
		this.longest = byReading.keySet().stream().mapToInt(String::length).max().orElse(0);
	}

	/**
	 * The compounds and katakana words of every FAQ, menu, department and synonym text, by hiragana reading, each
	 * spelled as its synonym group's canonical form (so 協働, 共同 and 協同 are one spelling of きょうどう); plus the
	 * hiragana words of the synonym groups themselves (げんききん → げんき基金).
	 */
	static KanaSpelling of(KnowledgeBase base, UserDictionary dictionary) {
		Map<String, String> canonical = new HashMap<>();
		base.synonyms().forEach(group -> group.words().forEach(word -> canonical.putIfAbsent(word, group.canonical())));
		Map<String, Set<String>> spellings = new HashMap<>();
		collect(texts(base).toList(), dictionary, canonical, spellings);
		base.synonyms().forEach(group -> group.words().stream()
			.filter(word -> word.length() >= MIN_RUN && word.chars().allMatch(c -> hiragana((char) c)))
			.forEach(word -> spellings.computeIfAbsent(word, k -> new HashSet<>()).add(group.canonical())));
		Map<String, String> byReading = new HashMap<>();
		spellings.forEach((reading, spelled) -> {
			if (spelled.size() == 1) {
				byReading.put(reading, spelled.iterator().next());
			}
		});
		return new KanaSpelling(byReading);
	}

	/** {@code text} with each hiragana run of at least three characters spelled where known readings cover it. */
	String spell(String text) {
		if (longest == 0 || !typedInKana(text)) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			int end = i;
			while (end < text.length() && hiragana(text.charAt(end))) {
				end++;
			}
			if (end - i >= MIN_RUN) {
				out.append(spellRun(text.substring(i, end)));
				i = end;
			}
			else {
				int stop = Math.max(end, i + 1);
				out.append(text, i, stop);
				i = stop;
			}
		}
		return out.toString();
	}

	/**
	 * A message typed mostly in kana: fewer than {@link #KANJI_SHARE} of its kanji and hiragana are kanji. In a message
	 * written with kanji the hiragana runs are particles and okurigana (していただける, としてどう), whose syllables
	 * also spell compounds (指定, 都市) that nobody meant.
	 */
	static boolean typedInKana(String text) {
		long kanji = text.codePoints().filter(KanaSpelling::kanji).count();
		long kana = text.chars().filter(c -> hiragana((char) c)).count();
		return kana > 0 && kanji < KANJI_SHARE * (kanji + kana);
	}

	/**
	 * The segmentation of one run that covers the most of it with known readings, longer readings weighing more
	 * (squared length): 「でもとうろく」 is で・も・登録, not で・もと・うろく.
	 */
	private String spellRun(String run) {
		int n = run.length();
		int[] best = new int[n + 1];
		int[] from = new int[n + 1];
		for (int end = 1; end <= n; end++) {
			best[end] = best[end - 1];
			from[end] = end - 1;
			for (int length = MIN_READING; length <= Math.min(longest, end); length++) {
				if (byReading.containsKey(run.substring(end - length, end))
						&& best[end - length] + length * length > best[end]) {
					best[end] = best[end - length] + length * length;
					from[end] = end - length;
				}
			}
		}
		StringBuilder spelled = new StringBuilder();
		for (int end = n; end > 0; end = from[end]) {
			String piece = run.substring(from[end], end);
			spelled.insert(0, end - from[end] >= MIN_READING ? byReading.getOrDefault(piece, piece) : piece);
		}
		return spelled.toString();
	}

	private static Stream<String> texts(KnowledgeBase base) {
		return Stream.of(
				base.faqs().stream().flatMap(f -> Stream.concat(Stream.of(f.question(), f.answer()), f.phrasings().stream())),
				base.menu().stream().flatMap(m -> Stream.of(m.name(), m.summary())),
				base.departments().stream().flatMap(d -> Stream.concat(Stream.of(d.name()),
						Stream.concat(list(d.handles()).stream(), list(d.keywords()).stream()))),
				base.synonyms().stream().flatMap(g -> g.words().stream()))
			.flatMap(s -> s)
			.filter(text -> text != null && !text.isBlank());
	}

	private static List<String> list(List<String> words) {
		return words == null ? List.of() : words;
	}

	/** One tokenizer, reused text after text (Lucene's reset contract), collects every text's spellings by reading. */
	private static void collect(List<String> texts, UserDictionary dictionary, Map<String, String> canonical,
			Map<String, Set<String>> spellings) {
		try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(dictionary, false, JapaneseTokenizer.Mode.NORMAL)) {
			CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
			ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
			PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
			for (String text : texts) {
				tokenizer.setReader(new StringReader(text));
				tokenizer.reset();
				while (tokenizer.incrementToken()) {
					String surface = term.toString();
					String kana = kana(surface, reading.getReading());
					if (kana != null && pos.getPartOfSpeech() != null && pos.getPartOfSpeech().startsWith("名詞")) {
						spellings.computeIfAbsent(kana, k -> new HashSet<>()).add(canonical.getOrDefault(surface, surface));
					}
				}
				tokenizer.end();
				tokenizer.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The hiragana a person would type for a compound of two or more kanji (its reading) or a katakana word of three
	 * or more characters (the same sounds); null for any other token.
	 */
	private static String kana(String surface, String reading) {
		boolean compound = surface.length() >= 2 && surface.codePoints().allMatch(KanaSpelling::kanji);
		boolean katakana = surface.length() >= MIN_RUN && surface.chars().allMatch(c -> c >= 'ァ' && c <= 'ヶ' || c == 'ー');
		String kana = compound && reading != null ? hiraganaOf(reading) : katakana ? hiraganaOf(surface) : null;
		return kana != null && kana.length() >= MIN_READING && kana.chars().allMatch(c -> hiragana((char) c)) ? kana : null;
	}

	private static boolean kanji(int codePoint) {
		return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
	}

	private static boolean hiragana(char c) {
		return c >= 'ぁ' && c <= 'ゖ' || c == 'ー';
	}

	private static String hiraganaOf(String katakana) {
		StringBuilder out = new StringBuilder(katakana.length());
		katakana.chars().forEach(c -> out.append((char) (c >= 'ァ' && c <= 'ヶ' ? c - 0x60 : c)));
		return out.toString();
	}

	/** The katakana letter of a hiragana one (ぁ–ゖ); any other character as it is. */
	static char katakanaOf(char c) {
		return c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c;
	}

	/** {@code hiragana} with every hiragana letter in katakana. */
	static String katakanaOf(String hiragana) {
		StringBuilder out = new StringBuilder(hiragana.length());
		for (int i = 0; i < hiragana.length(); i++) {
			out.append(katakanaOf(hiragana.charAt(i)));
		}
		return out.toString();
	}
}
