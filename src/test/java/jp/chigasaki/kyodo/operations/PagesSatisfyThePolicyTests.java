package jp.chigasaki.kyodo.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every page template satisfies {@link OperationsProperties#DEFAULT_POLICY}: scripts and styles only from static
 * files. A browser would silently drop what the policy forbids, so the templates are checked as files, one line per
 * offence, for pages any feature adds.
 */
class PagesSatisfyThePolicyTests {

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\b(th:)?src=)(?![^>]*type=\"application/json\")[^>]*>");
	private static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
	private static final Pattern INLINE_STYLE = Pattern.compile("<style[\\s>]|\\s(th:)?style\\s*=");
	private static final Pattern JAVASCRIPT_URL = Pattern.compile("href\\s*=\\s*\"javascript:", Pattern.CASE_INSENSITIVE);

	@Test
	void theDefaultPolicyAllowsOnlyTheServicesOwnScriptsAndStyles() {
		assertThat(OperationsProperties.DEFAULT_POLICY).contains("script-src 'self';")
			.contains("style-src 'self';")
			.doesNotContain("unsafe-inline")
			.doesNotContain("unsafe-eval");
	}

	@Test
	void noTemplateHasInlineScriptHandlersOrStyles() throws IOException {
		List<String> offences = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				for (int i = 0; i < lines.size(); i++) {
					for (Pattern pattern : List.of(INLINE_SCRIPT, HANDLER, INLINE_STYLE, JAVASCRIPT_URL)) {
						Matcher matcher = pattern.matcher(lines.get(i));
						if (matcher.find()) {
							offences.add(file + ":" + (i + 1) + ": " + matcher.group().strip());
						}
					}
				}
			}
		}
		assertThat(offences).isEmpty();
	}
}
