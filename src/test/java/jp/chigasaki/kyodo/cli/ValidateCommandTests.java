package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code validate}: problems fail it, stale items only warn, and the review period is the editor's choice. */
class ValidateCommandTests {

	private static final String KNOWLEDGE = "src/test/resources/knowledge/valid/";

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void staleItemsAreWarningsAndKeepExitZero() {
		int exit = validate("--today", "2027-12-01", "--review-days", "180");

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(exit).isZero();
		assertThat(lines).filteredOn(line -> line.contains(": warning: ")).hasSize(4);
		assertThat(lines).contains("faq/basics.yaml:2: warning: entry 'kyodo-what' was last reviewed on 2026-11-29"
				+ " (367 days ago, more than 180): read it against its sources and update reviewed");
		assertThat(lines.get(lines.size() - 1)).startsWith("OK: 2 FAQ entries").endsWith("; 4 warning(s)");
	}

	@Test
	void aLongerReviewPeriodMeansNoWarnings() {
		assertThat(validate("--today", "2027-12-01", "--review-days", "400")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("warning").startsWith("OK: ");
	}

	@Test
	void aBadReviewPeriodIsAUsageError() {
		assertThat(Cli.run(List.of("validate", "--review-days", "0"), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--review-days needs a positive number of days");
	}

	private int validate(String... args) {
		List<String> words = new ArrayList<>(List.of("--faq", KNOWLEDGE + "faq", "--intents", KNOWLEDGE + "intents"));
		words.addAll(List.of(args));
		return new ValidateCommand().run(new CommandLine(words), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}
}
