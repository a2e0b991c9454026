package jp.chigasaki.kyodo.knowledge;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Where the knowledge files are.
 *
 * @param faqDir the {@code faq/} folder, relative to the working directory by default
 * @param intentsDir the {@code intents/} folder
 */
@Validated
@ConfigurationProperties("kyodo.knowledge")
public record KnowledgeProperties(@NotNull @DefaultValue("faq") Path faqDir,
		@NotNull @DefaultValue("intents") Path intentsDir) {
}
