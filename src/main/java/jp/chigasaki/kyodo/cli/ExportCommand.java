package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;

import jp.chigasaki.kyodo.exchange.FaqExport;
import jp.chigasaki.kyodo.knowledge.KnowledgeBase;

/**
 * {@code export [--csv FILE] [--html FILE] [--encoding utf-8|shift_jis] [--faq DIR] [--intents DIR]
 * [--review-days N] [--today YYYY-MM-DD]}: the FAQ entries as a CSV table (which {@code import} reads back) and the
 * knowledge as a printable HTML review sheet; never overwrites a file.
 */
final class ExportCommand implements Cli.Command {

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--csv", "--html", "--encoding", "--faq", "--intents", "--review-days", "--today"));
		String csv = line.option("--csv", null);
		String html = line.option("--html", null);
		if (csv == null && html == null) {
			throw new CommandLine.UsageException("name --csv FILE, --html FILE or both");
		}
		var charset = ImportCommand.charset(line.option("--encoding", "utf-8"));
		int reviewDays = ValidateCommand.reviewDays(line);
		var today = ValidateCommand.today(line);
		return ImportCommand.refusing(err, () -> {
			KnowledgeBase base = KnowledgeBase.load(Path.of(line.option("--faq", "faq")),
					Path.of(line.option("--intents", "intents")));
			if (csv != null) {
				FaqExport.csv(base, Path.of(csv), charset);
				out.println("wrote " + csv + " (" + base.faqs().size() + " entries, "
						+ (charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS") + ")");
			}
			if (html != null) {
				FaqExport.html(base, Path.of(html), today, reviewDays);
				out.println("wrote " + html + " (review sheet, " + base.departments().size() + " departments)");
			}
			return 0;
		});
	}

	@Override
	public String usage() {
		return "export [--csv FILE] [--html FILE] [--encoding utf-8|shift_jis] [--faq DIR] [--intents DIR]"
				+ " [--review-days N] [--today YYYY-MM-DD]";
	}
}
