package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.chigasaki.kyodo.matching.MatchingEngine;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The command-line tools. They start no Spring context, need no Redis and no LINE credentials, and keep stdout for
 * their results (logging goes to stderr at WARN).
 */
public final class Cli {

	private static final Map<String, Command> COMMANDS = Map.of("validate", new ValidateCommand(), "eval",
			new EvalCommand(), "ask", new AskCommand(base -> MatchingEngine.create(base, MatchingProperties.defaults())),
			"richmenu", new RichMenuCommand(System::getenv));

	private Cli() {
	}

	public static boolean handles(String word) {
		return COMMANDS.containsKey(word);
	}

	public static int run(String[] args) {
		System.setProperty("logback.configurationFile", "logback-cli.xml");
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return run(Arrays.asList(args), System.in, out, err);
	}

	static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
		Command command = COMMANDS.get(args.get(0));
		try {
			return command.run(new CommandLine(args.subList(1, args.size())), in, out, err);
		}
		catch (CommandLine.UsageException ex) {
			err.println(args.get(0) + ": " + ex.getMessage());
			err.println("usage: " + command.usage());
			return 2;
		}
	}

	/** One command word and what it does; exit codes: 0 success, 1 the check failed, 2 wrong usage. */
	interface Command {

		int run(CommandLine line, InputStream in, PrintStream out, PrintStream err);

		String usage();
	}
}
