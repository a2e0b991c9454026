package jp.chigasaki.kyodo.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.Intent;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.MenuItem;

/**
 * A naive Bayes classifier of the question's kind: one class per intent, trained on its example utterances, and one
 * class {@link #FAQ} trained on the FAQ questions, phrasings and menu items. Features are the question's words and
 * its reading bigrams (so kana-only and typo'd greetings still count), each counted once per text. Uniform priors:
 * the FAQ class has many more texts, and that must not drown short intents.
 */
final class IntentModel {

	static final String FAQ = "";
	/** Additive smoothing; small, because most features of a short utterance are rare (chosen on intent CV). */
	private static final double SMOOTHING = 0.1;

	private final Analysis analysis;
	private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
	private final Map<String, Integer> totals = new HashMap<>();
	private final Set<String> vocabulary = new HashSet<>();
	private final Map<Set<String>, String> examples = new HashMap<>();
	/** Examples by their letters alone: 「ども」 has no word the analyzer keeps, but is still said in so many words. */
	private final Map<String, String> surfaces = new HashMap<>();

	IntentModel(KnowledgeBase base, Analysis analysis) {
		this.analysis = analysis;
		for (Intent intent : base.intents()) {
			for (String example : intent.examples()) {
				learn(intent.id(), example);
				examples.putIfAbsent(words(new Analysed(analysis, example)), intent.id());
				surfaces.putIfAbsent(surface(example), intent.id());
			}
		}
		if (counts.isEmpty()) {
			return;
		}
		for (FaqEntry faq : base.faqs()) {
			learn(FAQ, faq.question());
			faq.phrasings().forEach(phrasing -> learn(FAQ, phrasing));
		}
		for (MenuItem item : base.menu()) {
			learn(FAQ, item.name());
			item.phrasings().forEach(phrasing -> learn(FAQ, phrasing));
		}
	}

	/** Posterior probability of each class (intent ids, and {@link #FAQ}); empty when there are no intents. */
	Map<String, Double> posteriors(Analysed text) {
		Map<String, Double> posteriors = new LinkedHashMap<>();
		if (counts.isEmpty()) {
			return posteriors;
		}
		List<String> known = new ArrayList<>();
		for (String feature : features(text)) {
			if (vocabulary.contains(feature)) {
				known.add(feature);
			}
		}
		double max = Double.NEGATIVE_INFINITY;
		for (Map.Entry<String, Map<String, Integer>> klass : counts.entrySet()) {
			double denominator = Math.log(totals.get(klass.getKey()) + SMOOTHING * vocabulary.size());
			double logLikelihood = 0;
			for (String feature : known) {
				logLikelihood += Math.log(klass.getValue().getOrDefault(feature, 0) + SMOOTHING) - denominator;
			}
			posteriors.put(klass.getKey(), logLikelihood);
			max = Math.max(max, logLikelihood);
		}
		double sum = 0;
		for (Map.Entry<String, Double> posterior : posteriors.entrySet()) {
			posterior.setValue(Math.exp(posterior.getValue() - max));
			sum += posterior.getValue();
		}
		for (Map.Entry<String, Double> posterior : posteriors.entrySet()) {
			posterior.setValue(posterior.getValue() / sum);
		}
		return posteriors;
	}

	/**
	 * Whether the question does not say {@code klass} in so many words: none of its words, and less than half of its
	 * reading bigrams, are typical of that class (in its texts and more frequent there than in the FAQ's: 活動 is in one
	 * greeting, 「はじめまして、市民活動をしている者です」, but far more common in questions). Such a greeting rests on a few
	 * sounds: 「防犯パトロールを始めたい」 shares only ハジ and ジメ with はじめまして, which in a class of a few dozen short
	 * texts outweigh everything else.
	 */
	boolean unsaid(Analysed text, String klass) {
		if (text.terms(Fields.QUESTION).stream().anyMatch(word -> typical("w:" + word, klass))) {
			return false;
		}
		List<String> bigrams = text.terms(Fields.READING).stream().distinct().toList();
		long heard = bigrams.stream().filter(bigram -> typical("r:" + bigram, klass)).count();
		return heard * 2 < bigrams.size();
	}

	/** Whether one of the question's words is in the out-of-scope examples and in no FAQ question or phrasing. */
	boolean foreign(Analysed text) {
		Map<String, Integer> outside = counts.getOrDefault(Intent.OUT_OF_SCOPE, Map.of());
		Map<String, Integer> faq = counts.getOrDefault(FAQ, Map.of());
		return text.terms(Fields.QUESTION).stream()
			.map(word -> "w:" + word)
			.anyMatch(word -> outside.containsKey(word) && !faq.containsKey(word));
	}

	/** Whether a feature is in a class's texts and more frequent there than in the FAQ's, as the model counts it. */
	private boolean typical(String feature, String klass) {
		Map<String, Integer> seen = counts.getOrDefault(klass, Map.of());
		return seen.containsKey(feature)
				&& share(seen, klass, feature) > share(counts.getOrDefault(FAQ, Map.of()), FAQ, feature);
	}

	/** How often a feature occurs in a class's texts, as the model counts it (smoothed, per feature counted). */
	private double share(Map<String, Integer> klassCounts, String klass, String feature) {
		return (klassCounts.getOrDefault(feature, 0) + SMOOTHING)
				/ (totals.getOrDefault(klass, 0) + SMOOTHING * vocabulary.size());
	}

	/** The intent whose example has exactly the question's words (メニュー, ありがとう), or null. */
	String exactExample(Analysed text) {
		Set<String> words = words(text);
		String exact = words.isEmpty() ? null : examples.get(words);
		return exact != null ? exact : surfaces.get(surface(text.text()));
	}

	/** The letters and digits of a text, NFKC and lower case. */
	private static String surface(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static Set<String> words(Analysed text) {
		return new HashSet<>(text.terms(Fields.QUESTION));
	}

	private void learn(String klass, String text) {
		Map<String, Integer> klassCounts = counts.computeIfAbsent(klass, k -> new HashMap<>());
		for (String feature : features(new Analysed(analysis, text))) {
			klassCounts.merge(feature, 1, Integer::sum);
			totals.merge(klass, 1, Integer::sum);
			vocabulary.add(feature);
		}
	}

	/** The words and reading bigrams of a text, each once: the features of this model and of {@link PhrasingModel}. */
	static Set<String> features(Analysed text) {
		Set<String> features = new LinkedHashSet<>();
		text.terms(Fields.QUESTION).forEach(word -> features.add("w:" + word));
		text.terms(Fields.READING).forEach(bigram -> features.add("r:" + bigram));
		return features;
	}
}
