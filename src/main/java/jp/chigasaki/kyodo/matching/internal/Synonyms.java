package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

import jp.chigasaki.kyodo.knowledge.SynonymGroup;

/**
 * Builds the synonym map: every word of a group, analysed by the same chain as the text, is replaced by one token,
 * the canonical word's analysed terms joined. Index and query then hold the same token whatever variant was written,
 * and a multi-word canonical such as げんき基金 stays one position, so the stream remains a simple chain.
 */
final class Synonyms {

	/** A word written in hiragana only (the long-vowel mark and spaces allowed). */
	private static final Pattern HIRAGANA = Pattern.compile("[\\u3041-\\u3096ー\\s]+");

	private final Analyzer analyzer;

	Synonyms(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The map, or null when there are no synonyms (Lucene refuses an empty map). */
	SynonymMap build(List<SynonymGroup> groups) {
		try {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			// Each word analysed once: the katakana check below needs every group's words first.
			Map<String, List<String>> analysed = new HashMap<>();
			for (SynonymGroup group : groups) {
				for (String word : group.words()) {
					analysed.computeIfAbsent(word, this::termsOf);
				}
			}
			Set<List<String>> written = new HashSet<>(analysed.values());
			for (SynonymGroup group : groups) {
				List<String> canonicalTerms = terms(group.canonical());
				if (canonicalTerms.isEmpty()) {
					continue;
				}
				CharsRef canonical = new CharsRef(String.join("", canonicalTerms));
				for (String word : group.words()) {
					add(builder, analysed.get(word), canonical);
					// 「キョウドウ トハ」: a word written in hiragana is also typed in katakana (older phones, a habit), and
					// Kuromoji reads the katakana as one unknown word, not as the hiragana's. Unless another group
					// lists that katakana itself.
					if (HIRAGANA.matcher(word).matches()) {
						List<String> katakana = terms(KanaSpelling.katakanaOf(word));
						if (!written.contains(katakana)) {
							add(builder, katakana, canonical);
						}
					}
				}
			}
			SynonymMap map = builder.build();
			return map.fst == null ? null : map;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void add(SynonymMap.Builder builder, List<String> terms, CharsRef canonical) {
		if (!terms.isEmpty()) {
			builder.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()), canonical, false);
		}
	}

	private List<String> termsOf(String text) {
		try {
			return terms(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> terms(String text) throws IOException {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("synonym", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}
}
