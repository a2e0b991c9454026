package jp.chigasaki.kyodo.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * 分野別発表会・交流会 ({@code kyodo.events.*}).
 *
 * @param enabled the trial is on (LINE, console, {@code /events}, {@code /events.ics})
 * @param retention how long an event and its applications are kept after it ended
 * @param reminderCheckInterval how often the day-before reminder job looks for tomorrow's events
 * @param publicBaseUrl the public address of this service, for links in the iCalendar feed
 */
@Validated
@ConfigurationProperties("kyodo.events")
record EventsProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("P90D") Duration retention,
		@NotNull @DefaultValue("PT15M") Duration reminderCheckInterval,
		@DefaultValue("http://localhost:8080") String publicBaseUrl) {
}
