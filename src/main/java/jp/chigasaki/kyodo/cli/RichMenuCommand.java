package jp.chigasaki.kyodo.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.linecorp.bot.messaging.client.MessagingApiBlobClient;
import com.linecorp.bot.messaging.client.MessagingApiClient;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.knowledge.KnowledgeException;
import jp.chigasaki.kyodo.knowledge.KnowledgeProblem;
import jp.chigasaki.kyodo.richmenu.RichMenuDeployment;
import jp.chigasaki.kyodo.richmenu.RichMenus;

/**
 * {@code richmenu deploy [--dry-run]}: puts the menus of {@code richmenu/} on the LINE channel of
 * {@code LINE_CHANNEL_TOKEN} and links the staff menu to {@code KYODO_LINE_STAFF_USER_IDS} (the service's own
 * settings). With {@code --dry-run} it only reads the channel (or, without a token, assumes a channel without our
 * menus) and prints the plan.
 */
final class RichMenuCommand implements Cli.Command {

	private static final Pattern USER_ID = Pattern.compile("U[0-9a-f]{32}");
	private static final Set<String> VALUED = Set.of("--faq", "--intents", "--richmenu", "--font", "--api-base-url",
			"--api-data-url");

	private final UnaryOperator<String> environment;

	/** @param environment the process environment ({@code System::getenv}); tests pass their own */
	RichMenuCommand(UnaryOperator<String> environment) {
		this.environment = environment;
	}

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--dry-run", "--faq", "--intents", "--richmenu", "--font", "--api-base-url", "--api-data-url"));
		if (!line.positional(VALUED).equals(List.of("deploy"))) {
			throw new CommandLine.UsageException("the only subcommand is 'deploy'");
		}
		System.setProperty("java.awt.headless", "true");
		String token = environment.apply("LINE_CHANNEL_TOKEN");
		boolean dryRun = line.flag("--dry-run");
		if (!dryRun && (token == null || token.isBlank())) {
			throw new CommandLine.UsageException("set LINE_CHANNEL_TOKEN (the channel's long-lived access token)");
		}
		Set<String> staff = staffUserIds();
		try {
			RichMenus menus = RichMenus.load(Path.of(line.option("--richmenu", "richmenu")),
					KnowledgeBase.load(Path.of(line.option("--faq", "faq")), Path.of(line.option("--intents", "intents"))),
					font(line));
			return token == null || token.isBlank() ? offline(menus, staff, out)
					: online(deployment(line, token), menus, staff, dryRun, out);
		}
		catch (KnowledgeException ex) {
			ex.problems().stream().map(KnowledgeProblem::toString).forEach(out::println);
			err.println(ex.problems().size() + " problem(s) found");
			return 1;
		}
		catch (IllegalStateException ex) {
			err.println("richmenu: " + ex.getMessage());
			return 1;
		}
	}

	private static int offline(RichMenus menus, Set<String> staff, PrintStream out) {
		out.println("No LINE_CHANNEL_TOKEN: the plan assumes a channel without our menus. Nothing was changed.");
		print(RichMenuDeployment.planForEmptyChannel(menus, staff), out);
		return 0;
	}

	private static int online(RichMenuDeployment deployment, RichMenus menus, Set<String> staff, boolean dryRun,
			PrintStream out) {
		if (dryRun) {
			out.println("Dry run: the plan for this channel now. Nothing was changed.");
			print(deployment.plan(menus, staff), out);
			return 0;
		}
		deployment.deploy(menus, staff, step -> out.println("done: " + step));
		out.println("OK: the channel shows the rich menus of the files");
		return 0;
	}

	private Set<String> staffUserIds() {
		String value = environment.apply("KYODO_LINE_STAFF_USER_IDS");
		Set<String> ids = value == null ? Set.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
		if (!ids.stream().allMatch(id -> USER_ID.matcher(id).matches())) {
			throw new CommandLine.UsageException("KYODO_LINE_STAFF_USER_IDS must be LINE user ids (U + 32 hex digits), "
					+ "separated by commas");
		}
		return ids;
	}

	private Path font(CommandLine line) {
		String font = line.option("--font", environment.apply("KYODO_RICHMENU_FONT"));
		return font == null || font.isBlank() ? null : Path.of(font);
	}

	private RichMenuDeployment deployment(CommandLine line, String token) {
		URI api = URI.create(line.option("--api-base-url", "https://api.line.me/"));
		URI data = URI.create(line.option("--api-data-url", "https://api-data.line.me/"));
		// The SDK's default logger writes whole request bodies (user ids) and is therefore off.
		return new RichMenuDeployment(
				MessagingApiClient.builder(token).apiEndPoint(api).usingDefaultLogger(false).build(),
				MessagingApiBlobClient.builder(token).apiEndPoint(data).usingDefaultLogger(false).build());
	}

	private static void print(List<String> steps, PrintStream out) {
		for (int i = 0; i < steps.size(); i++) {
			out.println("  " + (i + 1) + ". " + steps.get(i));
		}
	}

	@Override
	public String usage() {
		return "richmenu deploy [--dry-run] [--richmenu DIR] [--font FILE] [--faq DIR] [--intents DIR] "
				+ "[--api-base-url URL] [--api-data-url URL]   (env: LINE_CHANNEL_TOKEN, KYODO_LINE_STAFF_USER_IDS)";
	}
}
