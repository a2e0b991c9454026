package jp.chigasaki.kyodo.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jp.chigasaki.kyodo.dialogue.DialogueProperties;
import jp.chigasaki.kyodo.knowledge.KnowledgeProperties;
import jp.chigasaki.kyodo.matching.MatchingProperties;

/**
 * The service's own settings for the command-line tools: {@code kyodo.matching.*} (thresholds, calibration,
 * analysis), {@code kyodo.dialogue.*} and {@code kyodo.knowledge.*} (where {@code faq/} and {@code intents/} are),
 * read where the service reads them, with the service's precedence: system properties
 * ({@code java -Dkyodo.matching.answer-threshold=0.85 -jar …}), environment variables
 * ({@code KYODO_MATCHING_CALIBRATION_BIAS}), then the active profiles' {@code application-PROFILE.yml} and
 * {@code application.yml} in the jar ({@code spring.profiles.active} or {@code SPRING_PROFILES_ACTIVE}). So {@code ask}
 * and {@code eval} score the engine as it is configured, not only as it ships: a calibration refitted with
 * {@code eval --fit} and set in the environment is measured before a deploy. Values set outside the jar are checked
 * with the records' own constraints, as the service checks them at start.
 */
final class Settings {

	private static final String MATCHING = "kyodo.matching";
	private static final String DIALOGUE = "kyodo.dialogue";
	private static final String KNOWLEDGE = "kyodo.knowledge";

	/** The jar's {@code application.yml}: what it says is what ships, not a setting to name. */
	private static final String SHIPPED = "application.yml";

	private final Binder binder;
	/** The settings set outside the jar's application.yml, {@code name=value}, for {@link #announce}. */
	private final List<String> configured;
	/** The prefixes some source speaks of, and those set outside the jar (checked with the validator). */
	private final Set<String> written;
	private final Set<String> outside;
	/** Started on the first value to check, once (it takes about 0.7 s). */
	private ValidationBindHandler validation;

	private Settings(MutablePropertySources sources) {
		this.binder = new Binder(ConfigurationPropertySources.from(sources),
				new PropertySourcesPlaceholdersResolver(sources));
		this.configured = names(sources, false);
		this.written = prefixes(names(sources, true));
		this.outside = prefixes(configured);
	}

	/** The settings of this process: its system properties and environment, and the jar's application files. */
	static Settings ofProcess() {
		return of(System.getProperties(), System.getenv());
	}

	/** The settings the jar ships with: its {@code application.yml}, no profile, nothing from the process. */
	static Settings shipped() {
		return of(Map.of(), Map.of());
	}

