package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.Freshness;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;
import jp.chigasaki.kyodo.richmenu.RichMenus;

/**
 * {@code validate [--faq DIR] [--intents DIR] [--richmenu DIR] [--review-days N] [--today YYYY-MM-DD]}: checks the
 * knowledge files and the rich menus; exit 1 with {@code file:line: message} lines. Stale items (past
 * {@code valid-until}, or not reviewed for N days, 365 by default) are printed as {@code file:line: warning: …} and
 * keep exit 0.
 */
final class ValidateCommand implements Cli.Command {

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--faq", "--intents", "--richmenu", "--review-days", "--today"));
		Path faq = Path.of(line.option("--faq", "faq"));
		Path intents = Path.of(line.option("--intents", "intents"));
		int reviewDays = reviewDays(line);
		LocalDate today = today(line);
		try {
			KnowledgeBase base = KnowledgeBase.load(faq, intents);
			String summary = base.summary() + richMenus(line, base);
			List<KnowledgeProblem> warnings = Freshness.warnings(base, today, reviewDays);
			warnings.forEach(w -> out.println(w.file() + ":" + w.line() + ": warning: " + w.message()));
			out.println("OK: " + summary + (warnings.isEmpty() ? "" : "; " + warnings.size() + " warning(s)"));
			return 0;
		}
		catch (KnowledgeException ex) {
			ex.problems().stream().map(KnowledgeProblem::toString).forEach(out::println);
			err.println(ex.problems().size() + " problem(s) found");
			return 1;
		}
	}

	/** The rich menus are checked when their folder exists, or always when {@code --richmenu} names one. */
	private static String richMenus(CommandLine line, KnowledgeBase base) {
		Path dir = Path.of(line.option("--richmenu", "richmenu"));
		if (line.option("--richmenu", null) == null && !Files.isDirectory(dir)) {
			return "";
		}
		return ", " + RichMenus.load(dir, base, null).summary();
	}

	static int reviewDays(CommandLine line) {
		String value = line.option("--review-days", String.valueOf(KnowledgeProperties.DEFAULT_REVIEW_DAYS));
		try {
			int days = Integer.parseInt(value);
			if (days > 0) {
				return days;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CommandLine.UsageException("--review-days needs a positive number of days, found '" + value + "'");
	}

	static LocalDate today(CommandLine line) {
		String value = line.option("--today", null);
		try {
			return value == null ? LocalDate.now() : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.UsageException("--today needs a date YYYY-MM-DD, found '" + value + "'");
		}
	}

	@Override
	public String usage() {
		return "validate [--faq DIR] [--intents DIR] [--richmenu DIR] [--review-days N] [--today YYYY-MM-DD]";
	}
}
