package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EvalCommandTests {

	private static final String BEIR = "src/test/resources/matching/beir";
	private static final String INTENTS = "src/test/resources/matching/intents";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void beirJsonLastLineHasExactlyTheContractKeysAndHandComputedValues() {
		// q1 finds d1 (grade 2) first; q2 finds d2 (grade 1) first but never d5 (grade 2, no shared words);
		// q3's only relevant document shares nothing with it; q9 is judged nowhere and not counted.
		assertThat(run("eval", "--beir", BEIR, "--json")).isZero();

		JsonNode json = lastLine();
		assertThat(fieldNames(json)).containsExactly("queries", "SR@1", "SR@5", "P@5", "MAP", "MRR", "nDCG@10",
				"Recall@10", "latencyP50Ms", "latencyP99Ms");
		double ndcgQ2 = 1 / (2 + 1 / (Math.log(3) / Math.log(2)));
		assertThat(json.get("queries").asInt()).isEqualTo(3);
		assertThat(json.get("SR@1").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(json.get("SR@5").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(json.get("P@5").asDouble()).isCloseTo(0.4 / 3, within(1e-9));
		assertThat(json.get("MAP").asDouble()).isCloseTo(1.5 / 3, within(1e-9));
		assertThat(json.get("MRR").asDouble()).isCloseTo(2 / 3.0, within(1e-9));
		assertThat(json.get("nDCG@10").asDouble()).isCloseTo((1 + ndcgQ2) / 3, within(1e-9));
		assertThat(json.get("Recall@10").asDouble()).isCloseTo(1.5 / 3, within(1e-9));
		assertThat(json.get("latencyP99Ms").asDouble()).isGreaterThanOrEqualTo(json.get("latencyP50Ms").asDouble());
	}

	@Test
	void minGradeTwoCountsOnlyHighlyRelevantDocuments() {
		assertThat(run("eval", "--beir", BEIR, "--json", "--min-grade", "2")).isZero();

		JsonNode json = lastLine();
		assertThat(json.get("queries").asInt()).isEqualTo(2);
		assertThat(json.get("SR@1").asDouble()).isEqualTo(0.5);
		assertThat(json.get("nDCG@10").asDouble()).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void labelledSetPrintsAccuracyOutOfScopeAndBands() {
		assertThat(run("eval", "--json", "--intents", INTENTS, "src/test/resources/matching/labelled-sample.yaml"))
			.isZero();

		JsonNode json = lastLine();
		assertThat(fieldNames(json)).contains("questions", "top1", "top3", "outOfScope", "outOfScopeAnswered",
				"bandAnswer", "bandClarify", "bandLow", "latencyP50Ms", "latencyP99Ms", "replyAnsweredRight",
				"replyRightWithinOneTap", "replyClarify", "replyInScopeFallback", "replyConfidentWrong",
				"replyOutOfScopeAnswered");
		assertThat(json.get("replyRightWithinOneTap").asDouble())
			.isGreaterThanOrEqualTo(json.get("replyAnsweredRight").asDouble());
		assertThat(json.get("questions").asInt()).isEqualTo(48);
		assertThat(json.get("outOfScope").asInt()).isEqualTo(20);
		assertThat(json.get("top3").asDouble()).isGreaterThanOrEqualTo(json.get("top1").asDouble());
		assertThat(json.get("bandAnswer").asInt() + json.get("bandClarify").asInt() + json.get("bandLow").asInt())
			.isEqualTo(48);
	}

	@Test
	void aFollowUpIsAskedAfterTheMessagesBeforeItAndADepartmentsCardIsScoredByItsId(@TempDir Path dir)
			throws Exception {
		// The same short question, once after the message that named the department, once as a first message.
		Path file = dir.resolve("conversations.yaml");
		Files.writeString(file, """
				questions:
				  - q: その課の電話番号は？
				    expect: dept:kodomo-seisaku
				    before: [子ども食堂を始めたいんだけど、どこに相談すればいい？]
				  - q: その課の電話番号は？
				    expect: dept:kodomo-seisaku
				""");

		assertThat(run("eval", "--json", "--misses", file.toString())).isZero();

		assertThat(lastLine().get("replyAnsweredRight").asDouble()).isEqualTo(0.5);
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("reply miss line 2:")
			.contains("reply miss line 5: expected dept:kodomo-seisaku");
	}

	@Test
	void anUnknownDepartmentLabelIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("labelled.yaml");
		Files.writeString(file, "questions:\n  - q: 電話は？\n    expect: dept:no-such-department\n");

		assertThat(run("eval", file.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ":2: unknown expected id 'dept:no-such-department'");
	}

	@Test
	void unknownExpectedIdIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("labelled.yaml");
		Files.writeString(file, "questions:\n  - q: aaa\n    expect: greeting\n  - q: bbb\n    expect: sapocen-about\n"
				+ "    also: [no-such-entry]\n");

		assertThat(run("eval", "--intents", INTENTS, file.toString())).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains(file + ":4: unknown expected id 'no-such-entry'");
	}

	@Test
	void missingFileArgumentIsAUsageError() {
		assertThat(run("eval", "--json")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: eval");
	}

	private int run(String... args) {
		return Cli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private JsonNode lastLine() {
		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		return JsonMapper.shared().readTree(lines.get(lines.size() - 1));
	}

	private static List<String> fieldNames(JsonNode json) {
		List<String> names = new ArrayList<>();
		json.propertyNames().forEach(names::add);
		return names;
	}
}
