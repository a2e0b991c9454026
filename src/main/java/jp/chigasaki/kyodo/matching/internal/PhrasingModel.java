package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A third reading of a question: a multinomial logistic regression with one class per record (FAQ entry or menu
 * item), trained on each record's question and phrasings. The retrieval engine weighs the question's words by how rare
 * they are in the whole knowledge (BM25); this model learns which words tell one record's phrasings from the others'
 * and ignores the rest, so where it prefers the engine's own best candidate an uncertain best candidate was right far
 * more often than where it did not (docs/matching.md, seventeenth pass).
 *
 * <p>Features are those of the intent model: the question's words and its reading bigrams, each counted once, scaled
 * by one over the square root of their number. Training is deterministic (a fixed shuffle seed), so every instance
 * that loads the same knowledge has the same model; a knowledge seen before in this JVM reuses its model.
 *
 * <p>Trained only when {@code kyodo.matching.phrasing-model-threshold} is below the answer threshold; the default (1)
 * leaves it off, because the readers' agreement answered out-of-scope questions on blind test splits.
 */
final class PhrasingModel {

	/**
	 * Past this many records no model is trained: the weights are one number per feature and record (a 10,000-entry
	 * knowledge would need gigabytes), and a foreign FAQ has no phrasings to learn from.
	 */
	static final int MAX_RECORDS = 2_000;

	private static final int EPOCHS = 60;
	private static final float RATE = 0.5f;
	private static final double L2 = 1e-5;
	private static final long SEED = 20261203L;
	/** A class whose gradient is smaller than this is not updated for that example (most are, after a few epochs). */
	private static final double NEGLIGIBLE = 1e-6;

	/** Models by what they were trained on; a few knowledge snapshots (a reload) at most. */
	private static final Map<List<Object>, PhrasingModel> TRAINED = Collections
		.synchronizedMap(new LinkedHashMap<>(8, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<List<Object>, PhrasingModel> eldest) {
				return size() > 4;
			}
		});

	private final List<String> ids;
	private final Map<String, Integer> vocabulary;
	/** Feature-major: the weight of feature f for class k is at f × classes + k. */
	private final float[] weights;
	private final float[] bias;

	private PhrasingModel(List<String> ids, Map<String, Integer> vocabulary, float[] weights, float[] bias) {
		this.ids = ids;
		this.vocabulary = vocabulary;
		this.weights = weights;
		this.bias = bias;
	}

	/**
	 * The model of these records, or null when there are too many or none has a phrasing.
	 *
	 * @param analysisInputs what the analysis was built from (synonyms, user dictionary, options): a model trained
	 *        before is reused only when they are equal too, as they decide the features
	 */
	static PhrasingModel of(List<Entry> entries, Analysis analysis, List<?> analysisInputs) {
		if (entries.size() < 2 || entries.size() > MAX_RECORDS
				|| entries.stream().allMatch(entry -> entry.phrasings().isEmpty())) {
			return null;
		}
		List<List<String>> examples = new ArrayList<>();
		for (Entry entry : entries) {
			List<String> texts = new ArrayList<>();
			texts.add(entry.id());
			texts.add(entry.question());
			texts.addAll(entry.phrasings());
			examples.add(texts);
		}
		List<Object> key = List.of(examples, analysisInputs);
		PhrasingModel model = TRAINED.get(key);
		if (model == null) {
			model = train(examples, analysis);
			TRAINED.put(key, model);
		}
		return model;
	}

	private static PhrasingModel train(List<List<String>> examples, Analysis analysis) {
		List<String> ids = new ArrayList<>();
		Map<String, Integer> vocabulary = new HashMap<>();
		List<int[]> inputs = new ArrayList<>();
		List<Integer> classes = new ArrayList<>();
		for (List<String> example : examples) {
			int klass = ids.size();
			ids.add(example.get(0));
			for (String text : example.subList(1, example.size())) {
				List<Integer> features = new ArrayList<>();
				for (String feature : IntentModel.features(new Analysed(analysis, text))) {
					features.add(vocabulary.computeIfAbsent(feature, f -> vocabulary.size()));
				}
				inputs.add(features.stream().mapToInt(Integer::intValue).toArray());
				classes.add(klass);
			}
		}
		int count = ids.size();
		float[] weights = new float[vocabulary.size() * count];
		float[] bias = new float[count];
		Integer[] order = new Integer[inputs.size()];
		Arrays.setAll(order, i -> i);
		Random random = new Random(SEED);
		float decay = (float) (1 - RATE * L2 * inputs.size());
		double[] scores = new double[count];
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(Arrays.asList(order), random);
			for (int n : order) {
				int[] input = inputs.get(n);
				probabilities(weights, bias, input, scores);
				scores[classes.get(n)] -= 1;
				float step = RATE * scale(input);
				for (int k = 0; k < count; k++) {
					double gradient = scores[k];
					if (Math.abs(gradient) < NEGLIGIBLE) {
						continue;
					}
					bias[k] -= (float) (RATE * 0.1 * gradient);
					for (int feature : input) {
						weights[feature * count + k] -= (float) (step * gradient);
					}
				}
			}
			for (int i = 0; i < weights.length; i++) {
				weights[i] *= decay;
			}
		}
		return new PhrasingModel(List.copyOf(ids), Map.copyOf(vocabulary), weights, bias);
	}

	/** Whether the model's most probable record is {@code best} or its twin (the same topic). */
	boolean firstChoice(Analysed text, Entry best) {
		List<Integer> known = new ArrayList<>();
		for (String feature : IntentModel.features(text)) {
			Integer index = vocabulary.get(feature);
			if (index != null) {
				known.add(index);
			}
		}
		if (known.isEmpty()) {
			return false;
		}
		// The softmax keeps the order of the scores, so the most probable record is the best scored one.
		double[] scores = new double[ids.size()];
		scores(weights, bias, known.stream().mapToInt(Integer::intValue).toArray(), scores);
		int first = 0;
		for (int k = 1; k < scores.length; k++) {
			if (scores[k] > scores[first]) {
				first = k;
			}
		}
		return ids.get(first).equals(best.id()) || ids.get(first).equals(best.twin());
	}

	/** The classes' scores (before the softmax) for one input, into {@code scores}. */
	private static void scores(float[] weights, float[] bias, int[] input, double[] scores) {
		int count = bias.length;
		float scale = scale(input);
		for (int k = 0; k < count; k++) {
			scores[k] = bias[k];
		}
		for (int feature : input) {
			int offset = feature * count;
			for (int k = 0; k < count; k++) {
				scores[k] += weights[offset + k] * scale;
			}
		}
	}

	/** The softmax of the classes' scores for one input, into {@code scores}. */
	private static void probabilities(float[] weights, float[] bias, int[] input, double[] scores) {
		scores(weights, bias, input, scores);
		int count = bias.length;
		double max = Double.NEGATIVE_INFINITY;
		for (double score : scores) {
			max = Math.max(max, score);
		}
		double sum = 0;
		for (int k = 0; k < count; k++) {
			scores[k] = Math.exp(scores[k] - max);
			sum += scores[k];
		}
		for (int k = 0; k < count; k++) {
			scores[k] /= sum;
		}
	}

	private static float scale(int[] input) {
		return (float) (1 / Math.sqrt(Math.max(1, input.length)));
	}
}
