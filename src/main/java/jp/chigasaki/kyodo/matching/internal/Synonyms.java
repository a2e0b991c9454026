package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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

	private final Analyzer analyzer;

	Synonyms(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The map, or null when there are no synonyms (Lucene refuses an empty map). */
	SynonymMap build(List<SynonymGroup> groups) {
		try {
			SynonymMap.Builder builder = new SynonymMap.Builder(true);
			for (SynonymGroup group : groups) {
				List<String> canonicalTerms = terms(group.canonical());
				if (canonicalTerms.isEmpty()) {
					continue;
				}
				CharsRef canonical = new CharsRef(String.join("", canonicalTerms));
				for (String word : group.words()) {
					List<String> terms = terms(word);
					if (!terms.isEmpty()) {
						builder.add(SynonymMap.Builder.join(terms.toArray(String[]::new), new CharsRefBuilder()),
								canonical, false);
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
