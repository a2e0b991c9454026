package jp.chigasaki.kyodo.needs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

import jp.chigasaki.kyodo.groups.Field;

/**
 * Scores one side (a need, or a group) against the other side's candidates with the FAQ's analyzer chain: BM25 over
 * a small in-memory index of the candidates' text (saturated to 0..1, weight {@value #WORDS}), plus the shared
 * field ({@value #FIELD}) and an overlapping area ({@value #AREA}). Each score comes with its reasons.
 */
final class MatchScorer {

	static final double WORDS = 0.6;
	static final double FIELD = 0.3;
	static final double AREA = 0.1;
	private static final String TEXT = "text";
	private static final String ID = "id";
	/** BM25 at which the word part reaches one half. */
	private static final double HALF = 4.0;
	private static final int MAX_WORDS = 5;
	private static final String WHOLE_CITY = "市内全域";

	private final Supplier<Analyzer> analyzer;

	MatchScorer(Supplier<Analyzer> analyzer) {
		this.analyzer = analyzer;
	}

	record Side(long id, String text, Field field, String area) {
	}

	record Scored(long id, double score, List<String> reasons) {
	}

	/** The candidates that share words or the field with {@code probe}, best first. */
	List<Scored> score(Side probe, List<Side> candidates) {
		Analyzer chain = analyzer.get();
		Map<Long, Double> bm25 = bm25(chain, probe.text(), candidates);
		Set<String> probeTerms = terms(chain, probe.text());
		List<Scored> scored = new ArrayList<>();
		for (Side candidate : candidates) {
			List<String> reasons = new ArrayList<>();
			double score = 0;
			if (candidate.field() == probe.field()) {
				score += FIELD;
				reasons.add("分野が同じ（" + probe.field().label() + "）");
			}
			if (areasOverlap(probe.area(), candidate.area())) {
				score += AREA;
				reasons.add("活動地域が重なる（" + candidate.area() + "）");
			}
			double words = bm25.getOrDefault(candidate.id(), 0.0);
			if (words > 0) {
				score += WORDS * words / (words + HALF);
				List<String> shared = shared(probeTerms, terms(chain, candidate.text()));
				if (!shared.isEmpty()) {
					reasons.add("共通の言葉: " + String.join("、", shared));
				}
			}
			if (words > 0 || candidate.field() == probe.field()) {
				scored.add(new Scored(candidate.id(), Math.round(score * 1000) / 1000.0, reasons));
			}
		}
		scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingLong(Scored::id));
		return scored;
	}

	private static Map<Long, Double> bm25(Analyzer chain, String probe, List<Side> candidates) {
		Map<Long, Double> scores = new HashMap<>();
		Query query = new QueryBuilder(chain).createBooleanQuery(TEXT, probe);
		if (query == null || candidates.isEmpty()) {
			return scores;
		}
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(chain))) {
				for (Side candidate : candidates) {
					Document document = new Document();
					document.add(new StoredField(ID, candidate.id()));
					document.add(new TextField(TEXT, candidate.text(), org.apache.lucene.document.Field.Store.NO));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				for (ScoreDoc hit : searcher.search(query, candidates.size()).scoreDocs) {
					long id = searcher.storedFields().document(hit.doc).getField(ID).numericValue().longValue();
					scores.put(id, (double) hit.score);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return scores;
	}

	static boolean areasOverlap(String a, String b) {
		if (a == null || b == null || a.isBlank() || b.isBlank() || a.contains(WHOLE_CITY) || b.contains(WHOLE_CITY)) {
			return false;
		}
		return a.contains(b) || b.contains(a);
	}

	private static List<String> shared(Set<String> probe, Set<String> candidate) {
		return probe.stream()
			.filter(candidate::contains)
			.filter(term -> term.codePointCount(0, term.length()) >= 2)
			.limit(MAX_WORDS)
			.toList();
	}

	private static Set<String> terms(Analyzer chain, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = chain.tokenStream(TEXT, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}
}
