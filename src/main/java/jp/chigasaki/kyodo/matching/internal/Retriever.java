package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * Bag-of-terms BM25 search over weighted fields. Each query also measures itself: the highest score any document
 * could reach (every term's weighted idf) and the share of its words the index knows, which turn raw scores into
 * comparable features for calibration.
 */
final class Retriever {

	/** Terms per field kept from one question; keeps the whole query under Lucene's 1024-clause limit. */
	private static final int MAX_TERMS = 100;

	private final EntryIndex index;
	private final Analysis analysis;
	private final Map<String, Double> weights;

	Retriever(EntryIndex index, Analysis analysis, Map<String, Double> weights) {
		this.index = index;
		this.analysis = analysis;
		this.weights = new LinkedHashMap<>(weights);
		this.weights.values().removeIf(weight -> weight <= 0);
	}

	Result search(String text, Audience audience, int limit) {
		try {
			return run(text, audience, limit);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Result run(String text, Audience audience, int limit) throws IOException {
		IndexSearcher searcher = index.searcher();
		IndexReader reader = searcher.getIndexReader();
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		double ceiling = 0;
		for (Map.Entry<String, Double> field : weights.entrySet()) {
			for (String term : unique(field.getKey(), text)) {
				Term t = new Term(field.getKey(), term);
				int df = reader.docFreq(t);
				if (df > 0) {
					terms.add(new BoostQuery(new TermQuery(t), field.getValue().floatValue()), Occur.SHOULD);
					ceiling += field.getValue() * idf(reader.getDocCount(field.getKey()), df);
				}
			}
		}
		Query query = terms.build();
		if (audience != null) {
			query = new BooleanQuery.Builder().add(query, Occur.MUST)
				.add(new TermQuery(new Term(Fields.VISIBLE, audience.key())), Occur.FILTER)
				.build();
		}
		TopDocs top = searcher.search(query, Math.max(1, limit));
		List<Hit> hits = new ArrayList<>();
		for (ScoreDoc doc : top.scoreDocs) {
			hits.add(new Hit(index.entries().get(doc.doc), doc.score));
		}
		return new Result(hits, ceiling, coverage(reader, text));
	}

	/** Share of the question's words found in any word field; unknown words suggest an out-of-scope question. */
	private double coverage(IndexReader reader, String text) throws IOException {
		Set<String> words = unique(Fields.QUESTION, text);
		if (words.isEmpty()) {
			return 0;
		}
		int known = 0;
		for (String word : words) {
			if (reader.docFreq(new Term(Fields.QUESTION, word)) + reader.docFreq(new Term(Fields.PHRASINGS, word))
					+ reader.docFreq(new Term(Fields.ANSWER, word)) > 0) {
				known++;
			}
		}
		return (double) known / words.size();
	}

	private Set<String> unique(String field, String text) {
		return new LinkedHashSet<>(analysis.terms(field, text, MAX_TERMS));
	}

	private static double idf(int docCount, int df) {
		return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
	}

	record Hit(Entry entry, double score) {
	}

	/**
	 * @param ceiling the score a document matching every query term perfectly would approach
	 * @param coverage share of the question's words the index knows, in [0,1]
	 */
	record Result(List<Hit> hits, double ceiling, double coverage) {

		double normalised(int rank) {
			return rank < hits.size() && ceiling > 0 ? Math.min(1, hits.get(rank).score() / ceiling) : 0;
		}
	}
}
