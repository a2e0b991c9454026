package jp.chigasaki.kyodo.matching;

import java.nio.file.Files;
import java.nio.file.Path;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * The real {@code faq/} with the real {@code intents/} once they exist, otherwise the matching tests' own intent
 * examples; one engine built once and shared by the test classes (building takes seconds).
 */
final class RealKnowledge {

	static final KnowledgeBase BASE = KnowledgeBase.load(Path.of("faq"), intents());
	static final MatchingEngine ENGINE = MatchingEngine.create(BASE, MatchingProperties.defaults());

	private RealKnowledge() {
	}

	private static Path intents() {
		Path real = Path.of("intents");
		try (var files = Files.list(real)) {
			if (files.anyMatch(file -> file.toString().endsWith(".yaml"))) {
				return real;
			}
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return Path.of("src/test/resources/matching/intents");
	}
}
