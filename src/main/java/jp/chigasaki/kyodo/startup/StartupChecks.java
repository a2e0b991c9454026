package jp.chigasaki.kyodo.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import jp.chigasaki.kyodo.knowledge.KnowledgeBase;
import jp.chigasaki.kyodo.localredis.LocalRedisProperties;
import jp.chigasaki.kyodo.localredis.LocalRedisServer;

/**
 * Runs once the configuration is read and before any bean exists, so that a refusal comes before the local
 * redis-server or the web server start. Each refusal is a {@link StartupRefusedException} or the knowledge's own
 * {@code KnowledgeException}, both reported by {@link StartupFailureAnalyzer}. The port is checked by
 * {@link PortCheck} once it is known that a web server will start.
 */
public final class StartupChecks implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Binder binder = Binder.get(environment);
		if (environment.matchesProfiles("prod")) {
			production(binder, environment);
		}
		if (LocalRedisProperties.startsLocalRedis(environment)) {
			secondInstance(binder, environment);
		}
		holidayCalendar(binder);
		KnowledgeBase.load(binder.bind("kyodo.knowledge.faq-dir", Path.class).orElse(Path.of("faq")),
				binder.bind("kyodo.knowledge.intents-dir", Path.class).orElse(Path.of("intents")));
	}

	private static void production(Binder binder, ConfigurableEnvironment environment) {
		List<String> problems = new ArrayList<>();
		if (binder.bind("kyodo.line.channel-secret", String.class).orElse("").isBlank()) {
			problems.add("The LINE channel secret is not set (LINE_CHANNEL_SECRET or kyodo.line.channel-secret).");
		}
		if (binder.bind("kyodo.line.channel-token", String.class).orElse("").isBlank()) {
			problems.add("The LINE channel access token is not set (LINE_CHANNEL_TOKEN or kyodo.line.channel-token).");
		}
		if (!binder.bind("kyodo.line.signature-check", Boolean.class).orElse(true)) {
			problems.add("kyodo.line.signature-check is false: webhooks would not be verified.");
		}
		if (!LocalRedisProperties.externalRedisConfigured(environment)) {
			problems.add("No Redis is configured (SPRING_DATA_REDIS_URL or spring.data.redis.*). In production all "
					+ "instances must share one Redis; the service never starts its own there.");
		}
		if (!problems.isEmpty()) {
			throw new StartupRefusedException("The prod profile refuses to start:", problems,
					"Set the missing values in the environment, for example: SPRING_PROFILES_ACTIVE=prod "
							+ "LINE_CHANNEL_SECRET=… LINE_CHANNEL_TOKEN=… SPRING_DATA_REDIS_URL=redis://host:6379 "
							+ "java -jar kyodo-concierge.jar serve (README: Connecting a real LINE channel and a real Redis).");
		}
	}

	private static void secondInstance(Binder binder, ConfigurableEnvironment environment) {
		Path dataDir = binder.bind("kyodo.local-redis.data-dir", Path.class).orElse(Path.of("data/redis"));
		Optional<Long> other = LocalRedisServer.serviceUsing(dataDir);
		if (other.isPresent()) {
			String port = environment.getProperty("server.port", "8080");
			throw new StartupRefusedException(List.of("Another kyodo-concierge (pid " + other.get()
					+ ") is already running with the local Redis data directory " + dataDir.toAbsolutePath() + "."),
					"Use the running one, or stop it first (Ctrl+C in its terminal, or kill " + other.get()
							+ "). To run a second one beside it, give it its own data directory and port: "
							+ "--kyodo.local-redis.data-dir=data/redis-2 --server.port="
							+ ("0".equals(port) ? "8081" : Integer.toString(Integer.parseInt(port) + 1)));
		}
	}

	/**
	 * The business hours (due times shown to members) need the holiday calendar; its content is checked, with file and
	 * line, when the escalation feature loads it. The default is the one of {@code kyodo.escalation.calendar-file}.
	 */
	private static void holidayCalendar(Binder binder) {
		Path file = binder.bind("kyodo.escalation.calendar-file", Path.class).orElse(Path.of("calendar/holidays-jp.yaml"));
		if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
			throw new StartupRefusedException(List.of("The holiday calendar " + file.toAbsolutePath() + " does not exist "
					+ "or cannot be read."), "Start the service in the folder that holds calendar/ (as released), or set "
							+ "kyodo.escalation.calendar-file to the calendar's path (calendar/README.md describes it).");
		}
	}

	/** After the config files and the local profile's preparation, so that every property is seen. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
