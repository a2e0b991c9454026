package jp.chigasaki.kyodo.knowledge;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Where the knowledge files are, and when an item counts as stale.
 *
 * @param faqDir the {@code faq/} folder, relative to the working directory by default
 * @param intentsDir the {@code intents/} folder
 * @param reviewDays an item whose {@code reviewed} date is older than this many days is listed as due for review
 * (warnings in {@code validate}, the editors' list in the console)
 */
@Validated
@ConfigurationProperties("kyodo.knowledge")
public record KnowledgeProperties(@NotNull @DefaultValue("faq") Path faqDir,
		@NotNull @DefaultValue("intents") Path intentsDir, @Positive @DefaultValue("365") int reviewDays) {

	/** Spring binds through this one. */
	@ConstructorBinding
	public KnowledgeProperties {
	}

	/** The default review period, for callers that only name the folders. */
	public static final int DEFAULT_REVIEW_DAYS = 365;

	public KnowledgeProperties(Path faqDir, Path intentsDir) {
		this(faqDir, intentsDir, DEFAULT_REVIEW_DAYS);
	}
}
