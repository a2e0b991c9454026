package jp.chigasaki.kyodo.meetings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * 事前打ち合わせ ({@code kyodo.meetings.*}).
 *
 * @param enabled the trial is on
 * @param retention how long a meeting is kept after its last change
 */
@Validated
@ConfigurationProperties("kyodo.meetings")
record MeetingsProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("P730D") Duration retention) {
}
