package jp.chigasaki.kyodo.matching.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.Bits;

import jp.chigasaki.kyodo.knowledge.Audience;

/**
 * Bag-of-terms BM25 search over weighted fields. A prepared question also measures itself: the highest score any
 * document could reach (every term's weighted idf, unknown terms included), which turns raw scores into comparable
 * fractions, and per hit the share of the question's words that the hit contains.
 */
final class Retriever {

	/**
	 * Words that name no topic: replies and fillers (はい, うん, いいね, www), interrogatives and pointing words (どこ,
	 * いつ, 何, それ), and verbs of any question (違う, できる, ある). A message of these alone is about nothing the
	 * knowledge can answer, although answers that start 「はい、」 and phrasings that ask 「どこ？」 contain them. (The
	 * request words of {@link Analysis}, such as 教える, 詳しい and "what", never reach the question's words.)
	 */
	private static final Set<String> NO_TOPIC = Set.of("はい", "うん", "ええ", "いいえ", "いや", "おけ", "ok", "okay", "www",
			"w", "笑", "草", "いい", "よい", "良い", "いいね", "そう", "なるほど", "へえ", "へー", "すごい", "了解", "りょうかい",
			"どこ", "いつ", "なに", "何", "なん", "だれ", "誰", "どう", "どれ", "どの", "どちら", "それ", "これ", "あれ",
			"ここ", "そこ", "違う", "ちがう", "ある", "いる", "する", "なる", "できる", "いう", "yes", "no", "thanks", "bye",
			"ばいばい", "バイバイ", "また", "またね", "他", "ほか", "終わり", "おわり", "最初", "一度", "戻る", "やめる", "キャンセル", "大丈夫", "本当", "ほんと",
			"まじ", "終わる");

	/** Terms per field kept from one question; keeps the whole query under Lucene's 1024-clause limit. */
	private static final int MAX_TERMS = 100;
	private static final List<String> WORD_FIELDS = List.of(Fields.QUESTION, Fields.PHRASINGS, Fields.ANSWER,
			Fields.TOPICS);

	/**
	 * Reading and romaji are fallbacks: weighted by the share of the question's words the word fields do not know.
	 * A question whose words all occur in the knowledge is matched mostly on words in a large index (reading keeps
	 * a share that falls with the index size, see {@link #SMALL_INDEX}): at full weight reading bigrams flood it. A kana-only or romaji question,
	 * whose words the word fields miss, is matched on its sound.
	 */
	private static final Set<String> FALLBACK_FIELDS = Set.of(Fields.READING, Fields.ROMAJI);
	private static final double MIN_WEIGHT = 0.05;
	/**
	 * Index size up to which reading and romaji keep their full weight. Beyond it the share they keep for a question
	 * whose words are all known falls as sqrt(SMALL_INDEX / entries): katakana bigrams are few (a few thousand in
	 * use), so their document frequencies grow with the index while words keep discriminating. At 10,000 entries
	 * the share is 0.12, close to the 0.1 that did best on the large BEIR set; at 1,800 it is 0.29.
	 */
	private static final double SMALL_INDEX = 150;

	/** How many of the best hits by BM25 a coverage weight may re-order. */
	static final int RERANK_DEPTH = 10;

	private final EntryIndex index;
	private final Map<String, Double> weights;
	private final int entries;
	/**
	 * Weight of coverage (the share of the question's words a hit contains, each word counted once whatever its idf)
	 * beside its score over the ceiling. BM25 lets one rare word that an entry repeats outweigh several ordinary words
	 * of the question that another entry has all of; in a long message the entry that covers most of what was asked is
	 * more often the one meant. 0 keeps the BM25 order. Scaled by {@link #smallIndexShare}: in a large index many of
	 * the best ten share most of the question's ordinary words, and coverage stops telling them apart (measured on the
	 * 10,000-entry synthetic set, where the unscaled weight lowered SR@1).
	 */
	private final double coverageWeight;
	/** Weight of a general synonym of an unknown word, beside the field's weight (0: none). */
	private final double generalSynonymsWeight;
	/**
	 * The share of entries that have phrasings (askers' wordings besides the title). The reading field compares the
	 * sound of the whole question with whole questions: against some ten phrasings per entry (our knowledge, where
	 * every entry has them) a question typed in kana or spelled differently often sounds like one of them as a whole.
	 * Against one title per entry (a city's FAQ page) the katakana bigrams two sentences share are mostly particles
	 * and endings (ノデ, シタ, マス), and only the sound of the question's unknown words is worth matching. So the whole
	 * question's bigrams keep this share of the reading weight, and the bigrams of the runs of unknown words keep all
	 * of it (docs/matching.md, twelfth pass).
	 */
	private final double phrasedShare;

