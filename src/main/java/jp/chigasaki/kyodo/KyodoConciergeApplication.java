package jp.chigasaki.kyodo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import jp.chigasaki.kyodo.cli.Cli;

/** The webhook service; with a command word first ({@code ask}, {@code eval}, {@code validate}) a command instead. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KyodoConciergeApplication {

	public static void main(String[] args) {
		if (args.length > 0 && Cli.handles(args[0])) {
			System.exit(Cli.run(args));
		}
		SpringApplication.run(KyodoConciergeApplication.class, args);
	}
}
