package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

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

	private final Supplier<Settings> settings;

	/** With the knowledge folders of this process's settings ({@link Settings#ofProcess}). */
	ValidateCommand() {
		this(Settings::ofProcess);
	}

	ValidateCommand(Supplier<Settings> settings) {
		this.settings = settings;
	}

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--faq", "--intents", "--richmenu", "--review-days", "--today"));
		KnowledgeProperties where;
		try {
			where = settings.get().knowledge();
		}
		catch (IllegalArgumentException ex) {
			err.println("validate: " + ex.getMessage());
			return 1;
		}
		Path faq = Path.of(line.option("--faq", where.faqDir().toString()));
		Path intents = Path.of(line.option("--intents", where.intentsDir().toString()));
		int reviewDays = reviewDays(line, where.reviewDays());
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
		return reviewDays(line, KnowledgeProperties.DEFAULT_REVIEW_DAYS);
	}

	/** {@code --review-days}, or {@code configured} (the service's {@code kyodo.knowledge.review-days}). */
	static int reviewDays(CommandLine line, int configured) {
		String value = line.option("--review-days", String.valueOf(configured));
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