	Retriever(EntryIndex index, Map<String, Double> weights, double coverageWeight, double generalSynonymsWeight) {
		this.index = index;
		this.generalSynonymsWeight = generalSynonymsWeight;
		this.phrasedShare = index.entries().isEmpty() ? 1
				: (double) index.entries().stream().filter(entry -> !entry.phrasings().isEmpty()).count()
						/ index.entries().size();
		this.entries = index.entries().size();
		this.coverageWeight = coverageWeight * smallIndexShare(entries);
		this.weights = new LinkedHashMap<>(weights);
		this.weights.values().removeIf(weight -> weight <= 0);
	}

	Bits visibleTo(Audience audience) {
		return index.visibleTo(audience);
	}

	Prepared prepare(Analysed text) {
		IndexReader reader = index.searcher().getIndexReader();
		BooleanQuery.Builder terms = new BooleanQuery.Builder();
		double ceiling = 0;
		Set<String> words = unique(Fields.QUESTION, text);
		int known = 0;
		// Whether the knowledge knows a word, looked up once per word of this question (synonyms and runs ask again).
		Map<String, Boolean> seen = new HashMap<>();
		Analysed.Known knows = word -> {
			Boolean found = seen.get(word);
			if (found == null) {
				found = knownAnywhere(reader, word);
				seen.put(word, found);
			}
			return found;
		};
		try {
			for (String word : words) {
				known += knows.test(word) ? 1 : 0;
			}
			double unknownShare = words.isEmpty() ? 1 : 1 - (double) known / words.size();
			Set<List<String>> synonyms = generalSynonyms(knows, words, text);
			for (Map.Entry<String, Double> field : weights.entrySet()) {
				int docCount = reader.getDocCount(field.getKey());
				if (!WORD_FIELDS.contains(field.getKey()) || docCount == 0) {
					continue;
				}
				for (List<String> synonym : synonyms) {
					float boost = (float) (field.getValue() * generalSynonymsWeight);
					if (synonym.size() == 1) {
						Term t = new Term(field.getKey(), synonym.get(0));
						TermStates states = TermStates.build(index.searcher(), t, true);
						if (states.docFreq() > 0) {
							terms.add(new BoostQuery(new TermQuery(t, states), boost), Occur.SHOULD);
						}
					}
					else {
						terms.add(new BoostQuery(new PhraseQuery(field.getKey(), synonym.toArray(String[]::new)), boost),
								Occur.SHOULD);
					}
				}
			}
			for (Map.Entry<String, Double> field : weights.entrySet()) {
				double weight = field.getValue()
						* (FALLBACK_FIELDS.contains(field.getKey()) ? fallbackShare(unknownShare, entries) : 1);
				int docCount = reader.getDocCount(field.getKey());
				Map<String, Double> termWeights = new LinkedHashMap<>();
				if (docCount > 0 && weight >= MIN_WEIGHT) {
					if (Fields.READING.equals(field.getKey()) && phrasedShare < 1) {
						// The whole question's sound at the share of entries with phrasings, its unknown words' sound
						// at the full fallback weight (see #phrasedShare).
						double whole = weight * phrasedShare;
						if (whole >= MIN_WEIGHT) {
							unique(field.getKey(), text).forEach(term -> termWeights.put(term, whole));
						}
						text.readingOfUnknown(knows)
							.forEach(term -> termWeights.put(term, weight));
					}
					else {
						unique(field.getKey(), text).forEach(term -> termWeights.put(term, weight));
					}
				}
				for (String term : termWeights.keySet()) {
					Term t = new Term(field.getKey(), term);
					// The term's statistics, looked up once: the query reuses them instead of seeking the term again.
					TermStates states = TermStates.build(index.searcher(), t, true);
					int df = states.docFreq();
					double termWeight = termWeights.get(term);
					if (df > 0) {
						terms.add(new BoostQuery(new TermQuery(t, states), (float) termWeight), Occur.SHOULD);
					}
					// A word the knowledge has never seen still counts in the ceiling: it lowers every score's
					// fraction, which is what an unknown topic (水道料金, 住民票) should do to the confidence.
					ceiling += termWeight * idf(docCount, df);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		double knownShare = words.isEmpty() ? 0 : (double) known / words.size();
		return new Prepared(terms.build(), ceiling, words, knownShare,
				(int) words.stream().filter(w -> !NO_TOPIC.contains(w)).count());
	}

	/**
	 * The general synonyms ({@link GeneralSynonyms}) of the question's words that no entry contains, and whose terms
	 * some entry does contain, each at {@link #generalSynonymsWeight}: 「引っ越しの届け出」 meets an FAQ that only says
	 * 転居, 「国保」 one that says 国民健康保険 (a phrase query). The words are the question's terms, and the dictionary's
	 * words written in it that the chain cuts into pieces (申しこみ → 申す / こむ), when a piece is unknown.
	 * A word the knowledge knows is left alone, and the synonyms add nothing to the ceiling or to the known share: the
	 * word itself stays unknown, so a match through a synonym is scored and ranked, but at a lower confidence.
	 */
	private Set<List<String>> generalSynonyms(Analysed.Known knows, Set<String> words, Analysed text)
			throws IOException {
		Set<List<String>> synonyms = new LinkedHashSet<>();
		if (generalSynonymsWeight <= 0) {
			return synonyms;
		}
		for (String word : words) {
			if (!NO_TOPIC.contains(word) && !knows.test(word)) {
				addKnown(knows, text.generalSynonyms(word), words, synonyms);
			}
		}
		for (Map.Entry<String, List<String>> compound : text.compoundsWritten().entrySet()) {
			if (!allKnown(knows, compound.getValue())) {
				addKnown(knows, text.generalSynonyms(compound.getKey()), words, synonyms);
			}
		}
		return synonyms;
	}

	/**
	 * Adds the synonyms whose terms all occur in the knowledge and that are neither one of the question's words nor
	 * words that name no topic (違い's synonym 違う would match every entry that says 違います).
	 */
	private static void addKnown(Analysed.Known knows, List<List<String>> candidates, Set<String> words,
			Set<List<String>> synonyms) throws IOException {
		for (List<String> synonym : candidates) {
			boolean oneWord = synonym.size() == 1;
			if (!(oneWord && (words.contains(synonym.get(0)) || NO_TOPIC.contains(synonym.get(0))))
					&& allKnown(knows, synonym)) {
				synonyms.add(synonym);
			}
		}
	}

	private static boolean allKnown(Analysed.Known knows, List<String> terms) throws IOException {
		for (String term : terms) {
			if (!knows.test(term)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The share of its weight a fallback field keeps: all of it when the word fields know none of the question's words,
	 * and at least {@code min(1, sqrt(SMALL_INDEX / entries))} when they know them all.
	 */
	static double fallbackShare(double unknownShare, int entries) {
		double floor = smallIndexShare(entries);
		return floor + (1 - floor) * unknownShare;
	}

	/**
	 * 1 up to {@link #SMALL_INDEX} entries, then sqrt(SMALL_INDEX / entries): the share an unweighted signal (reading
	 * bigrams, coverage) keeps in a larger index, where many entries share it.
	 */
	static double smallIndexShare(int entries) {
		return Math.min(1, Math.sqrt(SMALL_INDEX / Math.max(1, entries)));
	}

	/** Whether any entry's words contain {@code word} (a term of the word fields). */
	boolean knows(String word) {
		try {
			return knownAnywhere(index.searcher().getIndexReader(), word);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean knownAnywhere(IndexReader reader, String word) throws IOException {
		for (String field : WORD_FIELDS) {
			if (reader.docFreq(new Term(field, word)) > 0) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The best hits among the doc ids in {@code visible} (null: all); {@code withMatched} also measures each hit's
	 * share of the words. With a coverage weight the first {@link #RERANK_DEPTH} hits are re-ordered by score over
	 * ceiling plus that weight times their share of the question's words (see {@link #coverageWeight}).
	 * <p>
	 * The question's disjunction is scored completely (no top-score skipping) and the audience is checked per hit
	 * while collecting: Lucene then scores the disjunction in bulk, which measured two to three times faster than a
	 * filtered query on the real knowledge and faster on 10,000 entries too, with the same hits and scores.
	 */
	Result search(Prepared prepared, Bits visible, int limit, boolean withMatched) {
		boolean rerank = coverageWeight > 0 && prepared.ceiling() > 0;
		try {
			int wanted = Math.max(1, rerank ? Math.max(limit, RERANK_DEPTH) : limit);
			ScoreDoc[] docs = index.searcher().search(prepared.query(), new VisibleHits(wanted, visible)).scoreDocs;
			int measured = withMatched ? docs.length : rerank ? Math.min(docs.length, RERANK_DEPTH) : 0;
			double[] matched = matched(prepared.words(), Arrays.copyOf(docs, measured));
			List<Hit> hits = new ArrayList<>();
			for (int i = 0; i < docs.length; i++) {
				hits.add(new Hit(index.entries().get(docs[i].doc), docs[i].score, i < measured ? matched[i] : 0));
			}
			if (rerank) {
				int head = Math.min(hits.size(), RERANK_DEPTH);
				hits.subList(0, head).sort(Comparator.comparingDouble(
						(Hit hit) -> hit.score() / prepared.ceiling() + coverageWeight * hit.matched()).reversed());
			}
			return new Result(hits.subList(0, Math.min(hits.size(), Math.max(1, limit))), prepared.ceiling(),
					prepared.known());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Per hit, the share of the question's words present in its word fields. One postings walk per word and field
	 * serves all hits (in doc id order), instead of one terms-dictionary seek per hit.
	 */
	private double[] matched(Set<String> words, ScoreDoc[] docs) throws IOException {
		double[] matched = new double[docs.length];
		if (words.isEmpty() || docs.length == 0) {
			return matched;
		}
		Integer[] order = new Integer[docs.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt(i -> docs[i].doc));
		for (String word : words) {
			boolean[] found = new boolean[docs.length];
			for (String field : WORD_FIELDS) {
				mark(new Term(field, word), docs, order, found);
			}
			for (int i = 0; i < found.length; i++) {
				matched[i] += found[i] ? 1.0 / words.size() : 0;
			}
		}
		return matched;
	}

	private void mark(Term term, ScoreDoc[] docs, Integer[] order, boolean[] found) throws IOException {
		for (LeafReaderContext leaf : index.searcher().getIndexReader().leaves()) {
			PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
			for (int i = 0; postings != null && i < order.length; i++) {
				int doc = docs[order[i]].doc - leaf.docBase;
				if (doc >= 0 && doc < leaf.reader().maxDoc() && postings.docID() <= doc
						&& (postings.docID() == doc || postings.advance(doc) == doc)) {
					found[order[i]] = true;
				}
			}
		}
	}

	/** The best hits by score, ties by doc id, skipping doc ids not in {@code visible} (null: none skipped). */
	private static final class VisibleHits implements CollectorManager<Collector, TopDocs> {

		private final TopScoreDocCollectorManager top;
		private final Bits visible;
		private final List<TopScoreDocCollector> collectors = new CopyOnWriteArrayList<>();

		VisibleHits(int wanted, Bits visible) {
			// Counting every hit makes the score mode COMPLETE, which lets a disjunction be scored in bulk.
			this.top = new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE);
			this.visible = visible;
		}

		@Override
		public Collector newCollector() throws IOException {
			TopScoreDocCollector collector = top.newCollector();
			collectors.add(collector);
			if (visible == null) {
				return collector;
			}
			return new FilterCollector(collector) {

				@Override
				public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
					int base = context.docBase;
					return new FilterLeafCollector(super.getLeafCollector(context)) {

						@Override
						public void collect(int doc) throws IOException {
							if (visible.get(base + doc)) {
								in.collect(doc);
							}
						}
					};
				}
			};
		}

		@Override
		public TopDocs reduce(Collection<Collector> ignored) throws IOException {
			return top.reduce(collectors);
		}
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
	 * @param topicalWords how many of the question's words name a topic (see {@link #NO_TOPIC})
	 */
	record Prepared(Query query, double ceiling, Set<String> words, double known, int topicalWords) {
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
