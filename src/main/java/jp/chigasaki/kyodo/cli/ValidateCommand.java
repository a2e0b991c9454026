package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Set;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;

/** {@code validate [--faq DIR] [--intents DIR]}: checks the knowledge files; exit 1 with file:line messages. */
final class ValidateCommand implements Cli.Command {

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--faq", "--intents"));
		Path faq = Path.of(line.option("--faq", "faq"));
		Path intents = Path.of(line.option("--intents", "intents"));
		try {
			KnowledgeBase base = KnowledgeBase.load(faq, intents);
			out.println("OK: " + base.summary());
			return 0;
		}
		catch (KnowledgeException ex) {
			ex.problems().stream().map(KnowledgeProblem::toString).forEach(out::println);
			err.println(ex.problems().size() + " problem(s) found");
			return 1;
		}
	}

	@Override
	public String usage() {
		return "validate [--faq DIR] [--intents DIR]";
	}
}
