package jp.chigasaki.kyodo.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.chigasaki.kyodo.knowledge.Audience;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.internal.LuceneClassifier;

/**
 * The Lucene + Kuromoji classifier, usable with or without Spring. {@link #rebuild} builds a complete new index
 * before swapping it in with one reference write, so a question in flight finishes on the index it started with.
 */
public final class MatchingEngine implements QuestionClassifier {

	private static final Logger log = LoggerFactory.getLogger(MatchingEngine.class);

	private final MatchingProperties properties;
	private final AtomicReference<LuceneClassifier> current;

	private MatchingEngine(KnowledgeBase base, MatchingProperties properties) {
		this.properties = properties;
		this.current = new AtomicReference<>(LuceneClassifier.build(base, properties));
	}

	public static MatchingEngine create(KnowledgeBase base, MatchingProperties properties) {
		return new MatchingEngine(base, properties);
	}

	/** Builds the index of {@code base} and swaps it in; throws (leaving the old index) if building fails. */
	public void rebuild(KnowledgeBase base) {
		long start = System.nanoTime();
		current.set(LuceneClassifier.build(base, properties));
		log.info("Matching index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	@Override
	public Classification classify(String question, Audience audience) {
		try {
			return current.get().classify(question, audience == null ? Audience.MEMBER : audience);
		}
		catch (RuntimeException ex) {
			// Never let one odd message break a conversation: an empty LOW result makes the bot offer a human.
			log.warn("Classification failed ({}), answering LOW", ex.getClass().getSimpleName());
			return new Classification(null, 0, List.of(), 0, Band.LOW);
		}
	}

	@Override
	public String definitionAsked(String message) {
		try {
			return current.get().definitionAsked(message);
		}
		catch (RuntimeException ex) {
			log.warn("Reading a name failed ({}), asking the message as typed", ex.getClass().getSimpleName());
			return message;
		}
	}

	@Override
	public Optional<String> subject(String faqId) {
		try {
			return current.get().subject(faqId);
		}
		catch (RuntimeException ex) {
			log.warn("Reading an entry's subject failed ({})", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	@Override
	public Set<String> words(String text) {
		try {
			return current.get().words(text);
		}
		catch (RuntimeException ex) {
			log.warn("Reading a text's words failed ({})", ex.getClass().getSimpleName());
			return Set.of();
		}
	}

	/**
	 * The current analyzer chain of the FAQ's text fields (NFKC, Kuromoji with the user dictionary, synonyms), so
	 * that other features (match suggestions) analyse Japanese exactly as the FAQ search does. Thread-safe.
	 */
	public org.apache.lucene.analysis.Analyzer textAnalyzer() {
		return current.get().textAnalyzer();
	}

	/** All entries by retrieval score alone, best first, at most {@code limit}: for benchmark metrics. */
	public List<Candidate> rank(String question, int limit) {
		try {
			return current.get().rank(question, limit);
		}
		catch (RuntimeException ex) {
			log.warn("Ranking failed ({})", ex.getClass().getSimpleName());
			return List.of();
		}
	}

	/**
	 * Fits the calibration on labelled questions. A sample counts as right when the best candidate is one of its
	 * acceptable entries; out-of-scope samples (none acceptable) are never right.
	 */
	public MatchingProperties.Calibration fitCalibration(List<Sample> samples) {
		LuceneClassifier classifier = current.get();
		List<double[]> features = new ArrayList<>();
		List<Boolean> right = new ArrayList<>();
		for (Sample sample : samples) {
			LuceneClassifier.Evidence evidence = classifier.evidence(sample.question(), sample.audience());
			features.add(evidence.features());
			right.add(evidence.bestId() != null && sample.acceptable().contains(evidence.bestId()));
		}
		return LuceneClassifier.fit(features, right);
	}

	/**
	 * The project's Japanese analyzer of the current index (NFKC, Kuromoji base forms, stop words, synonyms), for
	 * features that index other Japanese text the same way (insights groups unanswered questions with it).
	 */
	public Analyzer analyzer() {
		return current.get().analyzer();
	}

	public MatchingProperties properties() {
		return properties;
	}

	/** A labelled question for calibration: the FAQ or menu ids that answer it, none when it is out of scope. */
	public record Sample(String question, Audience audience, List<String> acceptable) {

		public Sample {
			acceptable = List.copyOf(acceptable);
		}
	}
}
