package jp.chigasaki.kyodo.insights;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Groups masked questions by similarity: an in-memory Lucene index over the texts with the matching engine's
 * Japanese analyzer, then, taking the questions in order, each one not yet grouped leads a group of the ungrouped
 * questions whose {@link MoreLikeThis} score against it reaches {@code similarity} × the lead's own score. Groups come
 * largest first.
 */
final class QuestionGroups {

	private static final String TEXT = "text";
	private static final String INDEX = "index";

	private QuestionGroups() {
	}

	/** Groups of indexes into {@code texts}, largest first (ties: the earliest lead first). */
	static List<List<Integer>> group(List<String> texts, Analyzer analyzer, double similarity) {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
				for (String text : texts) {
					Document document = new Document();
					document.add(new Field(TEXT, text, TextField.TYPE_NOT_STORED));
					document.add(new StoredField(INDEX, writer.getDocStats().numDocs));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				return group(texts, reader, analyzer, similarity);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<Integer>> group(List<String> texts, DirectoryReader reader, Analyzer analyzer,
			double similarity) throws IOException {
		IndexSearcher searcher = new IndexSearcher(reader);
		MoreLikeThis mlt = new MoreLikeThis(reader);
		mlt.setAnalyzer(analyzer);
		mlt.setFieldNames(new String[] { TEXT });
		mlt.setMinTermFreq(1);
		mlt.setMinDocFreq(1);
		mlt.setMinWordLen(1);
		int[] index = new int[reader.maxDoc()];
		for (int doc = 0; doc < index.length; doc++) {
			index[doc] = reader.storedFields().document(doc).getField(INDEX).numericValue().intValue();
		}
		boolean[] grouped = new boolean[texts.size()];
		List<List<Integer>> groups = new ArrayList<>();
		for (int lead = 0; lead < texts.size(); lead++) {
			if (grouped[lead]) {
				continue;
			}
			List<Integer> members = new ArrayList<>(List.of(lead));
			grouped[lead] = true;
			Query query = mlt.like(TEXT, new StringReader(texts.get(lead)));
			ScoreDoc[] hits = searcher.search(query, texts.size()).scoreDocs;
			float own = ownScore(hits, index, lead);
			for (ScoreDoc hit : hits) {
				int member = index[hit.doc];
				if (!grouped[member] && own > 0 && hit.score >= similarity * own) {
					grouped[member] = true;
					members.add(member);
				}
			}
			groups.add(members);
		}
		groups.sort(Comparator.comparingInt((List<Integer> g) -> -g.size()).thenComparingInt(g -> g.get(0)));
		return groups;
	}

	private static float ownScore(ScoreDoc[] hits, int[] index, int lead) {
		for (ScoreDoc hit : hits) {
			if (index[hit.doc] == lead) {
				return hit.score;
			}
		}
		return 0;
	}
}
