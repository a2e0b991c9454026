package jp.chigasaki.kyodo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password [--strength N]}: reads one password from stdin (never from the command line, which shells
 * keep in their history) and prints its BCrypt hash with Spring Security's encoder, as
 * {@code kyodo.console.accounts[i].password} takes it ({@code {bcrypt}$2a$…}).
 */
final class HashPasswordCommand implements Cli.Command {

	private static final int MIN_LENGTH = 8;

	@Override
	public int run(CommandLine line, InputStream in, PrintStream out, PrintStream err) {
		line.allow(Set.of("--strength"));
		if (!line.positional(Set.of("--strength")).isEmpty()) {
			throw new CommandLine.UsageException("the password is read from stdin, not from the command line");
		}
		int strength = strength(line.option("--strength", "12"));
		String password = readPassword(in);
		if (password == null || password.isBlank()) {
			err.println("hash-password: no password on stdin");
			return 1;
		}
		if (password.length() < MIN_LENGTH) {
			err.println("hash-password: the password must have at least " + MIN_LENGTH + " characters");
			return 1;
		}
		out.println("{bcrypt}" + new BCryptPasswordEncoder(strength).encode(password));
		return 0;
	}

	private static int strength(String text) {
		try {
			int strength = Integer.parseInt(text);
			if (strength >= 4 && strength <= 31) {
				return strength;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new CommandLine.UsageException("--strength must be a whole number from 4 to 31");
	}

	private static String readPassword(InputStream in) {
		if (in == System.in && System.console() != null) {
			char[] typed = System.console().readPassword("パスワード（表示されません）: ");
			return typed == null ? null : new String(typed);
		}
		try {
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public String usage() {
		return "hash-password [--strength N]   (reads the password from stdin or the terminal)";
	}
}
