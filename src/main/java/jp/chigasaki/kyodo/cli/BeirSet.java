package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark in BEIR layout: {@code corpus.jsonl} ({@code _id,title,text}), {@code queries.jsonl}
 * ({@code _id,text}) and {@code qrels/test.tsv} ({@code query-id corpus-id score}, with a header line).
 */
record BeirSet(List<Document> corpus, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

	record Document(String id, String title, String text) {
	}

	static BeirSet load(Path dir) throws IOException {
		JsonMapper json = JsonMapper.shared();
		List<Document> corpus = new ArrayList<>();
		for (String line : lines(dir.resolve("corpus.jsonl"))) {
			JsonNode node = json.readTree(line);
			corpus.add(new Document(node.path("_id").asString(), node.path("title").asString(""),
					node.path("text").asString("")));
		}
		Map<String, String> queries = new LinkedHashMap<>();
		for (String line : lines(dir.resolve("queries.jsonl"))) {
			JsonNode node = json.readTree(line);
			queries.put(node.path("_id").asString(), node.path("text").asString(""));
		}
		Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
		List<String> rows = lines(dir.resolve("qrels").resolve("test.tsv"));
		for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
			String[] cells = row.split("\t");
			if (cells.length >= 3) {
				qrels.computeIfAbsent(cells[0].strip(), id -> new LinkedHashMap<>())
					.merge(cells[1].strip(), Integer.parseInt(cells[2].strip()), Math::max);
			}
		}
		return new BeirSet(corpus, queries, qrels);
	}

	private static List<String> lines(Path file) throws IOException {
		return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
	}
}
