package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line tools. They start no Spring context, need no Redis and no LINE credentials, and keep stdout for
 * their results (logging goes to stderr at WARN). {@code serve} is the one word that starts the service instead;
 * the application's {@code main} decides that with {@link #launch(String[], String)}.
 */
public final class Cli {

	/** Starts the service: {@code serve [--spring.profiles.active=…] [--key=value …]}. */
	public static final String SERVE = "serve";

	private static final Map<String, Command> COMMANDS = commands();

	private Cli() {
	}

	private static Map<String, Command> commands() {
		Map<String, Command> commands = new LinkedHashMap<>();
		commands.put("validate", new ValidateCommand());
		commands.put("ask", new AskCommand());
		commands.put("eval", new EvalCommand());
		commands.put("hash-password", new HashPasswordCommand());
		commands.put("richmenu", new RichMenuCommand(System::getenv));
		commands.put("import", new ImportCommand());
		commands.put("export", new ExportCommand());
		return commands;
	}

	/** What {@code main} does with its arguments. */
	public enum Launch {
		/** start the Spring Boot service with the arguments after {@code serve} (or all of them) */
		SERVICE,
		/** run a command and exit with its code */
		COMMAND,
		/** print the usage and exit 0 */
		HELP,
		/** print the usage and exit 2 */
		WRONG_USAGE
	}

	/**
	 * {@code serve}, or only {@code --key=value} options with a profile chosen (on the command line, in
	 * {@code SPRING_PROFILES_ACTIVE} or {@code -Dspring.profiles.active}), start the service, so that
	 * {@code ./mvnw spring-boot:run -Dspring-boot.run.profiles=local} and a production unit with
	 * {@code SPRING_PROFILES_ACTIVE=prod} keep working; nothing or {@code --help} prints the usage.
	 */
	public static Launch launch(String[] args, String profilesFromEnvironment) {
		if (args.length == 0) {
			return profilesFromEnvironment == null || profilesFromEnvironment.isBlank() ? Launch.HELP : Launch.SERVICE;
		}
		String first = args[0];
		if (first.equals(SERVE)) {
			return Launch.SERVICE;
		}
		if (COMMANDS.containsKey(first)) {
			return Launch.COMMAND;
		}
		if (first.equals("--help") || first.equals("-h") || first.equals("help")) {
			return Launch.HELP;
		}
		boolean onlyOptions = Arrays.stream(args).allMatch(arg -> arg.startsWith("--") && arg.contains("="));
		boolean profile = Arrays.stream(args).anyMatch(arg -> arg.startsWith("--spring.profiles.active="))
				|| (profilesFromEnvironment != null && !profilesFromEnvironment.isBlank());
		return onlyOptions && profile ? Launch.SERVICE : Launch.WRONG_USAGE;
	}

	/** The arguments Spring Boot gets: without the word {@code serve}. */
	public static String[] serviceArguments(String[] args) {
		return args.length > 0 && args[0].equals(SERVE) ? Arrays.copyOfRange(args, 1, args.length) : args;
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

	/** Commands, the service and its profiles, for {@code --help} and for a wrong first word. */
	public static void printUsage(PrintStream out) {
		out.println("""
				協働コンシェルジュ (kyodo-concierge)

				usage: java -jar kyodo-concierge.jar COMMAND [OPTIONS]

				The service:
				  serve [--spring.profiles.active=PROFILE] [--key=value …]
				      starts the webhook service, the console and the API (also without 'serve' when a profile is set)
				      profiles: local  everything on this machine: its own redis-server (data/redis), a LINE stand-in,
				                       the emulator at /emulator, demo console accounts
				                prod   a real LINE channel (LINE_CHANNEL_SECRET, LINE_CHANNEL_TOKEN) and a configured
				                       Redis (SPRING_DATA_REDIS_URL); secure cookies, HSTS, metrics behind a token
				      neither          a real LINE channel; a local redis-server when no Redis is configured

				Commands (no server, no Redis, no LINE credentials; read faq/ and intents/ of the working directory, or
				the folders kyodo.knowledge.* names; ask and eval run the engine with the service's kyodo.matching.*
				and kyodo.dialogue.* settings from -D options, the environment and application*.yml):""");
		COMMANDS.values().forEach(command -> out.println("  " + command.usage()));
		out.println("""

				Examples:
				  java -jar kyodo-concierge.jar --spring.profiles.active=local
				  java -jar kyodo-concierge.jar validate
				  java -jar kyodo-concierge.jar ask --json "げんき基金はいくらまで？"
				Details: README.md""");
	}

	/** One command word and what it does; exit codes: 0 success, 1 the check failed, 2 wrong usage. */
	interface Command {

		int run(CommandLine line, InputStream in, PrintStream out, PrintStream err);

		String usage();
	}
}
