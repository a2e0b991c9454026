package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark in BEIR layout: {@code corpus.jsonl} ({@code _id,title,text}), {@code queries.jsonl}
 * ({@code _id,text}) and {@code qrels/test.tsv} ({@code query-id corpus-id score}, with a header line).
 */
record BeirSet(List<Document> corpus, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

	static final String LAYOUT = """
			A BEIR directory holds three files:
			  corpus.jsonl    one JSON object per line: {"_id": "...", "title": "...", "text": "..."}
			  queries.jsonl   one JSON object per line: {"_id": "...", "text": "..."}
			  qrels/test.tsv  tab-separated, a header line "query-id<TAB>corpus-id<TAB>score", then one judgement per line""";

	private static final List<String> FILES = List.of("corpus.jsonl", "queries.jsonl", "qrels/test.tsv");

	record Document(String id, String title, String text) {
	}

	static BeirSet load(Path dir) throws IOException {
		requireLayout(dir);
		JsonMapper json = JsonMapper.shared();
		List<Document> corpus = new ArrayList<>();
		Path corpusFile = dir.resolve("corpus.jsonl");
		forEachLine(corpusFile, (node, number) -> corpus.add(new Document(id(node, corpusFile, number),
				node.path("title").asString(""), node.path("text").asString(""))), json);
		Map<String, String> queries = new LinkedHashMap<>();
		Path queriesFile = dir.resolve("queries.jsonl");
		forEachLine(queriesFile, (node, number) -> queries.put(id(node, queriesFile, number),
				node.path("text").asString("")), json);
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		Path qrelsFile = dir.resolve("qrels").resolve("test.tsv");
		List<String> rows = Files.readAllLines(qrelsFile, StandardCharsets.UTF_8);
		for (int i = 1; i < rows.size(); i++) {
			String[] cells = rows.get(i).split("\t");
			if (cells.length >= 3) {
				qrels.computeIfAbsent(cells[0].strip(), id -> new LinkedHashMap<>())
					.merge(cells[1].strip(), grade(cells[2], qrelsFile, i + 1), Math::max);
			}
		}
		return new BeirSet(corpus, queries, qrels);
	}

	/** Names every missing part at once, with the layout, instead of failing on the first missing file. */
	private static void requireLayout(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new IllegalArgumentException(dir + ": no such directory.\n" + LAYOUT);
		}
		List<String> missing = FILES.stream().filter(file -> !Files.isRegularFile(dir.resolve(file))).toList();
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException(
					dir + " is not a complete BEIR benchmark: missing " + String.join(", ", missing) + ".\n" + LAYOUT);
		}
	}

	private interface LineConsumer {

		void accept(JsonNode node, int number);
	}

	private static void forEachLine(Path file, LineConsumer consumer, JsonMapper json) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			try {
				consumer.accept(json.readTree(lines.get(i)), i + 1);
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a JSON object (" + ex.getOriginalMessage()
						+ ")");
			}
		}
	}

	private static String id(JsonNode node, Path file, int number) {
		String id = node.path("_id").asString("");
		if (id.isBlank()) {
			throw new IllegalArgumentException(file + ":" + number + ": no \"_id\"");
		}
		return id;
	}

	private static int grade(String cell, Path file, int number) {
		try {
			return Integer.parseInt(cell.strip());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(file + ":" + number + ": the score '" + cell.strip() + "' is not a whole number");
		}
	}
}
