package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.knowledge.FaqEntry;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.matching.SyntheticKnowledge;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a BEIR-style benchmark from our own {@code faq/}: each entry's question and answer form the corpus, its
 * phrasings (held out: the corpus never sees them) are the queries. Run:
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) jp.chigasaki.kyodo.cli.OwnBeirExport
 * faq intents target/beir-own [PADDING]}; with PADDING (for example 10000) the corpus also holds that many synthetic
 * entries built from the real ones' pieces ({@code SyntheticKnowledge}, the JMH benchmark's large knowledge), so the
 * same queries are ranked in a large index full of near-duplicate vocabulary.
 */
public final class OwnBeirExport {

	private OwnBeirExport() {
	}

	public static void main(String[] args) throws IOException {
		KnowledgeBase base = KnowledgeBase.load(Path.of(args[0]), Path.of(args[1]));
		Path out = Path.of(args[2]);
		int padding = args.length > 3 ? Integer.parseInt(args[3]) : 0;
		Files.createDirectories(out.resolve("qrels"));
		JsonMapper json = JsonMapper.shared();
		List<String> corpus = new ArrayList<>();
		List<String> queries = new ArrayList<>();
		List<String> qrels = new ArrayList<>(List.of("query-id\tcorpus-id\tscore"));
		for (FaqEntry faq : base.faqs()) {
			corpus.add(json.writeValueAsString(Map.of("_id", faq.id(), "title", faq.question(), "text", faq.answer())));
			for (int i = 0; i < faq.phrasings().size(); i++) {
				String queryId = faq.id() + "#" + i;
				queries.add(json.writeValueAsString(Map.of("_id", queryId, "text", faq.phrasings().get(i))));
				qrels.add(queryId + "\t" + faq.id() + "\t1");
			}
		}
		if (padding > 0) {
			for (FaqEntry faq : SyntheticKnowledge.of(base, padding, 42).faqs()) {
				corpus.add(json.writeValueAsString(Map.of("_id", faq.id(), "title", faq.question(), "text",
						faq.answer())));
			}
		}
		Files.write(out.resolve("corpus.jsonl"), corpus, StandardCharsets.UTF_8);
		Files.write(out.resolve("queries.jsonl"), queries, StandardCharsets.UTF_8);
		Files.write(out.resolve("qrels").resolve("test.tsv"), qrels, StandardCharsets.UTF_8);
	}
}
