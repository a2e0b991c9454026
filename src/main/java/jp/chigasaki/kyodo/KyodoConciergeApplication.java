package jp.chigasaki.kyodo;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import jp.chigasaki.kyodo.cli.Cli;

/**
 * The entry point: {@code serve} (or a chosen profile) starts the webhook service; a command word ({@code ask},
 * {@code eval}, {@code validate}, {@code hash-password}) runs that command; nothing or {@code --help} prints the
 * usage instead of starting a server that could not do anything useful.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KyodoConciergeApplication {

	public static void main(String[] args) {
		String profiles = System.getProperty("spring.profiles.active", System.getenv("SPRING_PROFILES_ACTIVE"));
		switch (Cli.launch(args, profiles)) {
			case SERVICE -> SpringApplication.run(KyodoConciergeApplication.class, Cli.serviceArguments(args));
			case COMMAND -> System.exit(Cli.run(args));
			case HELP -> Cli.printUsage(new PrintStream(System.out, true, StandardCharsets.UTF_8));
			case WRONG_USAGE -> {
				PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
				err.println("unknown command or option: " + args[0]);
				Cli.printUsage(err);
				System.exit(2);
			}
		}
	}
}
