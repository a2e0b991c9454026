package jp.chigasaki.kyodo.insights;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Insights ({@code kyodo.insights.*}).
 *
 * @param zone the time zone whose calendar days the figures are counted in
 * @param aggregateRetention how long per-day counters and durations are kept (after the day ends)
 * @param rawRetention how long raw analytics events (no ids, no text) are kept
 * @param questionRetention how long masked question texts and their labels are kept
 * @param conversationWindow how long a day's conversation marks (keyed hashes, for the self-resolution rate) live
 * @param maxPeriodDays the longest period a report may cover
 * @param similarity a question joins a group when its more-like-this score is at least this share of the lead's
 */
@Validated
@ConfigurationProperties("kyodo.insights")
record InsightsProperties(@NotNull @DefaultValue("Asia/Tokyo") ZoneId zone,
		@NotNull @DefaultValue("400d") Duration aggregateRetention, @NotNull @DefaultValue("90d") Duration rawRetention,
		@NotNull @DefaultValue("90d") Duration questionRetention,
		@NotNull @DefaultValue("8d") Duration conversationWindow,
		@Min(1) @Max(3660) @DefaultValue("366") int maxPeriodDays,
		@DecimalMin("0.05") @DecimalMax("1.0") @DefaultValue("0.3") double similarity) {
}
