package jp.chigasaki.kyodo.needs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * 協働の種 and match suggestions ({@code kyodo.needs.*}).
 *
 * @param enabled the trial is on
 * @param retention how long a need is kept after its last change
 * @param maxSuggestions how many match suggestions to show at most
 * @param minScore suggestions below this score (0..1) are not shown
 */
@Validated
@ConfigurationProperties("kyodo.needs")
record NeedsProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("P730D") Duration retention,
		@Min(1) @DefaultValue("10") int maxSuggestions, @Min(0) @Max(1) @DefaultValue("0.15") double minScore) {
}
