package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code validate} on the real files: stale items only warn, and the review period is the editor's choice. */
class ValidateCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void factsPastTheirFiscalYearAreWarningsAndKeepExitZero() {
		int exit = validate("--today", "2026-12-01", "--review-days", "36500");

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(exit).isZero();
		assertThat(lines).filteredOn(line -> line.contains(": warning: "))
			.isNotEmpty()
			.allSatisfy(line -> assertThat(line).contains("were valid until"));
		assertThat(lines).contains("faq/menu.yaml:" + lineOf("faq/menu.yaml", "- id: menu-hojo-start")
				+ ": warning: the facts of menu item 'menu-hojo-start' were valid"
				+ " until 2026-03-31: check them against the current year's source and update valid-until");
		assertThat(lines.get(lines.size() - 1)).startsWith("OK: ").endsWith(" warning(s)");
	}

	@Test
	void theReviewPeriodIsTheEditorsChoice() {
		assertThat(validate("--today", "2030-01-01", "--review-days", "30")).isZero();
		long overdue = out.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("was last reviewed")).count();
		out.reset();
		assertThat(validate("--today", "2030-01-01", "--review-days", "36500")).isZero();

		assertThat(overdue).isGreaterThan(150);
		assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("was last reviewed");
	}

	@Test
	void aBadReviewPeriodIsAUsageError() {
		assertThat(Cli.run(List.of("validate", "--review-days", "0"), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--review-days needs a positive number of days");
	}

	private int validate(String... args) {
		List<String> words = new ArrayList<>(List.of(args));
		return new ValidateCommand().run(new CommandLine(words), InputStream.nullInputStream(),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	/** The 1-based line of the first line of {@code file} containing {@code text} (the warning names it). */
	private static int lineOf(String file, String text) {
		try {
			List<String> all = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file));
			for (int i = 0; i < all.size(); i++) {
				if (all.get(i).contains(text)) {
					return i + 1;
				}
			}
			throw new AssertionError(text + " not in " + file);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