	/**
	 * The settings from {@code systemProperties} and {@code environment} (their precedence, highest first), then the
	 * application files of the profiles they make active, then {@code application.yml}.
	 */
	static Settings of(Map<?, ?> systemProperties, Map<String, String> environment) {
		Map<String, Object> system = new LinkedHashMap<>();
		systemProperties.forEach((key, value) -> system.put(String.valueOf(key), value));
		MutablePropertySources sources = new MutablePropertySources();
		sources.addLast(new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, system));
		sources.addLast(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(environment)));
		Object profiles = system.getOrDefault("spring.profiles.active", environment.get("SPRING_PROFILES_ACTIVE"));
		List<String> active = profiles == null ? List.of()
				: Arrays.stream(String.valueOf(profiles).split(",")).map(String::strip).filter(p -> !p.isEmpty())
					.collect(Collectors.toCollection(ArrayList::new));
		// A later profile wins over an earlier one, as in the service.
		Collections.reverse(active);
		for (String profile : active) {
			yaml(new ClassPathResource("application-" + profile + ".yml")).forEach(sources::addLast);
		}
		yaml(new ClassPathResource("application.yml")).forEach(sources::addLast);
		return new Settings(sources);
	}

	private static List<PropertySource<?>> yaml(Resource resource) {
		if (!resource.exists()) {
			return List.of();
		}
		try {
			return new YamlPropertySourceLoader().load(resource.getFilename(), resource);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The engine's settings ({@code kyodo.matching}), the defaults where none is set. */
	MatchingProperties matching() {
		return bind(MATCHING, MatchingProperties.class, MatchingProperties.defaults());
	}

	/** The dialogue's settings ({@code kyodo.dialogue}), the defaults where none is set. */
	DialogueProperties dialogue() {
		return bind(DIALOGUE, DialogueProperties.class, DialogueProperties.defaults());
	}

	/** Where the knowledge is ({@code kyodo.knowledge}): the defaults of {@code --faq} and {@code --intents}. */
	KnowledgeProperties knowledge() {
		return bind(KNOWLEDGE, KnowledgeProperties.class, new KnowledgeProperties(Path.of("faq"), Path.of("intents")));
	}

	/**
	 * The three settings a command runs with, each bound once: a value out of its bounds is refused here
	 * ({@link IllegalArgumentException} naming the setting), before a command names the settings or prints anything.
	 */
	Bound bound() {
		return new Bound(matching(), dialogue(), knowledge());
	}

	/** The engine's, the dialogue's and the knowledge's settings, bound. */
	record Bound(MatchingProperties matching, DialogueProperties dialogue, KnowledgeProperties knowledge) {
	}

	/**
	 * The engine, dialogue and knowledge settings set outside the jar's {@code application.yml}, each
	 * {@code name=value} with the name as written where it is set (a system property
	 * {@code kyodo.matching.answer-threshold}, an environment variable {@code KYODO_MATCHING_ANSWERTHRESHOLD}), for a
	 * line on standard error: figures printed with them are not the shipped engine's.
	 */
	List<String> configured() {
		return configured;
	}

	/**
	 * A line on standard error naming the settings set outside the jar, when there are any: the figures that follow
	 * are not the shipped engine's.
	 */
	void announce(String command, PrintStream err) {
		if (!configured.isEmpty()) {
			err.println(command + ": with the settings " + String.join(", ", configured));
		}
	}

	private <T> T bind(String prefix, Class<T> type, T defaults) {
		if (!written.contains(prefix)) {
			return defaults;
		}
		try {
			// Only the jar's application.yml speaks of it: bound as the service binds it, its values checked when the
			// service's own tests start it.
			return (outside.contains(prefix) ? binder.bind(prefix, Bindable.of(type), validation())
					: binder.bind(prefix, Bindable.of(type))).orElse(defaults);
		}
		catch (BindException ex) {
			throw new IllegalArgumentException(problem(prefix, ex), ex);
		}
	}

	private ValidationBindHandler validation() {
		if (validation == null) {
			// Kept for the process (a command binds up to three prefixes); the tools exit when done.
			ValidatorFactory validators = Validation.buildDefaultValidatorFactory();
			validation = new ValidationBindHandler(new SpringValidatorAdapter(validators.getValidator()));
		}
		return validation;
	}

	/** 「kyodo.matching.answer-threshold: must be less than or equal to 1」 rather than the binder's whole story. */
	private static String problem(String prefix, BindException ex) {
		if (ex.getCause() instanceof BindValidationException invalid) {
			return invalid.getValidationErrors()
				.getAllErrors()
				.stream()
				.map(error -> error instanceof org.springframework.validation.FieldError field
						? prefix + "." + kebab(field.getField()) + ": " + field.getDefaultMessage()
						: error.getDefaultMessage())
				.collect(Collectors.joining("; "));
		}
		String property = ex.getProperty() == null ? prefix : ex.getProperty().getName().toString();
		Throwable cause = ex.getCause() == null ? ex : ex.getCause();
		return property + ": " + cause.getMessage();
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

	/**
	 * The engine, dialogue and knowledge settings of the sources as {@code name=value}, those of the jar's
	 * {@code application.yml} too when {@code shipped}.
	 */
	private static List<String> names(MutablePropertySources sources, boolean shipped) {
		TreeSet<String> names = new TreeSet<>();
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable
					&& (shipped || !source.getName().contains(SHIPPED))) {
				for (String name : enumerable.getPropertyNames()) {
					if (prefix(name) != null) {
						names.add(name + "=" + enumerable.getProperty(name));
					}
				}
			}
		}
		return List.copyOf(names);
	}

	private static Set<String> prefixes(List<String> names) {
		return names.stream().map(Settings::prefix).collect(Collectors.toSet());
	}

	/** {@code kyodo.matching}, {@code kyodo.dialogue} or {@code kyodo.knowledge} for a name under it, else null. */
	private static String prefix(String name) {
		String folded = name.toLowerCase(Locale.ROOT).replace('_', '.');
		for (String prefix : List.of(MATCHING, DIALOGUE, KNOWLEDGE)) {
			if (folded.startsWith(prefix + ".")) {
				return prefix;
			}
		}
		return null;
	}
}
