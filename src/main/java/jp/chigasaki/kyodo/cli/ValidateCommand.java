package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.richmenu.RichMenus;

/**
 * {@code validate [--faq DIR] [--intents DIR] [--richmenu DIR]}: checks the knowledge files and the rich menus; exit 1
 * with file:line messages.
 */
final class ValidateCommand implements Cli.Command {

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--faq", "--intents", "--richmenu"));
		Path faq = Path.of(line.option("--faq", "faq"));
		Path intents = Path.of(line.option("--intents", "intents"));
		try {
			KnowledgeBase base = KnowledgeBase.load(faq, intents);
			out.println("OK: " + base.summary() + richMenus(line, base));
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

	@Override
	public String usage() {
		return "validate [--faq DIR] [--intents DIR] [--richmenu DIR]";
	}
}
