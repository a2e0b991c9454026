package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import jp.chigasaki.kyodo.exchange.FaqExport;
import jp.chigasaki.kyodo.exchange.FaqImport;
import jp.chigasaki.kyodo.exchange.FaqTableException;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/**
 * {@code import FILE [--encoding utf-8|shift_jis] [--out DIR] [--faq DIR] [--intents DIR] [--today YYYY-MM-DD]}:
 * a city FAQ table (CSV/TSV) to one new drafts file in DIR ({@code drafts/} by default), with what to fix listed as
 * {@code file:line: message}. Exit 0 when the drafts were written, 1 when nothing was written.
 */
final class ImportCommand implements Cli.Command {

	private static final Set<String> VALUED = Set.of("--encoding", "--out", "--faq", "--intents", "--today");

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(VALUED);
		List<String> files = line.positional(VALUED);
		if (files.size() != 1) {
			throw new CommandLine.UsageException("name one table file");
		}
		Charset charset = line.option("--encoding", null) == null ? null : charset(line.option("--encoding", null));
		LocalDate today = ValidateCommand.today(line);
		return refusing(err, () -> {
			FaqImport.Report report = FaqImport.run(Path.of(files.get(0)), charset, Path.of(line.option("--faq", "faq")),
					Path.of(line.option("--intents", "intents")), Path.of(line.option("--out", "drafts")), today);
			out.println("read " + files.get(0) + " as " + report.charset() + "; wrote " + report.written() + " with "
					+ report.ids().size() + " draft(s)");
			report.notes().forEach(out::println);
			report.problems().stream().map(KnowledgeProblem::toString).forEach(out::println);
			out.println(report.problems().size() + " validate problem(s) to fix before moving the file into faq/;"
					+ " add this source to faq/sources.yaml:");
			out.print(report.sourceItem());
			return 0;
		});
	}

	/** Runs the work; a table that cannot be read or written, or invalid knowledge files: the messages, exit 1. */
	static int refusing(PrintStream err, IntSupplier work) {
		try {
			return work.getAsInt();
		}
		catch (FaqTableException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (KnowledgeException ex) {
			ex.problems().stream().map(KnowledgeProblem::toString).forEach(err::println);
			err.println("the current knowledge files are invalid: fix them first (validate)");
			return 1;
		}
	}

	static Charset charset(String name) {
		try {
			return FaqExport.charset(name);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.UsageException(ex.getMessage());
		}
	}

	@Override
	public String usage() {
		return "import FILE [--encoding utf-8|shift_jis] [--out DIR] [--faq DIR] [--intents DIR] [--today YYYY-MM-DD]";
	}
}
