package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;
import jp.chigasaki.kyodo.matching.MatchingProperties.Analysis;

/**
 * Prints the ablation table for docs/benchmarks.md: every analysis choice switched off on its own, on the labelled dev
 * set, on our FAQ with every other phrasing held out as a query (synonyms and user dictionary in play), and on
 * BEIR-style sets (corpus only: no synonyms, phrasings or intents). Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) jp.chigasaki.kyodo.cli.AblationReport
 * faq intents eval/labelled-dev.yaml target/beir-own [more BEIR dirs]}
 */
public final class AblationReport {

	private AblationReport() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		LabelledSet dev = Path.of(args[2]).toFile().isFile() ? LabelledSet.load(Path.of(args[2])) : null;
		KnowledgeBase heldOut = HeldOutPhrasings.knowledge(base);
		System.out.print("| variant | dev top-1 | dev top-3 | dev OOS answered | held-out phrasings SR@1 | MRR |");
		for (int i = 3; i < args.length; i++) {
			System.out.print(" " + Path.of(args[i]).getFileName() + " SR@1 | MRR | nDCG@10 |");
		}
		System.out.println();
		for (Map.Entry<String, UnaryOperator<Analysis>> variant : variants().entrySet()) {
			MatchingProperties properties = MatchingProperties.defaults()
				.withAnalysis(variant.getValue().apply(Analysis.defaults()));
			StringBuilder row = new StringBuilder("| " + variant.getKey() + " |");
			if (dev != null) {
				Map<String, Object> r = EvalCommand.evaluate(MatchingEngine.create(base, properties), dev, null);
				row.append(cells(r, "top1", "top3", "outOfScopeAnswered"));
			}
			else {
				row.append(" – | – | – |");
			}
			row.append(cells(HeldOutPhrasings.rank(heldOut, base, properties), "SR@1", "MRR"));
			for (int i = 3; i < args.length; i++) {
				Map<String, Object> r = BeirEvaluation.run(BeirSet.load(Path.of(args[i])), properties, 1);
				row.append(cells(r, "SR@1", "MRR", "nDCG@10"));
			}
			System.out.println(row);
		}
	}

	private static String cells(Map<String, Object> result, String... names) {
		StringBuilder cells = new StringBuilder();
		for (String name : names) {
			cells.append(String.format(Locale.ROOT, " %.3f |", ((Number) result.get(name)).doubleValue()));
		}
		return cells.toString();
	}

	private static Map<String, UnaryOperator<Analysis>> variants() {
		Map<String, UnaryOperator<Analysis>> variants = new LinkedHashMap<>();
		variants.put("all on (default)", a -> a);
		variants.put("no NFKC", a -> new Analysis(false, a.synonyms(), a.userDictionary(), a.questionWeight(),
				a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no synonyms", a -> new Analysis(a.nfkc(), false, a.userDictionary(), a.questionWeight(),
				a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no user dictionary", a -> new Analysis(a.nfkc(), a.synonyms(), false, a.questionWeight(),
				a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no reading field", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(),
				a.questionWeight(), a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), 0, a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("with n-gram field (weight 0.8)", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(),
				a.questionWeight(), a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), 0.8, a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("with n-gram field (weight 0.3)", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(),
				a.questionWeight(), a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), 0.3, a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no romaji field", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(),
				a.questionWeight(), a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(),
				a.ngramWeight(), 0, a.coverageWeight(), a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no topics field", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(),
				a.questionWeight(), a.phrasingsWeight(), a.answerWeight(), 0, a.readingWeight(), a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("hand weights (q 3, phrasings 2, answer 1, topics 0.5, reading 1.5)", a -> new Analysis(a.nfkc(),
				a.synonyms(), a.userDictionary(), 3, 2, 1, 0.5, 1.5, a.ngramWeight(), a.romajiWeight(), a.coverageWeight(),
				a.kanaSpelling(), a.generalSynonymsWeight()));
		variants.put("no coverage re-ranking", a -> a.withCoverageWeight(0));
		variants.put("no kana spelling", a -> new Analysis(a.nfkc(), a.synonyms(), a.userDictionary(), a.questionWeight(),
				a.phrasingsWeight(), a.answerWeight(), a.topicsWeight(), a.readingWeight(), a.ngramWeight(), a.romajiWeight(),
				a.coverageWeight(), false, a.generalSynonymsWeight()));
		variants.put("no general synonyms", a -> a.withGeneralSynonymsWeight(0));
		variants.put("plain BM25 question+answer", a -> EvalCommand.plainBm25().analysis());
		return variants;
	}
}
