package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The in-memory index of FAQ entries and menu items. Lucene doc ids follow the list's
 * order, so a hit's doc id is the entry's position: no stored fields are read while searching.
 */
final class EntryIndex {

	private final List<Entry> entries;
	private final IndexSearcher searcher;

	private final MatchingProperties.Analysis options;
	private final Map<Audience, Bits> visible = new EnumMap<>(Audience.class);

	EntryIndex(List<Entry> entries, Analysis analysis, MatchingProperties.Analysis options) {
		this.entries = List.copyOf(entries);
		this.options = options;
		// Read through Lucene's own ByteBufferIndexInput: the default input copies its buffer list for every slice,
		// and a search opens a slice per term and field (about a third of a search's time on the real knowledge).
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(),
				ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_MANY_BUFFERS_LUCENE);
		IndexWriterConfig config = new IndexWriterConfig(analysis.analyzer());
		config.setRAMBufferSizeMB(64);
		try (IndexWriter writer = new IndexWriter(directory, config)) {
			for (Entry entry : this.entries) {
				writer.addDocument(document(entry));
			}
			writer.forceMerge(1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Audience audience : Audience.values()) {
			FixedBitSet bits = new FixedBitSet(Math.max(1, this.entries.size()));
			for (int doc = 0; doc < this.entries.size(); doc++) {
				if (this.entries.get(doc).visibleTo().contains(audience)) {
					bits.set(doc);
				}
			}
			visible.put(audience, bits);
		}
		try {
			this.searcher = new IndexSearcher(DirectoryReader.open(directory));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The doc ids (entry positions) {@code audience} may see. */
	Bits visibleTo(Audience audience) {
		return visible.get(audience);
	}

	List<Entry> entries() {
		return entries;
	}

	IndexSearcher searcher() {
		return searcher;
	}

	/** Fields weighted 0 are not queried, so they are not built either. */
	private Document document(Entry entry) {
		Document doc = new Document();
		doc.add(new StoredField(Fields.ID, entry.id()));
		doc.add(new TextField(Fields.QUESTION, entry.question(), Field.Store.NO));
		for (String phrasing : entry.phrasings()) {
			doc.add(new TextField(Fields.PHRASINGS, phrasing, Field.Store.NO));
		}
		doc.add(new TextField(Fields.ANSWER, entry.answer(), Field.Store.NO));
		for (String topic : entry.topics()) {
			doc.add(new TextField(Fields.TOPICS, topic, Field.Store.NO));
		}
		List<String> questions = new ArrayList<>(List.of(entry.question()));
		questions.addAll(entry.phrasings());
		for (String question : questions) {
			if (options.readingWeight() > 0) {
				doc.add(new TextField(Fields.READING, question, Field.Store.NO));
			}
			if (options.ngramWeight() > 0) {
				doc.add(new TextField(Fields.NGRAM, question, Field.Store.NO));
			}
			if (options.romajiWeight() > 0) {
				doc.add(new TextField(Fields.ROMAJI, question, Field.Store.NO));
			}
		}
		return doc;
	}
}
