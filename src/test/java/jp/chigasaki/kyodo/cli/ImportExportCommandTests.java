package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import} and {@code export} as an editor runs them: what they print, their exit codes, their refusals. */
class ImportExportCommandTests {

	@TempDir
	Path root;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void importPrintsWhatWasWrittenWhatToFixAndTheSourceToAdd() throws IOException {
		Path table = root.resolve("city.csv");
		Files.writeString(table, "質問,回答,担当課\n新しい質問ですか,はい。,市民自治推進課 協働推進担当\n");

		int exit = run("import", table.toString(), "--out", root.resolve("drafts").toString(), "--today", "2026-12-01");

		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
				"read " + table + " as UTF-8; wrote " + root.resolve("drafts/city.yaml") + " with 1 draft(s)",
				root.resolve("drafts/city.yaml") + ":7: 'phrasings' in an FAQ entry needs at least 3 item(s), found 1",
				"1 validate problem(s) to fix before moving the file into faq/; add this source to faq/sources.yaml:",
				"  - id: import-city", "    title: \"市のFAQ表 city.csv（2026-12-01 取り込み）\"");
	}

	@Test
	void exportWritesBothFilesAndRefusesAnUnknownEncoding() {
		Path csv = root.resolve("faq.csv");
		Path html = root.resolve("review.html");
		assertThat(run("export", "--csv", csv.toString(), "--html", html.toString())).isZero();
		assertThat(csv).isNotEmptyFile();
		assertThat(html).isNotEmptyFile();

		assertThat(run("export", "--csv", root.resolve("x.csv").toString(), "--encoding", "latin1")).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown encoding 'latin1' (utf-8 or shift_jis)");
		assertThat(run("export")).isEqualTo(2);
	}

	private int run(String... args) {
		return Cli.run(List.of(args), InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
