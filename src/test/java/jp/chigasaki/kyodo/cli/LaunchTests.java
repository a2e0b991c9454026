package jp.chigasaki.kyodo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** What the jar does with its arguments: the service only when asked for, usage otherwise; hash-password. */
class LaunchTests {

	@Test
	void nothingOrHelpPrintsTheUsageInsteadOfStartingAServer() {
		assertThat(Cli.launch(new String[0], null)).isEqualTo(Cli.Launch.HELP);
		assertThat(Cli.launch(new String[] { "--help" }, null)).isEqualTo(Cli.Launch.HELP);
		assertThat(Cli.launch(new String[] { "-h" }, null)).isEqualTo(Cli.Launch.HELP);
		assertThat(Cli.launch(new String[] { "--server.port=9000" }, null)).isEqualTo(Cli.Launch.WRONG_USAGE);
		assertThat(Cli.launch(new String[] { "start" }, null)).isEqualTo(Cli.Launch.WRONG_USAGE);
	}

	@Test
	void serveOrAChosenProfileStartsTheService() {
		assertThat(Cli.launch(new String[] { "serve" }, null)).isEqualTo(Cli.Launch.SERVICE);
		assertThat(Cli.launch(new String[] { "--spring.profiles.active=local", "--server.port=0" }, null))
			.isEqualTo(Cli.Launch.SERVICE);
		assertThat(Cli.launch(new String[0], "prod")).isEqualTo(Cli.Launch.SERVICE);
		assertThat(Cli.serviceArguments(new String[] { "serve", "--server.port=0" })).containsExactly("--server.port=0");
		assertThat(Cli.serviceArguments(new String[] { "--spring.profiles.active=local" }))
			.containsExactly("--spring.profiles.active=local");
	}

	@Test
	void commandWordsRunTheCommand() {
		for (String word : List.of("ask", "eval", "validate", "hash-password")) {
			assertThat(Cli.launch(new String[] { word }, "local")).isEqualTo(Cli.Launch.COMMAND);
		}
	}

	@Test
	void theUsageNamesEveryCommandAndTheProfiles() {
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		Cli.printUsage(new PrintStream(text, true, StandardCharsets.UTF_8));

		assertThat(text.toString(StandardCharsets.UTF_8)).contains("serve [--spring.profiles.active=PROFILE]")
			.contains("local ")
			.contains("prod ")
			.contains("validate [--faq DIR]")
			.contains("ask [--json]")
			.contains("eval --beir DIR")
			.contains("hash-password");
	}

	@Test
	void hashPasswordPrintsABcryptHashThatMatchesThePassword() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = Cli.run(List.of("hash-password", "--strength", "4"),
				new ByteArrayInputStream("correct horse battery\n".getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));

		String hash = out.toString(StandardCharsets.UTF_8).strip();
		assertThat(code).isZero();
		assertThat(hash).startsWith("{bcrypt}$2a$04$").doesNotContain("correct horse");
		assertThat(new BCryptPasswordEncoder().matches("correct horse battery", hash.substring("{bcrypt}".length())))
			.isTrue();
	}

	@Test
	void hashPasswordRefusesAPasswordOnTheCommandLineAndAShortOne() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
		PrintStream out = new PrintStream(new ByteArrayOutputStream());

		assertThat(Cli.run(List.of("hash-password", "secret"), new ByteArrayInputStream(new byte[0]), out, errors))
			.isEqualTo(2);
		assertThat(Cli.run(List.of("hash-password"), new ByteArrayInputStream("short\n".getBytes()), out, errors))
			.isEqualTo(1);
		assertThat(Cli.run(List.of("hash-password"), new ByteArrayInputStream(new byte[0]), out, errors)).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("read from stdin, not from the command line")
			.contains("at least 8 characters")
			.contains("no password on stdin");
	}
}
