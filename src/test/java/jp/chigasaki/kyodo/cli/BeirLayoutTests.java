package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --beir DIR} on a directory that is not a complete benchmark says what is missing and the layout. */
class BeirLayoutTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void aMissingDirectoryIsNamedWithTheLayout(@TempDir Path temp) {
		Path dir = temp.resolve("no-such-benchmark");

		assertThat(run("eval", "--beir", dir.toString())).isEqualTo(1);
		assertThat(errors()).contains(dir + ": no such directory.")
			.contains("corpus.jsonl    one JSON object per line: {\"_id\"")
			.contains("qrels/test.tsv  tab-separated, a header line \"query-id<TAB>corpus-id<TAB>score\"");
	}

	@Test
	void everyMissingFileIsNamedAtOnce(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("queries.jsonl"), "{\"_id\":\"q1\",\"text\":\"協働とは\"}\n");

		assertThat(run("eval", "--beir", dir.toString())).isEqualTo(1);
		assertThat(errors()).contains(dir + " is not a complete BEIR benchmark: missing corpus.jsonl, qrels/test.tsv.")
			.contains("A BEIR directory holds three files:");
	}

	@Test
	void aBrokenLineIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\":\"d1\",\"title\":\"t\",\"text\":\"x\"}\n{broken\n");
		Files.writeString(dir.resolve("queries.jsonl"), "{\"text\":\"no id\"}\n");
		Files.createDirectories(dir.resolve("qrels"));
		Files.writeString(dir.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\t1\n");

		assertThat(run("eval", "--beir", dir.toString())).isEqualTo(1);
		assertThat(errors()).contains(dir.resolve("corpus.jsonl") + ":2: not a JSON object");
	}

	@Test
	void aLineWithoutAnIdIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
		Files.writeString(dir.resolve("corpus.jsonl"), "{\"_id\":\"d1\",\"title\":\"t\",\"text\":\"x\"}\n");
		Files.writeString(dir.resolve("queries.jsonl"), "\n{\"text\":\"no id\"}\n");
		Files.createDirectories(dir.resolve("qrels"));
		Files.writeString(dir.resolve("qrels/test.tsv"), "query-id\tcorpus-id\tscore\nq1\td1\tgood\n");

		assertThat(run("eval", "--beir", dir.toString())).isEqualTo(1);
		assertThat(errors()).contains(dir.resolve("queries.jsonl") + ":2: no \"_id\"");
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

	private int run(String... args) {
		return Cli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
