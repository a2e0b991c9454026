package jp.chigasaki.kyodo.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;

/**
 * A second, independent reading of a question: a small sentence-embedding model (BGE small zh v1.5, int8, run by ONNX
 * Runtime inside the JVM) says which of the engine's candidates is nearest in meaning, by the candidates' questions
 * and phrasings. Its ranking alone is weaker than the engine's on Japanese questions (blind dev top-1 0.29–0.44
 * against 0.59–0.73), but where it prefers the engine's own best candidate, an uncertain best candidate was right
 * far more often than where it did not (docs/matching.md), so such a candidate may be answered.
 *
 * <p>Only the candidates of an uncertain question are compared, so the cost does not grow with the knowledge: one
 * embedding of the question (a few milliseconds) and a few dozen dot products. A text's vector is computed the first
 * time it is needed and kept (a text is the same vector in every knowledge snapshot), so nothing is embedded at start.
 */
final class SecondOpinion {

	/** BGE's instruction for a short query searched against other texts. */
	private static final String QUERY = "为这个句子生成表示以用于检索相关文章：";

	/**
	 * How much nearer in meaning the best candidate must be than every other candidate (cosine similarity). On the
	 * five blind dev splits the preferred best candidates in the uncertain band were right 0.87 of the time at no lead
	 * and 0.90 at 0.02.
	 */
	static final double LEAD = 0.02;

	/** Texts whose vectors are kept; past it the cache starts over (a very large foreign FAQ). */
	private static final int CACHED = 50_000;

	private static final Map<String, float[]> VECTORS = new ConcurrentHashMap<>();

	private static final Logger log = LoggerFactory.getLogger(SecondOpinion.class);

	private SecondOpinion() {
	}

	/**
	 * The second opinion with its model loaded (about a second, now rather than on the first uncertain question), or
	 * null when the model cannot run here (a native library that cannot be unpacked or loaded): the engine then
	 * decides without it, as with {@code agreement-threshold: 1}.
	 */
	static SecondOpinion load() {
		try {
			Model.INSTANCE.dimension();
			return new SecondOpinion();
		}
		catch (RuntimeException | LinkageError ex) {
			log.warn("Second opinion unavailable ({}): deciding without it", ex.getClass().getSimpleName());
			return null;
		}
	}

	/**
	 * Whether the first of {@code candidates} is nearer in meaning to {@code question} than the others; false when the
	 * model fails (the candidate is then offered in a clarify, as without a second opinion).
	 */
	boolean prefersFirst(String question, List<Entry> candidates) {
		if (candidates.isEmpty()) {
			return false;
		}
		try {
			return prefers(question, candidates);
		}
		catch (RuntimeException ex) {
			log.warn("Second opinion failed ({}): offering the candidates", ex.getClass().getSimpleName());
			return false;
		}
	}

	private boolean prefers(String question, List<Entry> candidates) {
		float[] query = Model.INSTANCE.embed(QUERY + question).content().vector();
		double first = similarity(query, candidates.get(0));
		for (int i = 1; i < candidates.size(); i++) {
			if (similarity(query, candidates.get(i)) > first - LEAD) {
				return false;
			}
		}
		return true;
	}

	/** The nearest of the entry's question and phrasings. */
	private static double similarity(float[] query, Entry entry) {
		double best = dot(query, vector(entry.title()));
		for (String phrasing : entry.phrasings()) {
			best = Math.max(best, dot(query, vector(phrasing)));
		}
		return best;
	}

	private static float[] vector(String text) {
		float[] vector = VECTORS.get(text);
		if (vector == null) {
			if (VECTORS.size() >= CACHED) {
				VECTORS.clear();
			}
			vector = Model.INSTANCE.embed(text).content().vector();
			VECTORS.put(text, vector);
		}
		return vector;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int k = 0; k < a.length; k++) {
			sum += a[k] * b[k];
		}
		return sum;
	}

	/** The model, loaded once per JVM (the ONNX file is 24 MB) and shared: ONNX Runtime sessions are thread-safe. */
	private static final class Model {

		static final EmbeddingModel INSTANCE = new BgeSmallZhV15QuantizedEmbeddingModel();
	}
}
