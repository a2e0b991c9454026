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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Bag-of-terms BM25 search over weighted fields. A prepared question also measures itself: the highest score any
 * document could reach (every term's weighted idf, unknown terms included), which turns raw scores into comparable
 * fractions, and per hit the share of the question's words that the hit contains.
 */
final class Retriever {

	/** Terms per field kept from one question; keeps the whole query under Lucene's 1024-clause limit. */
	private static final int MAX_TERMS = 100;
	private static final List<String> WORD_FIELDS = List.of(Fields.QUESTION, Fields.PHRASINGS, Fields.ANSWER,
			Fields.TOPICS);

	private final EntryIndex index;
	private final Map<String, Double> weights;

	Retriever(EntryIndex index, Map<String, Double> weights) {
		this.index = index;
		this.weights = new LinkedHashMap<>(weights);
		this.weights.values().removeIf(weight -> weight <= 0);
	}

	Prepared prepare(Analysed text) {
		IndexReader reader = index.searcher().getIndexReader();
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		double ceiling = 0;
		Set<String> words = unique(Fields.QUESTION, text);
		int known = 0;
		try {
			for (String word : words) {
				known += knownAnywhere(reader, word) ? 1 : 0;
			}
			for (Map.Entry<String, Double> field : weights.entrySet()) {
				Set<String> fieldTerms = unique(field.getKey(), text);
				for (String term : fieldTerms) {
					Term t = new Term(field.getKey(), term);
					int df = reader.docFreq(t);
					if (df > 0) {
						terms.add(new BoostQuery(new TermQuery(t), field.getValue().floatValue()), Occur.SHOULD);
					}
					// A word the knowledge has never seen still counts in the ceiling: it lowers every score's
					// fraction, which is what an unknown topic (水道料金, 住民票) should do to the confidence.
					ceiling += field.getValue() * idf(Math.max(1, reader.getDocCount(field.getKey())), df);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Prepared(terms.build(), ceiling, words, words.isEmpty() ? 0 : (double) known / words.size());
	}

	private static boolean knownAnywhere(IndexReader reader, String word) throws IOException {
		for (String field : WORD_FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return true;
			}
		}
		return false;
	}

	/** The best hits passing {@code filter}; {@code withMatched} also measures each hit's share of the words. */
	Result search(Prepared prepared, Query filter, int limit, boolean withMatched) {
		Query query = new BooleanQuery.Builder().add(prepared.query(), Occur.MUST).add(filter, Occur.FILTER).build();
		try {
			List<Hit> hits = new ArrayList<>();
			for (ScoreDoc doc : index.searcher().search(query, Math.max(1, limit)).scoreDocs) {
				double matched = withMatched ? matched(prepared.words(), doc.doc) : 0;
				hits.add(new Hit(index.entries().get(doc.doc), doc.score, matched));
			}
			return new Result(hits, prepared.ceiling(), prepared.known());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Share of the question's words present in the document's word fields. */
	private double matched(Set<String> words, int docId) throws IOException {
		if (words.isEmpty()) {
			return 0;
		}
		List<LeafReaderContext> leaves = index.searcher().getIndexReader().leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
		int doc = docId - leaf.docBase;
		int found = 0;
		for (String word : words) {
			for (String field : WORD_FIELDS) {
				PostingsEnum postings = leaf.reader().postings(new Term(field, word), PostingsEnum.NONE);
				if (postings != null && postings.advance(doc) == doc) {
					found++;
					break;
				}
			}
		}
		return (double) found / words.size();
	}

	private static Set<String> unique(String field, Analysed text) {
		Set<String> unique = new LinkedHashSet<>();
		for (String term : text.terms(field)) {
			if (unique.size() == MAX_TERMS) {
				break;
			}
			unique.add(term);
		}
		return unique;
	}

	private static double idf(int docCount, int df) {
		return Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
	}

	/**
	 * @param ceiling the score a document matching every query term perfectly would approach
	 * @param known share of the question's words that occur anywhere in the index
	 */
	record Prepared(Query query, double ceiling, Set<String> words, double known) {
	}

	/** @param matched share of the question's words found in this hit, in [0,1] (0 when not measured) */
	record Hit(Entry entry, double score, double matched) {
	}

	record Result(List<Hit> hits, double ceiling, double known) {

		double normalised(int rank) {
			return rank < hits.size() && ceiling > 0 ? Math.min(1, hits.get(rank).score() / ceiling) : 0;
		}
	}
}
