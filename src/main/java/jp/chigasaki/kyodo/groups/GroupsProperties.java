package jp.chigasaki.kyodo.groups;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Group registration ({@code kyodo.groups.*}).
 *
 * @param enabled the trial is on (coordinators may switch it off; LINE and the console then do not offer it)
 * @param retention how long a group's profile is kept after its last change (it holds personal data)
 */
@Validated
@ConfigurationProperties("kyodo.groups")
record GroupsProperties(@DefaultValue("true") boolean enabled, @NotNull @DefaultValue("P730D") Duration retention) {
}
